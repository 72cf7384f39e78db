/**
 * @module ingest/formats/html
 *
 * An HTML page to article text and metadata. Mozilla's Readability (the
 * Firefox reader view) finds the article among menus, adverts and footers;
 * linkedom gives it a DOM without a browser. Readability's own textContent
 * runs paragraphs together, so the text is rebuilt from its HTML with a
 * blank line between blocks. Metadata comes from `<meta>` tags and JSON-LD.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { IngestError } from '../errors.js';
import type { ParsedRecord } from '../record.js';
import type { Meta, MetaProvenance } from '../../format/analysis.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Chrome of a page, dropped when Readability gives up and the whole body is read. */
const CHROME_TAGS = ['nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'noscript'];

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

export function parseHtml(html: string, path: string | null): ParsedRecord {
  const meta: Partial<Meta> = {};
  const provenance: MetaProvenance = {};
  const { document } = parseHTML(asDocument(html));
  readMetaTags(document, meta, provenance);
  readJsonLd(document, meta, provenance);

  // Readability edits the DOM it reads; the fallback needs the page as it was.
  const fallbackBody = parseHTML(asDocument(html)).document.body;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  let text = '';
  if (article?.content) text = blockText(parseHTML(asDocument(article.content)).document.body as unknown as DomNode);
  if (text.length < 200 && fallbackBody) {
    for (const tag of CHROME_TAGS) for (const el of fallbackBody.querySelectorAll(tag)) el.remove();
    const whole = blockText(fallbackBody as unknown as DomNode);
    // Nothing left once the chrome is gone: Readability's short answer was the menu or the footer (a page rendered by script).
    if (whole.length > text.length || whole === '') text = whole;
  }
  if (!text.trim()) throw new IngestError('HTML_NO_TEXT', path);
  if (article?.title) set(meta, provenance, 'title', article.title, 'html');
  if (article?.byline) set(meta, provenance, 'author', article.byline.replace(/^by\s+/i, ''), 'html');
  if (article?.siteName) set(meta, provenance, 'outlet', article.siteName, 'html');
  if (article?.lang) set(meta, provenance, 'language', article.lang, 'html');
  return { text, format: 'html', meta, provenance };
}

/** linkedom needs a whole document: a fragment is given an html and a body to live in. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** The text of a DOM tree with a blank line between blocks and whitespace collapsed within them. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 || SKIPPED_TAGS.has(node.nodeName)) return;
    if (node.nodeName === 'BR') return void parts.push('\n');
    const block = BLOCK_TAGS.has(node.nodeName);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const META_TAGS: Array<[keyof Meta, string[]]> = [
  ['title', ['og:title', 'twitter:title', 'dc.title']],
  ['author', ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']],
  ['published', ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date']],
  ['outlet', ['og:site_name', 'application-name', 'publisher']],
  ['url', ['og:url']],
];

type Queryable = { querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }> };

function readMetaTags(document: Queryable & { documentElement?: { getAttribute(name: string): string | null } }, meta: Partial<Meta>, provenance: MetaProvenance) {
  const byName = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  for (const [field, keys] of META_TAGS) {
    const value = keys.map((k) => byName.get(k.toLowerCase())).find(Boolean);
    if (value) set(meta, provenance, field, value, 'html-meta');
  }
  for (const el of document.querySelectorAll('link[rel="canonical"]')) {
    const href = el.getAttribute('href');
    if (href) set(meta, provenance, 'url', href, 'html-meta');
  }
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) set(meta, provenance, 'language', lang, 'html-meta');
  for (const el of document.querySelectorAll('title')) {
    if (el.textContent?.trim()) set(meta, provenance, 'title', el.textContent.trim(), 'html-meta');
  }
}

/** schema.org NewsArticle (and kin) in `<script type="application/ld+json">`; a broken block is skipped, not fatal. */
function readJsonLd(document: Queryable, meta: Partial<Meta>, provenance: MetaProvenance) {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenLd(data)) {
      const type = String(item['@type'] ?? '');
      if (!/Article|Report|Posting/i.test(type)) continue;
      // JSON-LD is the publisher's own structured account: it beats loose meta tags.
      override(meta, provenance, 'title', str(item.headline), 'json-ld');
      override(meta, provenance, 'published', str(item.datePublished), 'json-ld');
      override(meta, provenance, 'author', names(item.author), 'json-ld');
      override(meta, provenance, 'outlet', names(item.publisher), 'json-ld');
      override(meta, provenance, 'url', str(item.url), 'json-ld');
      override(meta, provenance, 'language', str(item.inLanguage), 'json-ld');
    }
  }
}

function flattenLd(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    return [record, ...(Array.isArray(record['@graph']) ? flattenLd(record['@graph']) : [])];
  }
  return [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : undefined))
    .filter((v): v is string => Boolean(v));
  return list.length > 0 ? list.join(', ') : undefined;
}

function set(meta: Partial<Meta>, provenance: MetaProvenance, field: keyof Meta, value: string, source: string) {
  if (meta[field]) return;
  meta[field] = value;
  provenance[field] = source;
}

function override(meta: Partial<Meta>, provenance: MetaProvenance, field: keyof Meta, value: string | undefined, source: string) {
  if (!value) return;
  meta[field] = value;
  provenance[field] = source;
}
