import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decode, binaryReason } from './decode.js';
import { IngestError, type IngestErrorCode } from './errors.js';

const RUSSIAN =
  'Российские войска в понедельник нанесли массированный удар по энергетической инфраструктуре Украины. ' +
  'Об этом сообщили в Министерстве обороны, добавив, что были поражены все намеченные цели. ' +
  'Украинские власти заявили, что сбили большую часть ракет и беспилотников.';

/** Curly quotes, an em dash and accents: all in windows-1252, none in ASCII. */
const ENGLISH_1252 =
  'Kyiv’s mayor, Vitali Klitschko, said the “massive” attack had damaged a café and a crèche near the Dnipro — no one was hurt. ' +
  'The naïve hope of a quick peace, he added, had faded; the city’s résumé of survival grew longer.';

/** Accents only: all in ISO-8859-1 itself. */
const ENGLISH_LATIN1 =
  'The café on the Champs-Élysées was crowded. Señor García, a naïve attaché, ordered crème brûlée and a piña colada. ' +
  'Zürich, Malmö and São Paulo were mentioned by the délégué of the Fédération.';

function refusal(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, got none');
}

function expectRefused(fn: () => unknown, code: IngestErrorCode, ...inMessage: Array<string | RegExp>) {
  const error = refusal(fn);
  expect(error.code).toBe(code);
  for (const part of inMessage) expect(error.message).toMatch(part);
  return error;
}

describe('decode refuses what is not text', () => {
  it('empty bytes are EMPTY', () => {
    expectRefused(() => decode(new Uint8Array(0), 'empty.txt'), 'EMPTY', 'empty.txt');
  });

  it.each([
    // reason: a PNG image renamed .txt
    ['picture.txt', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], /PNG image/],
    // reason: a PDF saved as text
    ['report.txt', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')], /PDF document/],
    // reason: NUL bytes in the middle of otherwise-ASCII text
    ['dump.txt', [...Buffer.from('Kyiv said'), 0x00, 0x00, ...Buffer.from(' the attack failed')], /NUL bytes/],
  ])('%s is BINARY, named in the message', (name, bytes, reason) => {
    expectRefused(() => decode(Uint8Array.from(bytes), name), 'BINARY', name, reason);
  });

  it('binaryReason passes ordinary text with tabs and CRLF', () => {
    expect(binaryReason(Buffer.from('Kyiv\tsaid\r\nthe attack failed.\r\n'))).toBeNull();
  });

  it('a stdin input is named "input"', () => {
    expectRefused(() => decode(new Uint8Array(0), null), 'EMPTY', /^input is empty/);
  });
});

describe('decode: UTF-8 and UTF-16', () => {
  it('plain UTF-8 is read as is', () => {
    const decoded = decode(Buffer.from(RUSSIAN, 'utf8'), 'ru.txt');
    expect(decoded).toEqual({ text: RUSSIAN, encoding: 'utf-8' });
  });

  it('a UTF-8 BOM is removed (offsets start at the first character)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH_1252, 'utf8')]);
    const decoded = decode(bytes, 'bom.txt');
    expect(decoded.text).toBe(ENGLISH_1252);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoded.guessed).toBeUndefined();
  });

  it('UTF-16LE with a BOM decodes (despite its NUL bytes), BOM removed', () => {
    const bytes = iconv.encode(RUSSIAN, 'utf-16le', { addBOM: true });
    expect(bytes[0]).toBe(0xff);
    expect(bytes[1]).toBe(0xfe);
    const decoded = decode(bytes, 'utf16.txt');
    expect(decoded.text).toBe(RUSSIAN);
    expect(decoded.encoding).toBe('utf-16le');
  });

  it('UTF-16BE with a BOM decodes', () => {
    const decoded = decode(iconv.encode(ENGLISH_1252, 'utf-16be', { addBOM: true }), 'utf16be.txt');
    expect(decoded.text).toBe(ENGLISH_1252);
  });
});

describe('decode guesses legacy encodings only with confidence', () => {
  it('a Russian paragraph in windows-1251 decodes to the original, marked as guessed', () => {
    const decoded = decode(iconv.encode(RUSSIAN, 'windows-1251'), 'ru-1251.txt');
    expect(decoded.text).toBe(RUSSIAN);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.guessed).toMatch(/^windows-1251 \(detected, \d+%\)$/);
  });

  it('an English paragraph with curly quotes and accents in windows-1252 decodes to the original', () => {
    const decoded = decode(iconv.encode(ENGLISH_1252, 'windows-1252'), 'en-1252.txt');
    expect(decoded.text).toBe(ENGLISH_1252);
    expect(decoded.guessed).toMatch(/detected/);
  });

  it('an English paragraph with accents in Latin-1 decodes to the original', () => {
    const decoded = decode(iconv.encode(ENGLISH_LATIN1, 'latin1'), 'en-latin1.txt');
    expect(decoded.text).toBe(ENGLISH_LATIN1);
    expect(decoded.guessed).toMatch(/detected/);
  });

  it.each([
    // reason: one accented byte between two letters: could be any single-byte code page
    [[0x41, 0xe9, 0x42]],
    // reason: a handful of high bytes with no language in them
    [[0x48, 0x69, 0x20, 0xfd, 0xfc, 0x80, 0x81]],
  ])('a few non-UTF-8 bytes %j are ENCODING_UNKNOWN, naming the file and suggesting --encoding', (bytes) => {
    expectRefused(() => decode(Uint8Array.from(bytes), 'odd.txt'), 'ENCODING_UNKNOWN', /^odd\.txt /, /--encoding/);
  });
});

describe('decode with a forced encoding', () => {
  it('reads the bytes in that encoding without guessing', () => {
    const decoded = decode(iconv.encode(RUSSIAN, 'windows-1251'), 'ru.txt', 'windows-1251');
    expect(decoded).toEqual({ text: RUSSIAN, encoding: 'windows-1251' });
  });

  it('KOI8-R forced reads KOI8-R bytes that a guess might take for another code page', () => {
    expect(decode(iconv.encode(RUSSIAN, 'koi8-r'), 'ru.txt', 'koi8-r').text).toBe(RUSSIAN);
  });

  it('is obeyed even where UTF-8 would have been read', () => {
    // reason: the user said latin1, so "Ã©" is what they get; no silent second-guessing
    expect(decode(Buffer.from('café', 'utf8'), 'x.txt', 'latin1').text).toBe('cafÃ©');
  });

  it('still refuses a binary file', () => {
    expectRefused(() => decode(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]), 'scan.txt', 'windows-1251'), 'BINARY', 'scan.txt', /PDF/);
  });

  it('lets NUL bytes through in UTF-16, where they are normal', () => {
    expect(decode(iconv.encode('Kyiv', 'utf-16le'), 'x.txt', 'utf-16le').text).toBe('Kyiv');
  });

  it('an encoding that does not exist is ENCODING_UNKNOWN naming it', () => {
    expectRefused(() => decode(Buffer.from('Kyiv'), 'x.txt', 'klingon-8'), 'ENCODING_UNKNOWN', 'x.txt', /"klingon-8"/);
  });
});
