import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from '../document.js';
import { defaultPipeline } from '../index.js';
import { Pipeline } from '../pipeline.js';
import { emptyMeta } from '../../format/analysis.js';
import type { EntitySpan, MentionSpan } from './identity.js';
import { placesAnnotator, type PlaceSpan } from './places.js';

function run(text: string): Document {
  const doc = new Document(text, { ...emptyMeta(), language: 'en' });
  defaultPipeline.run(doc);
  return doc;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('places annotator', () => {
  it('declares its layers and runs after identity', () => {
    expect([placesAnnotator.name, placesAnnotator.requires, placesAnnotator.assigns]).toEqual(['places', ['mentions', 'entities'], ['places']]);
    expect(() => new Pipeline([placesAnnotator])).toThrow();
  });

  it('puts every place mention of a dispatch on the map, a capital for its government as an actor', () => {
    const doc = run(
      'KYIV, Ukraine (AP) — Russian troops pushed toward Pokrovsk in the Donetsk region overnight, and drones struck Kharkov. ' +
        'Moscow said its forces had taken two villages. Ukraine asked Washington for more air defence.',
    );
    const places = doc.layer<PlaceSpan>('places');
    const at = (surface: string) => places.find((p) => doc.slice(p) === surface);
    expect(km(at('Pokrovsk') as { lat: number; lon: number }, { lat: 48.28, lon: 37.18 })).toBeLessThan(10);
    expect(km(at('Kharkov') as { lat: number; lon: number }, { lat: 49.98, lon: 36.25 })).toBeLessThan(10);
    expect(at('Moscow')).toMatchObject({ entity: 'russia', role: 'actor', rule: 'capital-for-government' });
    expect(at('Moscow')?.lat).toBeUndefined();
    expect(at('Ukraine')).toMatchObject({ role: 'location', lat: 49, lon: 32, country: 'UA', featureClass: 'A' });
    // the entity of every located mention carries the same point: what the format's readers (and the scorer) take
    const entities = new Map(doc.layer<EntitySpan>('entities').map((e) => [e.id, e]));
    for (const p of places.filter((x) => x.role === 'location')) expect(entities.get(p.entity)?.geo).toMatchObject({ lat: p.lat, lon: p.lon });
    expect(doc.layer<MentionSpan>('mentions').filter((m) => ['GPE', 'LOC', 'FAC'].includes(m.type))).toHaveLength(places.length);
  });
});

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds', import.meta.url));
const GOLD = fileURLToPath(new URL('../../../../shared/eval/gold/seeds', import.meta.url));
const haveSeeds = existsSync(SEEDS) && existsSync(GOLD);
if (!haveSeeds) console.warn(`places.test: ${SEEDS} or ${GOLD} is missing; the seed check is skipped`);

interface GoldMention {
  start: number;
  end: number;
  geo?: { lat: number; lon: number };
}

describe.skipIf(!haveSeeds)('places on the seed articles (skipped when ../shared is absent)', () => {
  it('puts at least 90% of the gold places within 161 km, as the scorer counts them (entity points, lenient spans)', () => {
    let within = 0;
    let total = 0;
    for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { doc: string; mentions: GoldMention[] };
      const doc = run(readFileSync(join(SEEDS, gold.doc), 'utf8').replace(/^\uFEFF/u, ''));
      const mentions = doc.layer<MentionSpan>('mentions');
      const entities = new Map(doc.layer<EntitySpan>('entities').map((e) => [e.id, e]));
      for (const g of gold.mentions) {
        if (!g.geo) continue;
        total++;
        const m = mentions.find((x) => x.start < g.end && g.start < x.end);
        const geo = m ? entities.get(m.entity)?.geo : undefined;
        if (geo && km(geo, g.geo) <= 161) within++;
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(within / total).toBeGreaterThanOrEqual(0.9);
  });
});
