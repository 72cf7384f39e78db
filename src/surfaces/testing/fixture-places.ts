/**
 * @module surfaces/testing/fixture-places
 *
 * Dispatches that name places, read by the real analyzer (whose gazetteer
 * gives the points), for the tests of places in the store, the API and the
 * map: three outlets, dates from May to September 2024, Kharkiv in most,
 * Sevastopol and Simferopol in Crimea, Belgorod and Moscow in Russia, and
 * one article without any place. `createPlaceStore` adds an article whose
 * place has a name and id that are hostile markup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { analyzeOne } from './fixture-articles.js';
import { withMentions } from './fixture-mentions.js';

export const PLACE_DISPATCHES = [
  {
    title: 'Drones hit Kharkiv and Zaporizhzhia',
    outlet: 'Kyiv Wire',
    published: '2024-05-19',
    text: 'Russian drones hit Kharkiv and Zaporizhzhia overnight, officials said. In Kharkiv, a power station was damaged. Officials in Kyiv promised repairs.',
  },
  {
    title: 'Strikes near Kharkov',
    outlet: 'Moscow Courier',
    published: '2024-06-02T08:00:00Z',
    text: 'The Russian Defence Ministry said its forces hit military targets near Kharkov. Kiev did not comment. Explosions were also heard in Belgorod.',
  },
  {
    title: 'Explosions in Sevastopol',
    outlet: 'Kyiv Wire',
    published: '2024-07-30',
    text: 'Explosions were heard in Sevastopol, in occupied Crimea, overnight. Air defence was active over Sevastopol and Simferopol, residents said. Kharkiv was quiet.',
  },
  { title: 'No place at all', outlet: 'Kyiv Wire', published: '2024-08-01', text: 'The minister said talks would go on. Nothing else was announced.' },
  {
    title: 'Fighting along the front',
    outlet: 'Front Monitor',
    published: '2024-09-02',
    text: 'Fighting continued near Pokrovsk, Bakhmut and Avdiivka. Shelling hit Kherson and Nikopol, and Kharkiv again. Odesa, Mykolaiv and Dnipro reported air raid alerts. Drones reached Moscow, Kursk and Bryansk. Ukrainian troops held positions east of Pokrovsk.',
  },
] as const;

/** A place whose name and id are markup that would run if the map let it through. */
export const HOSTILE_PLACE = {
  id: '"><svg onload=alert(2)>',
  name: '<script>alert(1)</script>',
  geo: { lat: 50.9, lon: 34.8 },
} as const;

const HOSTILE_PLACE_RECORD = {
  title: 'A hostile place',
  outlet: 'Kyiv Wire',
  published: '2024-08-15',
  text: `Reports came from <script>alert(1)</script> overnight. Officials said <script>alert(1)</script> was hit again.`,
};

export interface PlaceStore {
  store: SqliteStore;
  /** PLACE_DISPATCHES, in order, as the analyzer read them. */
  articles: Analysis[];
  hostile: Analysis;
  close(): Promise<void>;
}

/**
 * What the places of a store should count, worked out from the analyses
 * alone: an entity is a place when any record of it has a point; its
 * mentions that the `places` layer makes locations (all its mentions, in an
 * analysis without that layer) are counted in the `kept` analyses. Tests
 * compare the store with this, so that they hold while the gazetteer gives
 * points to more names.
 */
export function expectedPlaces(all: Analysis[], kept: Analysis[] = all): Map<string, { mentions: number; articles: number }> {
  const pointed = new Set(all.flatMap((a) => a.entities.filter((e) => e.geo).map((e) => e.id)));
  const counts = new Map<string, { mentions: number; articles: number }>();
  for (const a of kept) {
    const seen = new Set<string>();
    const located = a.places && new Set(a.places.filter((p) => p.role === 'location').map((p) => `${p.start}:${p.end}:${p.entity}`));
    for (const m of a.mentions) {
      if (!m.entity || !pointed.has(m.entity)) continue;
      if (located && !located.has(`${m.start}:${m.end}:${m.entity}`)) continue;
      const count = counts.get(m.entity) ?? { mentions: 0, articles: 0 };
      count.mentions += 1;
      if (!seen.has(m.entity)) count.articles += 1;
      seen.add(m.entity);
      counts.set(m.entity, count);
    }
  }
  return counts;
}

export function placeAnalyses(): Analysis[] {
  return PLACE_DISPATCHES.map((record, i) => analyzeOne(JSON.stringify(record), `place-${i}.json`));
}

export async function createPlaceStore(): Promise<PlaceStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-places-'));
  const store = new SqliteStore(join(dir, 'places.db'));
  const articles = placeAnalyses();
  const hostile = withMentions(analyzeOne(JSON.stringify(HOSTILE_PLACE_RECORD), 'hostile-place.json'), [
    { text: HOSTILE_PLACE.name, entity: HOSTILE_PLACE.id, type: 'GPE', geo: { ...HOSTILE_PLACE.geo } },
  ]);
  await store.saveBatch([
    ...articles.map((analysis, i) => ({ analysis, source: { path: `place-${i}.json` } })),
    { analysis: hostile, source: { path: 'hostile-place.json' } },
  ]);
  return {
    store,
    articles,
    hostile,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
