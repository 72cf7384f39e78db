import { describe, it, expect } from 'vitest';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { identify } from '../identity/identify.js';
import { namesIn, type NameSpec } from '../testing/hand-made-names.js';
import { loadPlaceIndex } from './place-index.js';
import { resolvePlaces, type Resolved } from './resolve.js';
import { compassPartName } from './candidates.js';
import { placeRoles } from './roles.js';

const gazetteer = loadGazetteer();
const index = loadPlaceIndex();

type Spec = NameSpec;

function resolve(text: string, specs: readonly Spec[]): Resolved {
  return resolvePlaces(text, identify(text, namesIn(text, specs), gazetteer), gazetteer, index);
}

/** The point of the entity the nth mention of `surface` links to. */
function pointOf(result: Resolved, surface: string, nth = 0) {
  const mention = result.mentions.filter((m) => m.text === surface)[nth];
  return result.entities.find((e) => e.id === mention?.entity)?.geo;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('resolvePlaces: same-name places told apart by the document', () => {
  it('puts Pokrovsk, in a text about the Donetsk oblast, in Ukraine (48.28, 37.18), not in Siberia', () => {
    const text =
      'Russian forces have advanced to within five miles of Pokrovsk, a logistics hub in the Donetsk region, ' +
      'after taking Ocheretyne and pressing on from Avdiivka, Ukrainian officials in Kramatorsk said.';
    const result = resolve(text, [['Pokrovsk', 'GPE'], ['Donetsk', 'GPE'], ['Ocheretyne', 'GPE'], ['Avdiivka', 'GPE'], ['Kramatorsk', 'GPE'], ['Russian', 'NORP'], ['Ukrainian', 'NORP']]);
    const pokrovsk = pointOf(result, 'Pokrovsk')!;
    expect(km(pokrovsk, { lat: 48.28, lon: 37.18 })).toBeLessThan(10);
    expect(pokrovsk.country).toBe('UA');
  });

  it('takes Kharkov for Kharkiv, at its point', () => {
    const text = 'Russia launches offensive on Kharkov as NATO threatens escalation in Ukraine.';
    const result = resolve(text, [['Russia', 'GPE'], ['Kharkov', 'GPE'], ['NATO', 'ORG'], ['Ukraine', 'GPE']]);
    expect(result.mentions.find((m) => m.text === 'Kharkov')?.entity).toBe('kharkiv');
    expect(km(pointOf(result, 'Kharkov')!, { lat: 49.98, lon: 36.25 })).toBeLessThan(10);
  });

  it('reads Georgia as the US state beside Atlanta and Texas, and as the country beside Tbilisi and Russia', () => {
    const us = 'Storms tore through Atlanta overnight. Officials in Georgia and neighbouring Alabama said power was out across the state, as it was in parts of Texas.';
    const state = resolve(us, [['Atlanta', 'GPE'], ['Georgia', 'GPE'], ['Alabama', 'GPE'], ['Texas', 'GPE']]);
    expect(pointOf(state, 'Georgia')?.country).toBe('US');
    expect(km(pointOf(state, 'Georgia')!, { lat: 32.75, lon: -83.5 })).toBeLessThan(100);

    const caucasus = 'Protesters filled the streets of Tbilisi. Georgia, which fought a war with Russia in 2008, wants to join the European Union.';
    const country = resolve(caucasus, [['Tbilisi', 'GPE'], ['Georgia', 'GPE'], ['Russia', 'GPE'], ['European Union', 'ORG']]);
    expect(pointOf(country, 'Georgia')).toMatchObject({ lat: 42, lon: 43.5, country: 'GE' });
  });

  it('follows a qualifier: "Paris, Texas" is not the French capital', () => {
    const text = 'The tornado hit Paris, Texas, a town of 25,000 near the Oklahoma border.';
    const result = resolve(text, [['Paris', 'GPE'], ['Texas', 'GPE'], ['Oklahoma', 'GPE']]);
    const paris = pointOf(result, 'Paris')!;
    expect(paris.country).toBe('US');
    expect(km(paris, { lat: 33.66, lon: -95.56 })).toBeLessThan(25);
  });

  it('puts countries and regions at GeoNames’ points', () => {
    const text = 'The United States and Russia traded blame as Ukraine said strikes hit the Kharkiv region.';
    const result = resolve(text, [['United States', 'GPE'], ['Russia', 'GPE'], ['Ukraine', 'GPE'], ['Kharkiv', 'GPE']]);
    expect(pointOf(result, 'United States')).toMatchObject({ lat: 39.76, lon: -98.5 });
    expect(pointOf(result, 'Russia')).toMatchObject({ lat: 60, lon: 100 });
    expect(pointOf(result, 'Ukraine')).toMatchObject({ lat: 49, lon: 32 });
    expect(result.mentions.find((m) => m.text === 'Kharkiv')?.entity).toBe('kharkiv-oblast');
    expect(pointOf(result, 'Kharkiv')).toMatchObject({ lat: 49.5, lon: 36.5 });
  });

  it('places a frontline village that only GeoNames’ small-town list has, and one no list has near the town it is named with', () => {
    const text = 'Le Monde journalists went to Kryve Ozero, a town in the Mykolaiv region. Near Pokrovsk, the hamlet of Zlatopilske was shelled.';
    const result = resolve(text, [['Kryve Ozero', 'GPE'], ['Mykolaiv', 'GPE'], ['Pokrovsk', 'GPE'], ['Zlatopilske', 'GPE']]);
    expect(km(pointOf(result, 'Kryve Ozero')!, { lat: 47.94, lon: 30.35 })).toBeLessThan(10);
    expect(km(pointOf(result, 'Zlatopilske')!, { lat: 48.28, lon: 37.18 })).toBeLessThan(10);
    expect(result.choices.find((c) => c.entity === 'zlatopilske')?.rule).toBe('document-area');
  });
});

describe('resolvePlaces: places no gazetteer lists, placed by what the text says of them', () => {
  it('puts a facility named after its town in the town the document favours (Windsor Castle in England, not Ontario)', () => {
    const text = 'The wedding takes place in St George’s Chapel at Windsor Castle, west of London, before the couple return to Kensington.';
    const result = resolve(text, [['Windsor Castle', 'FAC'], ['London', 'GPE'], ['Kensington', 'GPE']]);
    expect(km(pointOf(result, 'Windsor Castle')!, { lat: 51.48, lon: -0.61 })).toBeLessThan(25);
    expect(result.choices.find((c) => c.start === text.indexOf('Windsor Castle'))?.rule).toBe('facility-town');
  });

  it('puts an unlisted mountain that the text places in a region in that region', () => {
    const text = 'The army is containing the insurgency in Mount Chaambi, Kasserine governorate, near the Algerian border.';
    const result = resolve(text, [['Mount Chaambi', 'LOC'], ['Kasserine', 'GPE'], ['Algerian', 'NORP']]);
    const point = pointOf(result, 'Mount Chaambi')!;
    expect(point.country).toBe('TN');
    expect(km(point, { lat: 35.2, lon: 8.7 })).toBeLessThan(100);
  });

  it('does not take a small foreign town for a place of a text plainly about another country (Heathrow, Florida)', () => {
    const text =
      'British police searched an Aeroflot plane at Heathrow on Friday. Officers in London and Salisbury said the ' +
      'search followed the poisoning in Salisbury, and Manchester airport was also put on alert.';
    const result = resolve(text, [['British', 'NORP'], ['Heathrow', 'GPE'], ['London', 'GPE'], ['Salisbury', 'GPE'], ['Manchester', 'GPE']]);
    const heathrow = pointOf(result, 'Heathrow')!;
    expect(heathrow.country).toBe('GB');
    expect(km(heathrow, { lat: 51.47, lon: -0.45 })).toBeLessThan(50);
  });

  it('puts unlisted streets where the organisations named after a town say the text is, when no town choice is sure', () => {
    const text =
      'The street was later called Franklin. Royal Street was the return route of the streetcar, and the ' +
      'New Orleans Railways line ran down Press Street to the river.';
    const result = resolve(text, [['Franklin', 'GPE'], ['Royal Street', 'FAC'], ['New Orleans Railways', 'ORG'], ['Press Street', 'FAC']]);
    for (const street of ['Royal Street', 'Press Street']) expect(km(pointOf(result, street)!, { lat: 29.95, lon: -90.07 }), street).toBeLessThan(25);
  });

  it('does not place a street at a town it is named after, nor at a hamlet that shares an organisation\'s first word', () => {
    const street = resolve('A man from Ainsworth Parade was charged with burglary and possession of a baton.', [['Ainsworth Parade', 'FAC']]);
    expect(pointOf(street, 'Ainsworth Parade')).toBeUndefined(); // not Ainsworth, Nebraska
    const church = resolve('The Church of England parish raised funds to repair the hall on Victoria Street.', [['Church of England', 'ORG'], ['Victoria Street', 'FAC']]);
    expect(pointOf(church, 'Victoria Street')).toBeUndefined(); // not Church, Lancashire
  });

  it('puts an unlisted place in the country the text is plainly about, not at a foreign town named nearer', () => {
    const text =
      'He lived in London for a year before he set up a recording studio at Rathbeggan. ' +
      'Audiences in Dublin, Cork and Galway know him well.';
    const result = resolve(text, [['London', 'GPE'], ['Rathbeggan', 'GPE'], ['Dublin', 'GPE'], ['Cork', 'GPE'], ['Galway', 'GPE']]);
    const point = pointOf(result, 'Rathbeggan')!;
    expect(point.country).toBe('IE');
    expect(km(point, { lat: 53.47, lon: -6.51 })).toBeLessThan(100);
  });

  it('puts a village the text places in an English county there, not at a larger namesake abroad', () => {
    const text = 'The 2018 calendar. 11/12 August: Rockingham, Northamptonshire. 23/24 June: Croft, Yorkshire. 28/29 April: Donington Park, Leicestershire.';
    const result = resolve(text, [['Rockingham', 'GPE'], ['Northamptonshire', 'GPE'], ['Croft', 'GPE'], ['Yorkshire', 'GPE'], ['Donington Park', 'FAC'], ['Leicestershire', 'GPE']]);
    expect(km(pointOf(result, 'Rockingham')!, { lat: 52.51, lon: -0.72 })).toBeLessThan(50); // not Rockingham, Western Australia
    expect(km(pointOf(result, 'Croft')!, { lat: 54.47, lon: -1.58 })).toBeLessThan(100);
    expect(km(pointOf(result, 'Donington Park')!, { lat: 52.83, lon: -1.37 })).toBeLessThan(50); // at Leicestershire, not another English county
  });

  it('keeps Mariupol in Ukraine when an apposition names it ("the city of Mary"): a name, not a place it is in', () => {
    const text = 'My thoughts go to the Ukrainian city of Mariupol, the city of Mary, barbarously bombed. Evacuations from Mariupol continue.';
    const result = resolve(text, [['Ukrainian', 'NORP'], ['Mariupol', 'GPE'], ['Mary', 'GPE']]);
    expect(km(pointOf(result, 'Mariupol')!, { lat: 47.1, lon: 37.55 })).toBeLessThan(10);
  });

  it('puts an unlisted town of a list in the country of the towns listed with it, whatever the text is about', () => {
    const text =
      'Russian forces shelled Kharkiv and Kyiv again, Ukrainian officials said. Biden will visit the Slovakian cities of ' +
      'Bratislava, Kosice and Vysne Nemecke, where he will meet US troops. Zelensky thanked Kyiv residents.';
    const result = resolve(text, [['Russian', 'NORP'], ['Kharkiv', 'GPE'], ['Kyiv', 'GPE'], ['Ukrainian', 'NORP'], ['Biden', 'PERSON'], ['Slovakian', 'NORP'], ['Bratislava', 'GPE'], ['Kosice', 'GPE'], ['Vysne Nemecke', 'GPE'], ['US', 'GPE'], ['Zelensky', 'PERSON'], ['Kyiv', 'GPE']]);
    expect(pointOf(result, 'Vysne Nemecke')?.country).toBe('SK');
  });

  it('keeps a town the text names beside a clause about another country: "In Kharkiv, Russia launched"', () => {
    const text = 'In Kharkiv, Russia launched glide bombs overnight, officials said.';
    const result = resolve(text, [['Kharkiv', 'GPE'], ['Russia', 'GPE']]);
    expect(km(pointOf(result, 'Kharkiv')!, { lat: 49.98, lon: 36.25 })).toBeLessThan(10);
  });

  it('reads "WA" in an Australian text as no town written "Wa": the unlisted points are by the Australian towns', () => {
    const text =
      'The outlet off Cape Peron near Rockingham and Safety Bay discharges treated wastewater. ' +
      'Wastewater in WA is diluted before it reaches the sea off Point Peron.';
    const result = resolve(text, [['Cape Peron', 'LOC'], ['Rockingham', 'GPE'], ['Safety Bay', 'GPE'], ['WA', 'GPE'], ['Point Peron', 'LOC']]);
    expect(pointOf(result, 'WA')?.country).not.toBe('GH');
    expect(km(pointOf(result, 'Point Peron')!, { lat: -32.27, lon: 115.69 })).toBeLessThan(25);
  });

  it('puts a side of a country no gazetteer lists ("South Venezuela") at the country, under its own name', () => {
    const text = 'The venture will mine diamonds in South Venezuela.';
    const result = resolve(text, [['South Venezuela', 'GPE']]);
    const mention = result.mentions.find((m) => m.text === 'South Venezuela')!;
    expect(mention.entity).not.toBe('venezuela');
    expect(km(pointOf(result, 'South Venezuela')!, { lat: 8, lon: -66 })).toBeLessThan(25);
    expect(result.choices.find((c) => c.start === mention.start)?.rule).toBe('part-of');
    expect(compassPartName('Western Donetsk')).toBe('Donetsk');
    const berlin = resolve('The exchange took place on a bridge between East Germany and West Berlin.', [['East Germany', 'GPE'], ['West Berlin', 'GPE']]);
    expect(km(pointOf(berlin, 'West Berlin')!, { lat: 52.52, lon: 13.4 })).toBeLessThan(25);
    expect(compassPartName('North Eastern Province')).toBeUndefined(); // Kenya's, no side of an Eastern Province
    // The whole by its own name or an abbreviation, not by another word for it.
    const america = resolve('Grain that went to France would go elsewhere: Central America, Africa or China.', [['France', 'GPE'], ['Central America', 'LOC'], ['Africa', 'LOC'], ['China', 'GPE']]);
    expect(pointOf(america, 'Central America')?.country).not.toBe('US');
    expect(pointOf(resolve('Hiring is strong in the Western US.', [['Western US', 'LOC']]), 'Western US')?.country).toBe('US');
  });

  it('puts Trinidad, in a text about Trinidad and Tobago, at that country, not at a town in Colorado', () => {
    const text =
      'The prime minister said the mission in Washington had spoken to the ministry in Trinidad on what position ' +
      'Trinidad and Tobago should adopt on Dominica.';
    const result = resolve(text, [['Washington', 'GPE'], ['Trinidad', 'GPE'], ['Trinidad and Tobago', 'GPE'], ['Dominica', 'GPE']]);
    const trinidad = result.mentions.find((m) => m.text === 'Trinidad')!;
    expect(pointOf(result, 'Trinidad')?.country).toBe('TT');
    expect(result.choices.find((c) => c.start === trinidad.start)?.rule).toBe('part-of');
  });

  it('reads initials as the place the text names in full or by its people: "SA" beside South Africans', () => {
    const text = 'The platinum deal affects the livelihoods of millions of South Africans. That SA holds unparalleled reserves of platinum is well known.';
    const result = resolve(text, [['South Africans', 'NORP'], ['SA', 'GPE']]);
    expect(result.mentions.find((m) => m.text === 'SA')?.entity).toBe('south-africa');
    expect(pointOf(result, 'SA')?.country).toBe('ZA');
  });

  it('reads a name after a side word ("eastern Washington") as the state', () => {
    const text = 'The team had to travel to eastern Washington and set up shop before police could go in.';
    const result = resolve(text, [['Washington', 'GPE']]);
    expect(pointOf(result, 'Washington')).toMatchObject({ country: 'US' });
    expect(km(pointOf(result, 'Washington')!, { lat: 47.5, lon: -120.5 })).toBeLessThan(161);
  });

  it('takes the town an organisation is named after as evidence: Franklin near New Orleans is the Louisiana one', () => {
    const text = 'The street was later called Franklin. The New Orleans Railways and Light Company ran the streetcar.';
    const result = resolve(text, [['Franklin', 'GPE'], ['New Orleans Railways and Light Company', 'ORG']]);
    expect(pointOf(result, 'Franklin')).toMatchObject({ country: 'US' });
    expect(km(pointOf(result, 'Franklin')!, { lat: 29.95, lon: -90.07 })).toBeLessThan(161);
  });

  it('does not take the Mississippi River for the state: a river of its own, by the towns the text names', () => {
    const text = 'The streets of New Orleans were reshaped to meet a sharp bend of the Mississippi River below the French Quarter.';
    const result = resolve(text, [['New Orleans', 'GPE'], ['Mississippi River', 'GPE'], ['French Quarter', 'LOC']]);
    const river = result.mentions.find((m) => m.text === 'Mississippi River')!;
    expect(river.entity).not.toBe('mississippi');
    expect(km(pointOf(result, 'Mississippi River')!, { lat: 29.95, lon: -90.07 })).toBeLessThan(50);
  });

  it('finds the town of a facility named after it among the words before its kind ("İstanbul Atatürk International Airport")', () => {
    const text = 'Passengers arriving at İstanbul Atatürk International Airport were screened for the virus.';
    const result = resolve(text, [['İstanbul Atatürk International Airport', 'FAC']]);
    expect(km(pointOf(result, 'İstanbul Atatürk International Airport')!, { lat: 41.01, lon: 28.95 })).toBeLessThan(50);
  });

  it('puts an unlisted lake or valley by the towns the text names', () => {
    const text = 'The gated community near Manassas, Virginia, has 24-hour monitoring. Lake Manassas is a 770-acre public reservoir.';
    const result = resolve(text, [['Manassas', 'GPE'], ['Virginia', 'GPE'], ['Lake Manassas', 'LOC']]);
    expect(km(pointOf(result, 'Lake Manassas')!, { lat: 38.77, lon: -77.64 })).toBeLessThan(50);
  });

  it('reads "Franklin" as a town of that name before a city it was once called (Columbus, Ohio)', () => {
    const text = 'The parade left Franklin at noon and reached Nashville, Tennessee, by the evening.';
    const result = resolve(text, [['Franklin', 'GPE'], ['Nashville', 'GPE'], ['Tennessee', 'GPE']]);
    expect(result.mentions.find((m) => m.text === 'Franklin')?.entity).not.toBe('columbus');
    expect(km(pointOf(result, 'Franklin')!, { lat: 35.93, lon: -86.87 })).toBeLessThan(25);
  });
});

describe('resolvePlaces and placeRoles: what is not placed', () => {
  it('never places NATO, and keeps everyday words the recognizer took for places off the map', () => {
    const text = 'NATO allies met in March. The Deal was signed, and the Union held.';
    const result = resolve(text, [['NATO', 'ORG'], ['March', 'GPE'], ['Deal', 'GPE'], ['Union', 'GPE']]);
    const places = placeRoles(result.mentions, result.entities, result.choices);
    expect(places.map((p) => p.entity)).not.toContain('nato');
    for (const word of ['March', 'Deal', 'Union']) {
      const mention = result.mentions.find((m) => m.text === word)!;
      expect(result.entities.find((e) => e.id === mention.entity)?.geo, word).toBeUndefined();
      expect(places.find((p) => p.start === mention.start)).toMatchObject({ role: 'none' });
    }
  });

  it('makes "Washington has provided" an actor without a point, and "flew to Washington" the city', () => {
    const text = 'Washington has provided more aid than anyone. The president flew to Washington on Monday.';
    const result = resolve(text, [['Washington', 'GPE']]);
    const places = placeRoles(result.mentions, result.entities, result.choices);
    const [government, city] = places;
    expect(government).toMatchObject({ entity: 'united-states', role: 'actor', rule: 'capital-for-government' });
    expect(government!.lat).toBeUndefined();
    expect(city).toMatchObject({ entity: 'washington-d-c', role: 'location' });
    expect(km(city as { lat: number; lon: number }, { lat: 38.9, lon: -77.04 })).toBeLessThan(10);
  });

  it('gives "the West" no point: it is no place on a map', () => {
    const text = 'Kyiv’s backers in the West hesitated.';
    const result = resolve(text, [['Kyiv', 'GPE'], ['West', 'LOC']]);
    const west = result.mentions.find((m) => m.text === 'West')!;
    expect(west.entity).toBe('western-world');
    expect(result.entities.find((e) => e.id === 'western-world')?.geo).toBeUndefined();
    expect(placeRoles(result.mentions, result.entities, result.choices).find((p) => p.entity === 'western-world')?.role).toBe('none');
  });
});
