import { describe, it, expect } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTextMetadata, textMetadataAnnotator, type MetadataSpan } from './text-metadata.js';
import { Document } from '../document.js';
import { analyze, type ArticleInput } from '../index.js';
import { isoDate } from '../../common/dates.js';
import { readInputFile } from '../../ingest/read-input.js';
import { emptyMeta } from '../../format/analysis.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds', import.meta.url));
const SEED_000 = join(SEEDS, '000_6c0445da05265e15.txt');
const SEED_003 = join(SEEDS, '003_3fcb7b3b48954a87.txt');

const BODY = Array.from(
  { length: 30 },
  (_, i) => `Paragraph ${i + 1}: Russian forces shelled the outskirts of Kupiansk again overnight, the regional administration said on Tuesday.`,
);

/** An article of 30 paragraphs with the given lines at its top and bottom. */
function article(top: string[], bottom: string[] = []): string {
  return [...top, ...BODY, ...bottom].join('\n\n');
}

/** Every span's text must be what it reports: the value itself, or for dates a text that reads as that date. */
function expectSpansMatchText(text: string, spans: MetadataSpan[]) {
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    if (span.field === 'published') expect(isoDate(slice)).toBe(span.value);
    else expect(slice).toBe(span.value);
  }
}

function fields(spans: MetadataSpan[]) {
  return spans.map(({ field, value, rule }) => ({ field, value, rule }));
}

describe('findTextMetadata: what it finds', () => {
  it.each([
    // reason: seed 000 closes with a date and a by-line on one line
    ['20 May 2024 by Andrew Murray', [{ field: 'published', value: '2024-05-20', rule: 'date-by-line' }, { field: 'author', value: 'Andrew Murray', rule: 'date-by-line' }]],
    // reason: seed 003 (Antiwar.com) closes with an "Author:" line
    ['Author: Dave DeCamp', [{ field: 'author', value: 'Dave DeCamp', rule: 'author-line' }]],
    // reason: two authors joined by "and" are one by-line
    ['By Jane Doe and John Smith', [{ field: 'author', value: 'Jane Doe and John Smith', rule: 'byline' }]],
    // reason: a closing full stop after the name is not part of it
    ['By Andrew Murray.', [{ field: 'author', value: 'Andrew Murray', rule: 'byline' }]],
    // reason: a by-line with the outlet after a bar keeps only the name
    ['By Marc Champion | Bloomberg Opinion', [{ field: 'author', value: 'Marc Champion', rule: 'byline' }]],
    // reason: a comma not closed by "and" introduces an affiliation, not a second author
    ['By Marc Champion, Bloomberg Opinion', [{ field: 'author', value: 'Marc Champion', rule: 'byline' }]],
    // reason: a list of authors closed by "and" keeps every name
    ['By Jane Doe, John Roe and Ann Lee', [{ field: 'author', value: 'Jane Doe, John Roe and Ann Lee', rule: 'byline' }]],
    // reason: a "Published:" line with a written-out date
    ['Published: November 7, 2024', [{ field: 'published', value: '2024-11-07', rule: 'date-line' }]],
  ])('%j', (line, expected) => {
    const text = article(['A headline about the war in Ukraine'], [line]);
    const found = findTextMetadata(text).filter((s) => s.field !== 'title');
    expect(fields(found)).toEqual(expected);
    expectSpansMatchText(text, found);
  });

  it('" date 2024-11-19 Ukraine’s fight..." (seed 002\'s opening) gives published', () => {
    const text =
      ' date 2024-11-19 Ukraine’s fight against Russian aggression hangs in a precarious balance, with Western unity fraying and Putin emboldened by battlefield gains.\n\nLast year, some Western leaders started boasting of Russia’s “strategic defeat” in Ukraine.';
    const found = findTextMetadata(text);
    expect(fields(found)).toEqual([{ field: 'published', value: '2024-11-19', rule: 'date-line' }]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('2024-11-19');
  });

  it.each([
    // reason: AP style, place and country, then an em dash
    ['KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.', 'KYIV, Ukraine'],
    // reason: Reuters style, city only, then a hyphen
    ['MOSCOW (Reuters) - The Kremlin said on Monday it saw no basis for talks.', 'MOSCOW'],
  ])('dateline in %j', (paragraph, place) => {
    const text = `${paragraph}\n\nSecond paragraph of the report follows here.`;
    const found = findTextMetadata(text).filter((s) => s.field === 'dateline');
    expect(fields(found)).toEqual([{ field: 'dateline', value: place, rule: 'dateline' }]);
    expect(found[0]!.start).toBe(0);
    expectSpansMatchText(text, found);
  });

  it('a dateline after a headline and a by-line is found too', () => {
    const text = 'Russian drones hit Kyiv overnight\n\nBy Jane Doe\n\nKYIV, Ukraine (AP) — Russian drones struck the capital overnight.';
    const found = findTextMetadata(text);
    expect(fields(found)).toEqual([
      { field: 'title', value: 'Russian drones hit Kyiv overnight', rule: 'headline' },
      { field: 'author', value: 'Jane Doe', rule: 'byline' },
      { field: 'dateline', value: 'KYIV, Ukraine', rule: 'dateline' },
    ]);
    expectSpansMatchText(text, found);
  });

  it('a headline line standing alone', () => {
    const text = article(['US Wants to Help Ukraine Retake More Territory Before Negotiating With Putin']);
    const found = findTextMetadata(text);
    expect(fields(found)).toEqual([{ field: 'title', value: 'US Wants to Help Ukraine Retake More Territory Before Negotiating With Putin', rule: 'headline' }]);
    expect(found[0]!.start).toBe(0);
    expectSpansMatchText(text, found);
  });

  it('a headline ending with a question mark is still a headline', () => {
    const found = findTextMetadata(article(['War in Ukraine: where has Russia attacked?']));
    expect(fields(found)).toEqual([{ field: 'title', value: 'War in Ukraine: where has Russia attacked?', rule: 'headline' }]);
  });
});

describe('findTextMetadata: what it must not find', () => {
  it('a "by" inside a body sentence in the middle of a long article is not a by-line', () => {
    const middle = [
      'By Andrew Murray',
      'The offensive was planned on 24 February 2022 by Valery Gerasimov',
      'Author: Dave DeCamp',
      'The strikes were ordered by Gen. Valery Gerasimov, the chief of the general staff.',
    ];
    const text = [...BODY.slice(0, 15), ...middle, ...BODY.slice(15)].join('\n\n');
    expect(findTextMetadata(text)).toEqual([]);
  });

  it.each([
    // reason: a sentence that starts with "By" and a capitalised word is prose
    ['By Tuesday, Russian forces had taken Avdiivka.'],
    // reason: "By" plus two capitalised words, then more words, is prose
    ['By Monday Kyiv had lost the town.'],
    // reason: a date and "by Name" inside a sentence ending with a full stop is prose, even at the edge of the text
    ['It was ordered on 24 February 2022 by Vladimir Putin.'],
    // reason: "Authors say ..." is not an author line (words must be capitalised to be names)
    ['Authors say the war is over'],
    // reason: "Written by" followed by lower-case words is not a name
    ['Written by the press office'],
    // reason: a date that does not follow the keyword at once belongs to prose
    ['Posted to Telegram on 24 February 2022, the statement said Kyiv would not negotiate'],
    // reason: "Dated" is not "date"; this is a sentence about a letter
    ['Dated 24 February 2022, the letter said Kyiv would not negotiate'],
  ])('a closing line %j is not a by-line', (line) => {
    const found = findTextMetadata(article(['A headline about the war in Ukraine'], [line]));
    expect(fields(found)).toEqual([{ field: 'title', value: 'A headline about the war in Ukraine', rule: 'headline' }]);
  });

  it.each([
    // reason: a first line ending with a full stop is a sentence, not a headline
    ['The Ukrainian army is suffering major setbacks after the election.'],
    // reason: ending with a colon introduces what follows
    ['Here is what we know so far:'],
    // reason: two words are too few for a headline
    ['Breaking news'],
    // reason: a first line over 200 characters is a paragraph
    [`Russian forces ${'pressed on towards Pokrovsk and '.repeat(8)}Toretsk`],
  ])('first line %j is not a headline', (first) => {
    expect(findTextMetadata(article([first])).filter((s) => s.field === 'title')).toEqual([]);
  });

  it('a first line run straight into the next line (no blank line) is not a headline', () => {
    const text = 'The Ukrainian army is suffering major setbacks\nYesterday, Ukrainian President Volodymyr Zelensky hailed Trump.';
    expect(findTextMetadata(text)).toEqual([]);
  });

  it('a capitalised first word that is not a place in capitals is no dateline', () => {
    // reason: "NATO said ... - and soon" has capitals and a dash, but no place before the dash
    expect(findTextMetadata('NATO said on Monday it would send more air defence - and soon.\n\nMore follows.')).toEqual([]);
  });

  it('a date line whose date lacks a day gives no published date', () => {
    expect(findTextMetadata(article(['Headline about Kharkiv and Sumy'], ['Updated May 2024']))).toEqual([
      expect.objectContaining({ field: 'title' }),
    ]);
  });
});

describe('textMetadataAnnotator', () => {
  it('fills empty fields from the text and keeps the ones already known', () => {
    const text = article(['Russian drones hit Kyiv overnight', 'By Jane Doe'], ['Published: November 7, 2024']);
    const doc = new Document(text, { ...emptyMeta(), title: 'Known Title' }, { title: 'sidecar' });
    textMetadataAnnotator.annotate(doc);
    expect(doc.meta).toMatchObject({ title: 'Known Title', author: 'Jane Doe', published: '2024-11-07' });
    expect(doc.metaProvenance).toEqual({ title: 'sidecar', author: 'text:byline', published: 'text:date-line' });
    // The layer still shows the headline the text carries, whatever the sidecar said.
    expect(doc.layer<MetadataSpan>('metadata').map((s) => s.field)).toEqual(['title', 'author', 'published']);
  });
});

function inputFor(text: string): ArticleInput {
  return { text, source: { path: null, url: null, format: 'txt' }, meta: emptyMeta(), metaProvenance: {}, notes: [] };
}

describe.skipIf(!existsSync(SEEDS))('text metadata on the seed articles (skipped when ../shared/corpus/seeds is absent)', () => {
  it('000: author "Andrew Murray" and published 2024-05-20 from its closing line', () => {
    const text = readFileSync(SEED_000, 'utf8');
    const found = findTextMetadata(text);
    expect(fields(found)).toEqual([
      { field: 'published', value: '2024-05-20', rule: 'date-by-line' },
      { field: 'author', value: 'Andrew Murray', rule: 'date-by-line' },
    ]);
    expectSpansMatchText(text, found);
    const analysis = analyze(inputFor(text));
    expect(analysis.meta.author).toBe('Andrew Murray');
    expect(analysis.meta.published).toBe('2024-05-20');
    expect(analysis.metaProvenance).toMatchObject({ author: 'text:date-by-line', published: 'text:date-by-line' });
    expect(analysis.metadata.map((m) => m.text)).toEqual(['20 May 2024', 'Andrew Murray']);
  });

  it('003: headline and author "Dave DeCamp" from the text', () => {
    const text = readFileSync(SEED_003, 'utf8');
    const found = findTextMetadata(text);
    expect(fields(found)).toEqual([
      { field: 'title', value: 'US Wants to Help Ukraine Retake More Territory Before Negotiating With Putin', rule: 'headline' },
      { field: 'author', value: 'Dave DeCamp', rule: 'author-line' },
    ]);
    expectSpansMatchText(text, found);
    expect(analyze(inputFor(text)).meta.author).toBe('Dave DeCamp');
  });

  it('000 read with its sidecar: the sidecar is credited for the fields it gives', () => {
    const [input] = readInputFile(SEED_000, { maxBytes: 10_000_000 });
    const analysis = analyze(input as ArticleInput);
    expect(analysis.meta).toMatchObject({ author: 'Andrew Murray', published: '2024-05-20', outlet: 'Stop the War Coalition' });
    expect(analysis.metaProvenance).toMatchObject({ author: 'sidecar', published: 'sidecar', outlet: 'sidecar' });
    // The text's by-line is still shown as a span, so a reader can see it agrees.
    expect(analysis.metadata.map((m) => m.value)).toEqual(['2024-05-20', 'Andrew Murray']);
  });

  it('a sidecar that disagrees with the text wins in analyze()', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-text-metadata-'));
    const path = join(dir, 'article.txt');
    copyFileSync(SEED_000, path);
    writeFileSync(join(dir, 'article.meta.json'), JSON.stringify({ author: 'Stop the War Editors', published: '2024-05-21' }));
    const [input] = readInputFile(path, { maxBytes: 10_000_000 });
    const analysis = analyze(input as ArticleInput);
    expect(analysis.meta.author).toBe('Stop the War Editors');
    expect(analysis.meta.published).toBe('2024-05-21');
    expect(analysis.metaProvenance).toMatchObject({ author: 'sidecar', published: 'sidecar' });
  });
});
