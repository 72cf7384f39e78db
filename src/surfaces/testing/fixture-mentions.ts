/**
 * @module surfaces/testing/fixture-mentions
 *
 * Hand-made `mentions` and `entities` layers (and the `places` layer the
 * analyzer's rules make of them) on an analysis from `analyzeOne()`, for tests of the entity registry and its surfaces while
 * the recognizer and identity annotators are not wired in: name the surface
 * strings and the entity id each stands for, and the offsets are found by
 * searching the real text. Also a small corpus of real-sounding dispatches
 * from two outlets that spell the same places differently (Kharkiv and
 * Kyiv in one, Kharkov and Kiev in the other).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis, Entity, Mention } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analyzeOne } from './fixture-articles.js';
import { placeRoles } from '../../analyze/places/roles.js';
import type { EntitySpan, MentionSpan } from '../../analyze/identity/types.js';
import { HOSTILE_RECORD } from './fixture-store.js';

export interface MentionSpec {
  /** The surface string, as written in the text (case-sensitive); every whole-word occurrence becomes a mention. */
  text: string;
  /** The entity id the mention links to. */
  entity: string;
  /** FORMAT.md type; GPE when not given. */
  type?: string;
  /** The entity's name in this article's `entities` layer; the first spelling given for it otherwise. */
  name?: string;
  wikidata?: string;
  /** The entity's point in this article's `entities` layer, as the gazetteer would give it. */
  geo?: Entity['geo'];
  /** Only this occurrence (0-based) of the text, instead of all of them. */
  occurrence?: number;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Start offsets of every whole-word occurrence of `needle` in `text`. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    // Only the outer edges of the needle need a word boundary, so "<script>" or "Kharkiv Oblast" work as well.
    if ((isWordChar(needle[0]) && isWordChar(before)) || (isWordChar(needle.at(-1)) && isWordChar(after))) continue;
    found.push(at);
  }
  return found;
}

/**
 * A copy of the analysis whose `mentions` and `entities` are exactly the
 * ones the specs describe. Longer strings are placed first, and a shorter
 * one never inside a longer one ("Kharkiv" inside "Kharkiv Oblast"). Throws
 * when a string is not in the text: a fixture that silently lost a mention
 * would test nothing.
 */
export function withMentions(analysis: Analysis, specs: MentionSpec[], options: { analyzerVersion?: string } = {}): Analysis {
  const mentions: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const spec of [...specs].sort((a, b) => b.text.length - a.text.length)) {
    const starts = occurrencesOf(analysis.text, spec.text);
    const chosen = spec.occurrence === undefined ? starts : starts.slice(spec.occurrence, spec.occurrence + 1);
    const free = chosen.filter((start) => !taken.some(([s, e]) => start < e && start + spec.text.length > s));
    if (free.length === 0) throw new Error(`"${spec.text}" is not in the text of ${analysis.source.path ?? analysis.id} (or only inside a longer mention)`);
    for (const start of free) {
      const end = start + spec.text.length;
      taken.push([start, end]);
      mentions.push({ start, end, text: spec.text, type: spec.type ?? 'GPE', entity: spec.entity });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);

  const entities = new Map<string, Entity>();
  for (const spec of specs) {
    const entity = entities.get(spec.entity) ?? { id: spec.entity, name: spec.name ?? spec.text, type: spec.type ?? 'GPE', aliases: [] };
    if (spec.name) entity.name = spec.name;
    if (spec.wikidata) entity.wikidata = spec.wikidata;
    if (spec.geo) entity.geo = spec.geo;
    if (!entity.aliases.includes(spec.text)) entity.aliases.push(spec.text);
    entities.set(spec.entity, entity);
  }
  const sorted = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...analysis,
    analyzer: { ...analysis.analyzer, version: options.analyzerVersion ?? analysis.analyzer.version },
    mentions,
    // The roles the analyzer would give these mentions: a capital linked to its country is an actor.
    places: placeRoles(mentions as MentionSpan[], sorted.map((e) => ({ ...e, start: 0, end: 0 })) as EntitySpan[]),
    entities: sorted,
  };
}

export interface RegistryArticle {
  name: string;
  record: { title: string; outlet: string; published: string; text: string };
  mentions: MentionSpec[];
}

const KHARKIV_CITY = { entity: 'kharkiv', type: 'GPE', name: 'Kharkiv', wikidata: 'Q42308' };
const KYIV_CITY = { entity: 'kyiv', type: 'GPE', name: 'Kyiv', wikidata: 'Q1899' };

/**
 * Four dispatches: two from a Ukrainian outlet (Kharkiv, Kyiv), two from a
 * Russian one (Kharkov, Kiev). The analyzer, as these fixtures have it,
 * links every spelling of Kyiv to one id; it gives "Kharkov" the id
 * `kharkov` in one article (a merge fixes that), and wrongly takes
 * "Kharkiv Oblast" for the city (a split fixes that).
 */
export const REGISTRY_ARTICLES: RegistryArticle[] = [
  {
    name: 'wire-kharkiv.json',
    record: {
      title: 'Drones strike Kharkiv overnight',
      outlet: 'Kyiv Wire',
      published: '2024-05-19',
      text: 'Russian drones struck the northern part of Kharkiv overnight, Governor Oleh Syniehubov said. Air defence units shot down 17 of 23 drones over Kharkiv Oblast.\n\nOfficials in Kyiv said repairs to the power grid in Kharkiv would take weeks.',
    },
    mentions: [
      { text: 'Kharkiv', ...KHARKIV_CITY },
      { text: 'Kharkiv Oblast', ...KHARKIV_CITY },
      { text: 'Oleh Syniehubov', entity: 'oleh-syniehubov', type: 'PERSON' },
      { text: 'Kyiv', ...KYIV_CITY },
    ],
  },
  {
    name: 'wire-kyiv.json',
    record: {
      title: 'Talks in Kyiv',
      outlet: 'Kyiv Wire',
      published: '2024-06-11',
      text: 'Officials met in Kyiv to discuss air defence for Kharkiv. Governor Oleh Syniehubov joined by video link.',
    },
    mentions: [
      { text: 'Kyiv', ...KYIV_CITY },
      { text: 'Kharkiv', ...KHARKIV_CITY },
      { text: 'Oleh Syniehubov', entity: 'oleh-syniehubov', type: 'PERSON' },
    ],
  },
  {
    name: 'courier-kharkov.json',
    record: {
      title: 'Strikes on military targets near Kharkov',
      outlet: 'Moscow Courier',
      published: '2024-06-02',
      text: 'The Russian Defence Ministry said its forces hit military targets near Kharkov overnight, after Kiev had moved new air defence systems to Kharkov. Residents reported explosions.',
    },
    mentions: [
      { text: 'Kharkov', ...KHARKIV_CITY },
      { text: 'Kiev', ...KYIV_CITY },
      { text: 'Russian Defence Ministry', entity: 'russian-defence-ministry', type: 'ORG', name: 'Ministry of Defence of Russia' },
    ],
  },
  {
    name: 'courier-front.json',
    record: {
      title: 'Kiev regime shells Belgorod, ministry says',
      outlet: 'Moscow Courier',
      published: '2024-07-30',
      text: 'Shelling from the Kharkov region hit Belgorod, the ministry said. Units near Kharkov returned fire, and Kiev did not comment.',
    },
    mentions: [
      // The miss a merge corrects: another id for the same city.
      { text: 'Kharkov', entity: 'kharkov', type: 'GPE', name: 'Kharkov' },
      { text: 'Belgorod', entity: 'belgorod', type: 'GPE' },
      { text: 'Kiev', ...KYIV_CITY },
    ],
  },
];

/** The registry corpus as analyses with their mentions, ready for `saveBatch`. */
export function registryAnalyses(options: { analyzerVersion?: string } = {}): Array<{ analysis: Analysis; source: { path: string } }> {
  return REGISTRY_ARTICLES.map(({ name, record, mentions }) => ({
    analysis: withMentions(analyzeOne(JSON.stringify(record), name), mentions, options),
    source: { path: name },
  }));
}

/** An entity whose id, name and spellings are markup that would run if the reader let it through. */
export const HOSTILE_ENTITY = {
  id: '"><svg onload=window.__pwned=4>',
  name: '<script>window.__pwned=1</script>',
  spellings: ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">'],
} as const;

export interface RegistryStore {
  store: SqliteStore;
  /** The registry corpus, in REGISTRY_ARTICLES order, then the hostile article. */
  articles: Analysis[];
  hostile: Analysis;
  close(): Promise<void>;
}

/** A fresh store holding the registry corpus and the hostile article with its hostile entity. */
export async function createRegistryStore(): Promise<RegistryStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-registry-'));
  const store = new SqliteStore(join(dir, 'registry.db'));
  const corpus = registryAnalyses();
  const hostile = withMentions(
    analyzeOne(JSON.stringify(HOSTILE_RECORD), join(dir, 'hostile.json')),
    HOSTILE_ENTITY.spellings.map((text) => ({ text, entity: HOSTILE_ENTITY.id, type: 'MISC', name: HOSTILE_ENTITY.name })),
  );
  await store.saveBatch([...corpus, { analysis: hostile, source: { path: join(dir, 'hostile.json') } }]);
  return {
    store,
    articles: corpus.map((c) => c.analysis),
    hostile,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
