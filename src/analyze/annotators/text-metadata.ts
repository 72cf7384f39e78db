/**
 * @module analyze/annotators/text-metadata
 *
 * Finds the metadata a scraped article carries in its own text: by-lines
 * ("By Andrew Murray", "Author: Dave DeCamp", "20 May 2024 by Andrew
 * Murray"), date lines ("date 2024-11-19", "Published: November 7, 2024")
 * and datelines ("KYIV, Ukraine (AP) —"). Each find is a span of the
 * `metadata` layer, so the reader can show where a field came from, and
 * fills the field where the sidecar or the HTML was silent (they win).
 * Only the first and last lines are searched: that is where pages put them,
 * and a "by" deep in the body is prose.
 */
import { isoDate } from '../../common/dates.js';
import type { Annotator } from '../pipeline.js';
import type { Document, Span } from '../document.js';

export interface MetadataSpan extends Span {
  field: 'title' | 'author' | 'published' | 'dateline';
  value: string;
  /** Which rule found it, e.g. "byline", "date-line". */
  rule: string;
}

const EDGE_LINES = 12;
const DATELINE_LINES = 5;
const MAX_HEADLINE = 200;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|der|al|bin|da|del|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}`;
// A comma joins names only in a list closed by "and" ("Jane Doe, John Roe and Ann Lee"); otherwise what follows
// a comma is an affiliation ("Marc Champion, Bloomberg Opinion").
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*${NAME})*\s*,?\s+(?:and|&)\s+${NAME})?`;

/** "2024-11-19", "2024-11-19T08:00:00Z", "19 November 2024", "Nov. 19, 2024". */
const DATE = String.raw`\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}`;

interface LineRule {
  rule: string;
  pattern: RegExp;
  /** Group names in the pattern that carry a field. */
  fields: Array<MetadataSpan['field']>;
}

const LINE_RULES: LineRule[] = [
  // A line ending in a word and a full stop is a sentence ("…ordered on 24 February 2022 by Vladimir Putin."), not a by-line.
  { rule: 'date-by-line', pattern: new RegExp(String.raw`^\s*(?<published>.{6,40}?\d{4})\s+by\s+(?<author>${NAMES})(?<!\p{Ll}{2}\.)\s*$`, 'u'), fields: ['published', 'author'] },
  // No `i` flag: under `iu` \p{Lu} matches lower-case letters too, and "Authors say the war is over" became a by-line.
  { rule: 'author-line', pattern: new RegExp(String.raw`^\s*(?:[Aa]uthors?|AUTHORS?|[Ww]ritten [Bb]y|WRITTEN BY|[Ww]ords [Bb]y|WORDS BY)\s*:?\s*(?<author>${NAMES})\s*$`, 'u'), fields: ['author'] },
  // A closing full stop ("By Andrew Murray.") is not part of the name.
  { rule: 'byline', pattern: new RegExp(String.raw`^\s*By\s+(?<author>${NAMES})(?<!\p{Ll}{2}\.)\.?\s*(?:[,|–—-]\s*.{0,60})?$`, 'u'), fields: ['author'] },
  // The date must follow the keyword at once: "Posted to Telegram on 24 February 2022…" and "Dated 24 February…" are prose.
  { rule: 'date-line', pattern: new RegExp(String.raw`^\s*(?:date|published|posted|updated)(?:\s+on)?\s*:?\s+(?<published>${DATE})`, 'iu'), fields: ['published'] },
];

/** "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -", "Kharkiv, 12 May —": a place in capitals, then a dash. */
const DATELINE = /^(?<dateline>\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[\p{L} .]{2,30})?)\s*(?:\((?:AP|AFP|Reuters|Bloomberg|dpa|UPI|TASS|Xinhua)\))?\s*[—–-]{1,2}\s/u;

export const textMetadataAnnotator: Annotator = {
  name: 'text-metadata',
  requires: [],
  assigns: ['metadata', 'meta.title', 'meta.author', 'meta.published', 'meta.dateline'],
  languages: ['en'],
  annotate(doc: Document) {
    const found = findTextMetadata(doc.text, doc.meta.published);
    doc.addLayer<MetadataSpan>('metadata', found);
    for (const span of found) doc.inferMeta(span.field, span.value, `text:${span.rule}`);
  },
};

export function findTextMetadata(text: string, reference: string | null = null): MetadataSpan[] {
  const lines = linesOf(text);
  const edge = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
  const found: MetadataSpan[] = [];
  for (const line of edge) {
    const content = text.slice(line.start, line.end);
    for (const { rule, pattern, fields } of LINE_RULES) {
      const match = pattern.exec(content);
      if (!match?.groups) continue;
      const spans = fields.flatMap((field) => fieldSpan(match, field, line.start, rule, reference));
      if (spans.length === fields.length) {
        found.push(...spans);
        break;
      }
    }
  }
  const headline = headlineOf(text, lines);
  if (headline) found.push(headline);
  // A dateline opens the body: the first paragraph, or the one after the headline and by-line.
  for (const line of lines.slice(0, DATELINE_LINES)) {
    const dateline = DATELINE.exec(text.slice(line.start, line.end));
    const place = dateline?.groups?.dateline?.trim();
    if (dateline && place && /\p{Lu}{3}/u.test(place)) {
      const start = line.start + dateline.index + dateline[0].indexOf(place);
      found.push({ start, end: start + place.length, field: 'dateline', value: place, rule: 'dateline' });
      break;
    }
  }
  return dedupe(found).sort((a, b) => a.start - b.start);
}

/**
 * A first line standing alone, short and without a closing full stop, is a
 * headline: scraped articles and wire copy put the title there.
 */
function headlineOf(text: string, lines: Span[]): MetadataSpan | null {
  const [first, second] = lines;
  if (!first) return null;
  const content = text.slice(first.start, first.end);
  const trimmed = content.trim();
  const standsAlone = second ? /\n\s*\n/.test(text.slice(first.end, second.start)) : false;
  if (!standsAlone || trimmed.length > MAX_HEADLINE || /[.:;,]$/.test(trimmed) || trimmed.split(/\s+/).length < 3) return null;
  if (LINE_RULES.some(({ pattern }) => pattern.test(content))) return null;
  const start = first.start + content.indexOf(trimmed);
  return { start, end: start + trimmed.length, field: 'title', value: trimmed, rule: 'headline' };
}

function fieldSpan(match: RegExpExecArray, field: MetadataSpan['field'], lineStart: number, rule: string, reference: string | null): MetadataSpan[] {
  const raw = match.groups?.[field];
  if (!raw) return [];
  const value = field === 'published' ? isoDate(raw, reference) : raw.trim();
  if (!value) return [];
  const start = lineStart + match.index + match[0].indexOf(raw);
  return [{ start, end: start + raw.length, field, value, rule }];
}

function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines.filter((l) => text.slice(l.start, l.end).trim() !== '');
}

function dedupe(spans: MetadataSpan[]): MetadataSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
