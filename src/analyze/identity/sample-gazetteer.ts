/**
 * @module analyze/identity/sample-gazetteer
 *
 * A small gazetteer of real entries, for the identity tests: the real
 * Gazetteer class over a few dozen entries written as the curated file
 * writes them. Some spellings are left out on purpose (Odessa, Zaporozhye,
 * Donbass, Dniepr, Zelenskiy, Syrskyi is absent altogether), so that the
 * tests see the transliteration rules, not the list, find them.
 */
import { Gazetteer } from '../gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../gazetteer/types.js';

type Sample = Omit<GazetteerEntry, 'origin'> & { origin?: string };

const SAMPLE: readonly Sample[] = [
  // countries
  { id: 'ukraine', name: 'Ukraine', type: 'GPE', aliases: [], wikidata: 'Q212', country: 'UA' },
  { id: 'russia', name: 'Russia', type: 'GPE', aliases: ['Russian Federation'], wikidata: 'Q159', country: 'RU' },
  { id: 'united-states', name: 'United States', type: 'GPE', aliases: ['US', 'U.S.', 'USA', 'America', 'United States of America'], wikidata: 'Q30', country: 'US' },
  { id: 'germany', name: 'Germany', type: 'GPE', aliases: [], wikidata: 'Q183', country: 'DE' },
  { id: 'china', name: 'China', type: 'GPE', aliases: [], wikidata: 'Q148', country: 'CN' },
  // peoples
  { id: 'russians', name: 'Russians', type: 'NORP', aliases: ['Russian'], of: 'russia' },
  { id: 'ukrainians', name: 'Ukrainians', type: 'NORP', aliases: ['Ukrainian'], of: 'ukraine' },
  { id: 'americans', name: 'Americans', type: 'NORP', aliases: ['American'], of: 'united-states' },
  // cities
  { id: 'kyiv', name: 'Kyiv', type: 'GPE', aliases: ['Kiev'], wikidata: 'Q1899', country: 'UA', geo: { lat: 50.45, lon: 30.52, geonamesId: 703448 } },
  { id: 'kharkiv', name: 'Kharkiv', type: 'GPE', aliases: ['Kharkov'], wikidata: 'Q42308', country: 'UA', geo: { lat: 49.98, lon: 36.25, geonamesId: 706483 } },
  { id: 'odesa', name: 'Odesa', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'mykolaiv', name: 'Mykolaiv', type: 'GPE', aliases: ['Nikolaev', 'Nikolayev'], country: 'UA' },
  { id: 'zaporizhzhia', name: 'Zaporizhzhia', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'dnipro', name: 'Dnipro', type: 'GPE', aliases: ['Dnipropetrovsk'], country: 'UA' },
  { id: 'sumy', name: 'Sumy', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'kherson', name: 'Kherson', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'bakhmut', name: 'Bakhmut', type: 'GPE', aliases: ['Artemivsk', 'Artemovsk'], country: 'UA' },
  { id: 'pokrovsk', name: 'Pokrovsk', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'donetsk', name: 'Donetsk', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'moscow', name: 'Moscow', type: 'GPE', aliases: [], wikidata: 'Q649', country: 'RU' },
  { id: 'washington-d-c', name: 'Washington, D.C.', type: 'GPE', aliases: ['Washington', 'Washington DC'], wikidata: 'Q61', country: 'US' },
  { id: 'berlin', name: 'Berlin', type: 'GPE', aliases: [], wikidata: 'Q64', country: 'DE' },
  { id: 'belgorod', name: 'Belgorod', type: 'GPE', aliases: [], country: 'RU' },
  // regions
  { id: 'kyiv-oblast', name: 'Kyiv Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'kharkiv-oblast', name: 'Kharkiv Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'odesa-oblast', name: 'Odesa Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'mykolaiv-oblast', name: 'Mykolaiv Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'sumy-oblast', name: 'Sumy Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'zaporizhzhia-oblast', name: 'Zaporizhzhia Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'kursk-oblast', name: 'Kursk Oblast', type: 'GPE', aliases: [], country: 'RU' },
  { id: 'kirovohrad-oblast', name: 'Kirovohrad Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'zhytomyr-oblast', name: 'Zhytomyr Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'cherkasy-oblast', name: 'Cherkasy Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'chernihiv-oblast', name: 'Chernihiv Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'donetsk-oblast', name: 'Donetsk Oblast', type: 'GPE', aliases: [], country: 'UA' },
  { id: 'donbas', name: 'Donbas', type: 'LOC', aliases: [], country: 'UA' },
  { id: 'dnieper', name: 'Dnieper', type: 'LOC', aliases: [] },
  // people
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Zelensky', 'Zelenskyy'], wikidata: 'Q3874799', country: 'UA' },
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin', 'Vladimir V. Putin'], wikidata: 'Q7747', country: 'RU' },
  { id: 'joe-biden', name: 'Joe Biden', type: 'PERSON', aliases: ['Biden', 'Joseph R. Biden', 'Joseph Biden'], wikidata: 'Q6279', country: 'US' },
  { id: 'donald-trump', name: 'Donald Trump', type: 'PERSON', aliases: ['Trump', 'Donald J. Trump'], wikidata: 'Q22686', country: 'US' },
  // organisations
  { id: 'nato', name: 'NATO', type: 'ORG', aliases: ['North Atlantic Treaty Organization'], wikidata: 'Q7184' },
  { id: 'kremlin', name: 'Kremlin', type: 'ORG', aliases: [], country: 'RU' },
];

/** The sample entries, as the gazetteer file holds them (curated ones). */
export function sampleEntries(): GazetteerEntry[] {
  return SAMPLE.map((entry) => ({ ...entry, aliases: [...entry.aliases], origin: entry.origin ?? 'curated' }));
}

/** The real Gazetteer over the sample entries, or over the entries given. */
export function sampleGazetteer(entries: GazetteerEntry[] = sampleEntries()): Gazetteer {
  return new Gazetteer({ entries, common: [] });
}
