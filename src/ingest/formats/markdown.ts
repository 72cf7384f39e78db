/**
 * @module ingest/formats/markdown
 *
 * Markdown to plain text with marked's lexer (headings, paragraphs and list
 * items become lines; emphasis, links and images keep only their words), and
 * YAML front matter to metadata.
 */
import { marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { ParsedRecord } from '../record.js';
import type { Meta, MetaProvenance } from '../../format/analysis.js';
import { IngestError } from '../errors.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const FRONT_MATTER_FIELDS: Array<[keyof Meta, string[]]> = [
  ['title', ['title', 'headline']],
  ['outlet', ['outlet', 'source', 'publisher', 'site']],
  ['author', ['author', 'authors', 'byline']],
  ['published', ['published', 'date', 'datePublished']],
  ['url', ['url', 'link', 'canonical']],
  ['language', ['language', 'lang']],
];

export function parseMarkdown(markdown: string, path: string | null): ParsedRecord {
  const meta: Partial<Meta> = {};
  const provenance: MetaProvenance = {};
  let body = markdown;
  const front = FRONT_MATTER.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    let data: unknown;
    try {
      data = parseYaml(front[1] ?? '');
    } catch (error) {
      throw new IngestError('SIDECAR_INVALID', path, `its YAML front matter does not parse (${(error as Error).message.split('\n')[0]})`);
    }
    if (data && typeof data === 'object') {
      const record = data as Record<string, unknown>;
      for (const [field, keys] of FRONT_MATTER_FIELDS) {
        const value = keys.map((k) => record[k]).find((v) => v !== undefined && v !== null);
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : Array.isArray(value) ? value.join(', ') : value;
        if (typeof text === 'string' || typeof text === 'number') {
          meta[field] = String(text);
          provenance[field] = 'front-matter';
        }
      }
    }
  }
  const text = tokensToText(marked.lexer(body)).replace(/\n{3,}/g, '\n\n').trim();
  return { text, format: 'md', meta, provenance };
}

function tokensToText(tokens: Token[]): string {
  return tokens.map(tokenToText).join('');
}

function tokenToText(token: Token): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return `${inline((token as Tokens.Heading | Tokens.Paragraph).tokens)}\n\n`;
    case 'blockquote':
      return tokensToText((token as Tokens.Blockquote).tokens);
    case 'list':
      return `${(token as Tokens.List).items.map((item) => tokensToText(item.tokens).trim()).join('\n')}\n\n`;
    case 'code':
      return `${(token as Tokens.Code).text}\n\n`;
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens)).join('\t'));
      return `${rows.join('\n')}\n\n`;
    }
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? inline(text.tokens) : decodeEntities(text.text);
    }
    case 'space':
    case 'hr':
    case 'html':
      return '\n';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens as Token[]) : '';
  }
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n';
      if (token.type === 'image') return (token as Tokens.Image).text;
      if (token.type === 'codespan') return decodeEntities((token as Tokens.Codespan).text);
      if (token.type === 'html') return '';
      if ('tokens' in token && Array.isArray(token.tokens)) return inline(token.tokens as Token[]);
      return decodeEntities('text' in token ? String(token.text) : token.raw);
    })
    .join('');
}

/** marked escapes &, <, > and quotes in text tokens; the analyzer wants the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _);
}
