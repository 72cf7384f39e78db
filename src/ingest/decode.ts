/**
 * @module ingest/decode
 *
 * Bytes to text, refusing what is not text. UTF-8 is tried first and
 * strictly; only when it fails is the encoding guessed (chardet), and a
 * guess is used only when it is clearly ahead of the others: a wrong guess
 * would store mojibake that looks like text, which is worse than an error.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './errors.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read in. */
  encoding: string;
  /** Set when the encoding was guessed rather than known: "windows-1251 (detected, 55%)". */
  guessed?: string;
}

const SNIFF_BYTES = 8192;
const MIN_CONFIDENCE = 40;
const MIN_MARGIN = 15;

/** WHATWG reads "ISO-8859-1" as windows-1252, whose curly quotes news text is full of. */
const DECODE_AS: Record<string, string> = { 'ISO-8859-1': 'windows-1252' };

export function decode(bytes: Uint8Array, path: string | null, forcedEncoding?: string): Decoded {
  if (bytes.length === 0) throw new IngestError('EMPTY', path);
  if (forcedEncoding) {
    if (!iconv.encodingExists(forcedEncoding)) throw new IngestError('ENCODING_UNKNOWN', path, `unknown encoding "${forcedEncoding}"`);
    // NUL bytes are normal in UTF-16 and UTF-32; in any other encoding they still mean a binary file.
    const binary = /^utf-?(16|32)/i.test(forcedEncoding) ? null : binaryReason(bytes);
    if (binary) throw new IngestError('BINARY', path, binary);
    return { text: stripBom(iconv.decode(Buffer.from(bytes), forcedEncoding)), encoding: forcedEncoding };
  }
  const utf16 = utf16ByBom(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  const binary = binaryReason(bytes);
  if (binary) throw new IngestError('BINARY', path, binary);
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return guessEncoding(bytes, path);
  }
}

function guessEncoding(bytes: Uint8Array, path: string | null): Decoded {
  // The bytes are known not to be UTF-8, so chardet's UTF-8 and ASCII answers are noise.
  const candidates = chardet.analyse(bytes).filter((c) => c.name !== 'UTF-8' && c.name !== 'ASCII');
  const [best, second] = candidates;
  if (!best || best.confidence < MIN_CONFIDENCE || best.confidence - (second?.confidence ?? 0) < MIN_MARGIN) {
    const hint = best ? ` (best guess ${best.name} at ${best.confidence}%)` : '';
    throw new IngestError('ENCODING_UNKNOWN', path, `convert it to UTF-8 or name its encoding with --encoding${hint}`);
  }
  const encoding = DECODE_AS[best.name] ?? best.name;
  return {
    text: iconv.decode(Buffer.from(bytes), encoding),
    encoding,
    guessed: `${best.name} (detected, ${best.confidence}%)`,
  };
}

function utf16ByBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Why the bytes look binary (a NUL, a known file signature, many control bytes), or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const signature = knownSignature(head);
  if (signature) return `it looks like ${signature}`;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'it contains NUL bytes';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > head.length * 0.05 ? 'more than 5% of its first bytes are control characters' : null;
}

const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function knownSignature(head: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) {
    if (magic.every((byte, i) => head[i] === byte)) return name;
  }
  return null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
