/**
 * @module bench/queries
 *
 * The benchmark's fixed 50 searches: places in several spellings, people,
 * weapons, phrases, prefixes and OR, as analysts type them. Fixed, so that
 * runs compare; change the list and the comparison with earlier runs breaks.
 */
export const SEARCH_QUERIES: readonly string[] = [
  'Pokrovsk', 'Kharkiv', 'Kharkov', 'Kyiv OR Kiev', 'Bakhmut', 'Avdiivka', 'Zaporizhzhia', 'Odesa OR Odessa', 'Kherson', 'Crimea',
  'Donbas', 'Mariupol', 'Kursk', 'Belgorod', 'Vuhledar', 'Zelensky', 'Putin', 'Syrskyi', 'Zaluzhnyi', 'Shoigu',
  'Biden', 'Trump', 'Stoltenberg', 'Scholz', 'Macron', '"air defence"', '"air defense"', 'drones', 'Shahed', 'ATACMS',
  'HIMARS', 'Patriot', '"cluster munitions"', '"F-16"', 'Leopard tanks', 'counteroffensive', 'sanctions', 'grain corridor', 'nuclear plant', 'Wagner',
  'Prigozhin', 'mobilisation OR mobilization', '"peace talks"', 'ceasefire', 'refugees', 'civilian casualties', 'energy infrastructure', 'Black Sea fleet', 'NATO membership', 'annex*',
];
