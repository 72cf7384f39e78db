import { describe, it, expect, vi, beforeEach } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile, readInputBytes, sniffFormat, type ReadResult, type ReadOptions } from './read-input.js';
import { expandSources } from './sources.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import type { ArticleInput } from '../analyze/index.js';

// readFileSync is watched (and still reads), so a test can tell that a file was refused without being read.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const OPTIONS: ReadOptions = { maxBytes: 10 * 1024 * 1024 };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-read-input-'));
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function articles(results: ReadResult[]): ArticleInput[] {
  const errors = results.filter((r): r is IngestError => r instanceof IngestError);
  expect(errors.map((e) => e.message)).toEqual([]);
  return results as ArticleInput[];
}

function onlyArticle(results: ReadResult[]): ArticleInput {
  const list = articles(results);
  expect(list).toHaveLength(1);
  return list[0]!;
}

function onlyError(results: ReadResult[], code: IngestErrorCode): IngestError {
  expect(results).toHaveLength(1);
  const [error] = results;
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).code).toBe(code);
  return error as IngestError;
}

const PARAGRAPHS = [
  'Russian forces launched a massive missile attack on Kharkiv overnight, damaging the city’s main thermal power plant and leaving more than 200,000 households without electricity, regional governor Oleh Syniehubov said on Tuesday.',
  'Ukraine’s air force said it had shot down 21 of the 34 missiles and drones launched at the region. The attack was the third on the city’s energy system in a month, according to the state grid operator Ukrenergo.',
  'Emergency crews worked through the morning to restore power to hospitals and water pumping stations, officials said, while residents queued at bottled-water stations set up by volunteers.',
];

describe('plain text files', () => {
  it('the text is the file content exactly, so offsets line up with the file', () => {
    const dir = tempDir();
    const content = ' date 2024-11-19 Ukraine’s fight against Russian aggression.\r\n\r\n  Indented second paragraph — with “quotes”.\n\n\n';
    const path = write(dir, 'article.txt', content);
    const input = onlyArticle(readInputFile(path, OPTIONS));
    expect(input.text).toBe(content);
    expect(input.text.indexOf('Indented')).toBe(content.indexOf('Indented'));
    expect(input.source).toEqual({ path, url: null, format: 'txt' });
    expect(input.notes).toEqual([]);
  });

  it('a sidecar beside it is merged, every field credited to the sidecar', () => {
    const dir = tempDir();
    const path = write(dir, 'article.txt', 'Russian troops took Vuhledar on Wednesday, Ukrainian officials confirmed.');
    write(dir, 'article.meta.json', JSON.stringify({ outlet: 'World Socialist Web Site', author: 'Jane Doe', published: '2024-11-07', language: 'en', url: 'https://example.org/a' }));
    const input = onlyArticle(readInputFile(path, OPTIONS));
    expect(input.meta).toEqual({
      title: null,
      outlet: 'World Socialist Web Site',
      author: 'Jane Doe',
      published: '2024-11-07',
      language: 'en',
      url: 'https://example.org/a',
      dateline: null,
    });
    expect(input.metaProvenance).toEqual({ outlet: 'sidecar', author: 'sidecar', published: 'sidecar', language: 'sidecar', url: 'sidecar' });
    expect(input.source.url).toBe('https://example.org/a');
  });

  it('a sidecar date written out in words is stored as ISO', () => {
    const dir = tempDir();
    const path = write(dir, 'a.txt', 'Russian troops took Vuhledar.');
    write(dir, 'a.meta.json', JSON.stringify({ published: '20 May 2024' }));
    expect(onlyArticle(readInputFile(path, OPTIONS)).meta.published).toBe('2024-05-20');
  });

  it.each([
    // reason: a sidecar that is not JSON would silently lose its metadata
    ['{ "author": "Jane Doe", ', /is not JSON/],
    // reason: a published value that is not a date at all
    [JSON.stringify({ published: 'last Tuesday-ish' }), /published/],
    // reason: a field of the wrong type
    [JSON.stringify({ author: 42 }), /author/],
  ])('a bad sidecar %j is SIDECAR_INVALID naming the article and the sidecar', (sidecar, detail) => {
    const dir = tempDir();
    const path = write(dir, 'bad.txt', 'Russian troops took Vuhledar.');
    write(dir, 'bad.meta.json', sidecar);
    const error = onlyError(readInputFile(path, OPTIONS), 'SIDECAR_INVALID');
    expect(error.path).toBe(path);
    expect(error.message.startsWith(path)).toBe(true);
    expect(error.message).toContain(join(dir, 'bad.meta.json'));
    expect(error.message).toMatch(detail);
  });

  it('a file of whitespace is EMPTY', () => {
    const path = write(tempDir(), 'blank.txt', ' \n\n\t ');
    onlyError(readInputFile(path, OPTIONS), 'EMPTY');
  });

  it('a windows-1251 file is read, with a note that its encoding was guessed', async () => {
    const { default: iconv } = await import('iconv-lite');
    const russian =
      'Российские войска в понедельник нанесли массированный удар по энергетической инфраструктуре Украины. Об этом сообщили в Министерстве обороны, добавив, что были поражены все намеченные цели.';
    const path = write(tempDir(), 'ru.txt', iconv.encode(russian, 'windows-1251'));
    const input = onlyArticle(readInputFile(path, OPTIONS));
    expect(input.text).toBe(russian);
    expect(input.notes.join(' ')).toMatch(/not UTF-8: read as windows-1251/);
  });
});

const ARTICLE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Kharkiv power plant hit | Kyiv Independent</title>
  <meta property="og:title" content="Russian strikes hit Kharkiv power grid">
  <meta name="author" content="Meta Author">
  <meta property="article:published_time" content="2024-05-13T09:30:00Z">
  <meta property="og:site_name" content="The Kyiv Independent">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@type":"NewsArticle","headline":"Russian missiles strike Kharkiv energy grid",
   "datePublished":"2024-05-14T06:00:00Z","author":[{"@type":"Person","name":"Olena Petrenko"}],
   "publisher":{"@type":"Organization","name":"Kyiv Independent"}}
  </script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/war">War</a> <a href="/subscribe">Subscribe now</a></nav>
  <script>var tracking = "do not show this";</script>
  <article>
    <h1>Russian missiles strike Kharkiv energy grid</h1>
    ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article>
  <footer>© 2024 Kyiv Independent. All rights reserved. Contact us.</footer>
</body>
</html>`;

describe('HTML pages', () => {
  it('the article paragraphs come out separated by blank lines, without nav, footer or script', () => {
    const path = write(tempDir(), 'page.html', ARTICLE_PAGE);
    const input = onlyArticle(readInputFile(path, OPTIONS));
    expect(input.text).toBe(PARAGRAPHS.join('\n\n'));
    for (const chrome of ['Home', 'Subscribe', 'tracking', 'do not show', '©', 'All rights reserved']) expect(input.text).not.toContain(chrome);
    expect(input.source.format).toBe('html');
  });

  it('JSON-LD (the publisher’s structured account) wins over meta tags', () => {
    const input = onlyArticle(readInputFile(write(tempDir(), 'page.html', ARTICLE_PAGE), OPTIONS));
    expect(input.meta).toMatchObject({
      title: 'Russian missiles strike Kharkiv energy grid',
      author: 'Olena Petrenko',
      published: '2024-05-14T06:00:00Z',
      outlet: 'Kyiv Independent',
      language: 'en',
    });
    expect(input.metaProvenance).toMatchObject({ title: 'json-ld', author: 'json-ld', published: 'json-ld', outlet: 'json-ld' });
  });

  it('meta tags give title, author, published, outlet and the canonical URL when there is no JSON-LD', () => {
    const page = ARTICLE_PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace(
      '</head>',
      '<link rel="canonical" href="https://kyivindependent.com/kharkiv-grid/"></head>',
    );
    const input = onlyArticle(readInputFile(write(tempDir(), 'page.html', page), OPTIONS));
    expect(input.meta).toMatchObject({
      title: 'Russian strikes hit Kharkiv power grid',
      author: 'Meta Author',
      published: '2024-05-13T09:30:00Z',
      outlet: 'The Kyiv Independent',
      url: 'https://kyivindependent.com/kharkiv-grid/',
    });
    expect(input.metaProvenance).toMatchObject({ title: 'html-meta', author: 'html-meta', published: 'html-meta', outlet: 'html-meta', url: 'html-meta' });
    expect(input.source.url).toBe('https://kyivindependent.com/kharkiv-grid/');
  });

  it('a sidecar beats what the page says', () => {
    const dir = tempDir();
    const path = write(dir, 'page.html', ARTICLE_PAGE);
    write(dir, 'page.meta.json', JSON.stringify({ author: 'Sidecar Author' }));
    const input = onlyArticle(readInputFile(path, OPTIONS));
    expect(input.meta.author).toBe('Sidecar Author');
    expect(input.metaProvenance.author).toBe('sidecar');
    expect(input.metaProvenance.title).toBe('json-ld');
  });

  it('malformed HTML (unclosed tags, stray </div>) still yields its text', () => {
    const html =
      '<div><p>Russian troops pushed towards Chasiv Yar on Sunday, the general staff said in its morning update. <b>Fighting was heavy</div></div>' +
      '<p>Ukrainian units held their positions near the canal, a spokesman said.<span>';
    const input = onlyArticle(readInputBytes(Buffer.from(html), 'broken.html', OPTIONS));
    expect(input.text).toContain('Russian troops pushed towards Chasiv Yar on Sunday, the general staff said in its morning update.');
    expect(input.text).toContain('Fighting was heavy');
    expect(input.text).toContain('Ukrainian units held their positions near the canal, a spokesman said.');
    expect(input.text).not.toMatch(/[<>]/);
  });

  it.each([
    // reason: an empty body
    ['<html><head><title>Nothing</title></head><body></body></html>'],
    // reason: only a script: code is not article text
    ['<html><head><title>T</title></head><body><script>var x = "Kyiv";</script></body></html>'],
    // reason: an empty paragraph and a non-breaking space
    ['<p>&nbsp;</p>'],
    // reason: a page rendered by script: menus and a footer around an empty root are not an article
    [
      '<!doctype html><html><head><title>Kyiv Independent</title></head><body><header><nav><a href="/">Home</a> <a href="/war">War in Ukraine</a></nav></header>' +
        '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>' +
        '<footer><p>© 2024 Kyiv Independent. All rights reserved.</p><p>Contact us · Privacy policy</p></footer><script src="/app.js"></script></body></html>',
    ],
  ])('HTML with no article text is HTML_NO_TEXT: %s', (html) => {
    const error = onlyError(readInputBytes(Buffer.from(html), 'nothing.html', OPTIONS), 'HTML_NO_TEXT');
    expect(error.message).toMatch(/^nothing\.html /);
  });
});

describe('Markdown', () => {
  const MARKDOWN = `---
title: "Kharkiv under fire"
author: Olena Petrenko
date: 2024-05-13
outlet: Kyiv Independent
---
# Kharkiv under fire

Russian forces **launched** a massive *missile* attack on [Kharkiv](https://example.com/kharkiv) overnight, officials said.

- Power plant damaged
- 200,000 households without power

![A burning building](https://example.com/img.jpg)
`;

  it('YAML front matter gives the metadata', () => {
    const input = onlyArticle(readInputFile(write(tempDir(), 'a.md', MARKDOWN), OPTIONS));
    expect(input.meta).toMatchObject({ title: 'Kharkiv under fire', author: 'Olena Petrenko', published: '2024-05-13', outlet: 'Kyiv Independent' });
    expect(input.metaProvenance).toMatchObject({ title: 'front-matter', author: 'front-matter', published: 'front-matter', outlet: 'front-matter' });
    expect(input.source.format).toBe('md');
  });

  it('markup is removed: no emphasis marks, heading marks, link URLs or front matter', () => {
    const { text } = onlyArticle(readInputFile(write(tempDir(), 'a.md', MARKDOWN), OPTIONS));
    expect(text).toContain('Russian forces launched a massive missile attack on Kharkiv overnight, officials said.');
    expect(text.split('\n\n')[0]).toBe('Kharkiv under fire');
    expect(text).toContain('Power plant damaged\n200,000 households without power');
    for (const markup of ['**', '#', '](', 'https://', '---', 'author:', '- Power']) expect(text).not.toContain(markup);
    expect(text).not.toMatch(/(^|\s)\*\w/);
  });

  it('front matter that does not parse is an error naming the file', () => {
    const error = onlyError(readInputBytes(Buffer.from('---\ntitle: [unclosed\n---\nBody text.\n'), 'bad.md', OPTIONS), 'SIDECAR_INVALID');
    expect(error.message).toMatch(/^bad\.md .*YAML front matter/);
  });
});

describe('JSON and NDJSON', () => {
  it('a JSON array gives one result per record, each with its index', () => {
    const records = [
      { text: 'Russian forces shelled Kherson on Sunday, killing two people.', title: 'Kherson shelled', author: 'Jane Doe' },
      { text: 'Ukraine said it had downed 30 drones over Odesa overnight.', published: '2024-02-17', source: 'Ukrinform' },
      { html: `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`, title: 'Kharkiv grid hit' },
    ];
    const list = articles(readInputFile(write(tempDir(), 'feed.json', JSON.stringify(records)), OPTIONS));
    expect(list).toHaveLength(3);
    expect(list.map((a) => a.source.record)).toEqual([0, 1, 2]);
    expect(list.map((a) => a.source.format)).toEqual(['json', 'json', 'json']);
    expect(list[0]!.text).toBe(records[0]!.text);
    expect(list[0]!.meta).toMatchObject({ title: 'Kherson shelled', author: 'Jane Doe' });
    expect(list[0]!.metaProvenance).toMatchObject({ title: 'record', author: 'record' });
    expect(list[1]!.meta).toMatchObject({ published: '2024-02-17', outlet: 'Ukrinform' });
    expect(list[2]!.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(list[2]!.meta.title).toBe('Kharkiv grid hit');
  });

  it('a single JSON object is one article without a record index', () => {
    const input = onlyArticle(readInputBytes(Buffer.from(JSON.stringify({ text: 'Kyiv was quiet overnight.' })), 'one.json', OPTIONS));
    expect(input.source.record).toBeUndefined();
  });

  it('a .json file that is not JSON is JSON_INVALID naming the file', () => {
    const error = onlyError(readInputBytes(Buffer.from('{"text": "Kyiv'), 'broken.json', OPTIONS), 'JSON_INVALID');
    expect(error.message).toMatch(/^broken\.json /);
  });

  it('NDJSON: one good line, one non-JSON line and one record without text give one article and two errors naming file and line', () => {
    const path = write(
      tempDir(),
      'feed.ndjson',
      [
        JSON.stringify({ text: 'Russian troops advanced near Kupiansk, the general staff said.', title: 'Kupiansk' }),
        '',
        '{not json at all',
        JSON.stringify({ title: 'A record with no text' }),
      ].join('\n') + '\n',
    );
    const results = readInputFile(path, OPTIONS);
    expect(results).toHaveLength(3);
    const [good, notJson, noText] = results;
    expect(good).not.toBeInstanceOf(IngestError);
    expect((good as ArticleInput).text).toBe('Russian troops advanced near Kupiansk, the general staff said.');
    expect((good as ArticleInput).source.record).toBe(0);

    expect(notJson).toBeInstanceOf(IngestError);
    expect((notJson as IngestError).code).toBe('JSON_INVALID');
    expect((notJson as IngestError).message).toContain(path);
    expect((notJson as IngestError).message).toContain('line 3');

    expect(noText).toBeInstanceOf(IngestError);
    expect((noText as IngestError).code).toBe('JSON_NO_TEXT');
    expect((noText as IngestError).message).toContain(path);
    expect((noText as IngestError).message).toContain('line 4');
  });
});

describe('refusals before reading', () => {
  beforeEach(() => {
    vi.mocked(readFileSync).mockClear();
  });

  it('a file over maxBytes is TOO_LARGE and is not read', () => {
    const path = write(tempDir(), 'big.txt', 'Kyiv. '.repeat(2000));
    vi.mocked(readFileSync).mockClear();
    const error = onlyError(readInputFile(path, { maxBytes: 1024 }), 'TOO_LARGE');
    expect(error.message.startsWith(path)).toBe(true);
    expect(error.message).toMatch(/--max-bytes/);
    expect(vi.mocked(readFileSync)).not.toHaveBeenCalled();
  });

  it('the same file under the limit is read', () => {
    const path = write(tempDir(), 'big.txt', 'Kyiv. '.repeat(2000));
    vi.mocked(readFileSync).mockClear();
    onlyArticle(readInputFile(path, { maxBytes: 1024 * 1024 }));
    expect(vi.mocked(readFileSync)).toHaveBeenCalled();
  });

  it('a missing path is NOT_FOUND naming it', () => {
    const path = join(tempDir(), 'no-such-article.txt');
    const error = onlyError(readInputFile(path, OPTIONS), 'NOT_FOUND');
    expect(error.message).toBe(`${path} no such file or folder`);
  });

  it('a folder given as a file is refused', () => {
    onlyError(readInputFile(tempDir(), OPTIONS), 'UNSUPPORTED_FORMAT');
  });
});

describe('expandSources', () => {
  it('walks a folder in sorted order, leaving out sidecars and hidden files, reporting unknown extensions as skipped', () => {
    const dir = tempDir();
    write(dir, 'b.txt', 'Kyiv.');
    write(dir, 'b.meta.json', '{}');
    write(dir, 'a.html', '<p>Kyiv.</p>');
    write(dir, '.hidden.txt', 'Kyiv.');
    write(dir, 'scan.pdf', '%PDF-1.7');
    write(dir, 'feed.JSONL', '{"text":"Kyiv."}');
    mkdirSync(join(dir, 'sub'));
    write(join(dir, 'sub'), 'c.md', '# Kyiv');
    mkdirSync(join(dir, '.git'));
    write(join(dir, '.git'), 'HEAD.txt', 'ref');
    const { files, skipped } = expandSources([dir, '-', join(dir, 'missing.txt')]);
    expect(files).toEqual([join(dir, 'a.html'), join(dir, 'b.txt'), join(dir, 'feed.JSONL'), join(dir, 'sub', 'c.md'), '-', join(dir, 'missing.txt')]);
    expect(skipped).toEqual([join(dir, 'scan.pdf')]);
  });
});

describe('stdin: the format is sniffed', () => {
  it.each([
    // reason: a doctype announces HTML
    ['<!DOCTYPE html><html><body><p>Kyiv.</p></body></html>', 'html'],
    // reason: a bare fragment starting with a paragraph tag, after leading whitespace
    ['\n  <p>Russian troops advanced near Kupiansk.</p>', 'html'],
    // reason: an array of records
    ['[{"text":"Kyiv."}]', 'json'],
    // reason: one object over several lines is JSON, not NDJSON (its first line does not parse alone)
    ['{\n  "text": "Kyiv."\n}', 'json'],
    // reason: one object on one line
    ['{"text":"Kyiv."}', 'json'],
    // reason: one object a line
    ['{"text":"Kyiv."}\n{"text":"Kharkiv."}\n', 'ndjson'],
    // reason: a page that opens with a comment, then a section
    ['<!-- saved from a browser --><section><p>Kyiv.</p></section>', 'html'],
    // reason: a fragment opening with <main>
    ['<main><h1>Kharkiv</h1><p>Shelled overnight.</p></main>', 'html'],
    // reason: prose, even prose mentioning a tag
    ['Russian troops advanced. The <p> tag is not here.', 'txt'],
  ])('%j is %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('stdin HTML is extracted as HTML', () => {
    const input = onlyArticle(readInputBytes(Buffer.from(ARTICLE_PAGE), null, OPTIONS));
    expect(input.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(input.source).toEqual({ path: null, url: null, format: 'html' });
  });

  it('stdin NDJSON gives one article a line', () => {
    const list = articles(readInputBytes(Buffer.from('{"text":"Kyiv was quiet."}\n{"text":"Kharkiv was shelled."}\n'), null, OPTIONS));
    expect(list.map((a) => [a.text, a.source.record])).toEqual([
      ['Kyiv was quiet.', 0],
      ['Kharkiv was shelled.', 1],
    ]);
  });

  it('stdin text is kept as is', () => {
    const text = 'KYIV, Ukraine (AP) — Russian drones struck the capital overnight.\n';
    expect(onlyArticle(readInputBytes(Buffer.from(text), null, OPTIONS)).text).toBe(text);
  });

  it('an explicit format wins over sniffing', () => {
    const text = '<p>This page source is quoted as text.</p>';
    const input = onlyArticle(readInputBytes(Buffer.from(text), null, { ...OPTIONS, format: 'txt' }));
    expect(input.text).toBe(text);
    expect(input.source.format).toBe('txt');
  });

  it('a stdin error says "input"', () => {
    const error = onlyError(readInputBytes(Buffer.from('[{"title":"no text"}]'), null, OPTIONS), 'JSON_NO_TEXT');
    expect(error.message).toMatch(/^input \(record 0\)/);
  });
});
