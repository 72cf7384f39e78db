/**
 * The quantity finder on sentences of the issue, the seed articles and the
 * Guardian/NYT news (../shared/data/news): counts with their nouns, percent,
 * money, measures and their conversions, vague amounts, approximators — and
 * the numbers that are no quantities. Times and names are given by hand
 * where a sentence needs them (the real layers are tested in seeds.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../document.js';
import type { Name } from '../names/types.js';
import { findQuantities } from './find-quantities.js';

interface Layers {
  /** Phrases of the sentence that the times layer holds. */
  times?: string[];
  /** [phrase, type] the names layer holds. */
  names?: Array<[string, Name['type']]>;
}

function spansOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  return { start, end: start + phrase.length };
}

function find(text: string, layers: Layers = {}) {
  return findQuantities({
    text,
    sentences: [{ start: 0, end: text.length }],
    times: (layers.times ?? []).map((p) => spansOf(text, p)),
    // Names not in this sentence are dropped: one list serves a table of sentences.
    names: (layers.names ?? []).filter(([p]) => text.includes(p)).map(([p, type]) => ({ ...spansOf(text, p), type, source: 'rule' as const })),
  });
}

/** [span text, value, unit] of every quantity found. */
function found(text: string, layers?: Layers) {
  return find(text, layers).map((q) => [text.slice(q.start, q.end), q.value, q.unit]);
}

/** The one quantity whose span is `phrase`, as "value unit dimension approx". */
function one(text: string, phrase: string, layers?: Layers) {
  const q = find(text, layers).find((x) => text.slice(x.start, x.end) === phrase);
  return q ? `${q.value} ${q.unit} ${q.dimension}${q.approx ? ' approx' : ''}` : `not found in ${JSON.stringify(found(text, layers))}`;
}

describe('counts and the noun they count', () => {
  it.each([
    ['Syrskyi said that the Kremlin is massing 45,000 troops north of Ukraine.', '45,000 troops', '45000 troops count'],
    ['Le Monde reported that 45\u00a0000 soldiers were massed.', '45\u00a0000 soldiers', '45000 soldiers count'],
    ['He said 10,000 North Korean troops had joined Russian troops there.', '10,000 North Korean troops', '10000 troops count'],
    ['The Russian ministry says these troops took nine villages north of Kharkov.', 'nine villages', '9 villages count'],
    ['If Russian forces take these two cities, which control high ground, the front moves.', 'two cities', '2 cities count'],
    ['It is a problem that has already gone beyond 100,000 people.', '100,000 people', '100000 people count approx'],
    ['This would mean a staggering 420,000 deaths.', '420,000 deaths', '420000 deaths count'],
    ['At Kryve Ozero, we have lost 76 men.', '76 men', '76 men count'],
    ['Canada will send 39 General Dynamics-made armored vehicles to Ukraine.', '39 General Dynamics-made armored vehicles', '39 vehicles count'],
    ['The package includes 14 armoured personnel carriers.', '14 armoured personnel carriers', '14 carriers count'],
    ['Saying that 144 Russian and separatist soldiers were returned to Russia.', '144 Russian and separatist soldiers', '144 soldiers count'],
    ['Eleven bodies, including two children, remain unidentified.', 'Eleven bodies', '11 bodies count'],
    ['Russian media has shown images of two US citizens captured in Ukraine.', 'two US citizens', '2 citizens count'],
    ['Only 10 of the 31 Abrams tanks remain.', '31 Abrams tanks', '31 tanks count'],
    ['Germany will send 14 Leopard 2 tanks.', '14 Leopard 2 tanks', '14 tanks count'],
    ['2 May 2022 01.55 Around 100 civilians were evacuated.', '100 civilians', '100 civilians count approx'],
    ['The US has given Ukraine 16 Himars systems so far.', '16 Himars systems', '16 systems count'],
    ['Kyiv received 90,000 155mm shells.', '90,000 155mm shells', '90000 shells count'],
  ])('%s', (text, phrase, expected) => {
    // The names layer knows the places ("Ukraine 16 Himars systems": a place before a count is no model name).
    expect(one(text, phrase, { names: [['Ukraine', 'GPE']] })).toBe(expected);
  });

  it('counts people for persons, the dead and nationalities', () => {
    expect(one('Yesterday, there were at least four dead and dozens of people wounded.', 'four dead')).toBe('4 people count approx');
    expect(one('Over a half-million Ukrainians have died.', 'half-million Ukrainians')).toBe('500000 people count approx');
    expect(one('Liz Truss raised the case of two Britons sentenced to death.', 'two Britons')).toBe('2 people count');
    expect(one('Five captured Ukrainian individuals were returned.', 'Five captured Ukrainian individuals')).toBe('5 people count');
    // "dead" counts people only right after the number: three dead soldiers are soldiers.
    expect(one('Three dead soldiers were found.', 'Three dead soldiers')).toBe('3 soldiers count');
  });

  it('reads "38 of 63 drones" as two quantities, both counting drones', () => {
    const text = 'Yesterday, they claimed to have shot down 38 of 63 drones launched at nine regions of Ukraine.';
    expect(found(text)).toEqual([['38', 38, 'drones'], ['63 drones', 63, 'drones'], ['nine regions', 9, 'regions']]);
    const [first, second] = find(text);
    expect(first!.noun).toEqual(second!.noun);
    expect(text.slice(second!.noun!.start, second!.noun!.end)).toBe('drones');
    expect(found('At least 22 of the 71 patients survived.')).toEqual([['22', 22, 'patients'], ['71 patients', 71, 'patients']]);
  });

  it('gives a bare number people where the context is casualties or a population', () => {
    expect(found('Missile strikes on his region had killed seven and wounded 25 yesterday.', { times: ['yesterday'] }))
      .toEqual([['seven', 7, 'people'], ['25', 25, 'people']]);
    expect(found('So went Kryve Ozero, a town with a pre-war population of 7,500.')).toEqual([['7,500', 7500, 'people']]);
    expect(found('Chasiv Yar death toll rises to 45')).toEqual([['45', 45, 'people']]);
    expect(found('Athletes and coaches have been killed and 13 have been captured.')).toEqual([['13', 13, 'people']]);
    expect(one('It has cost it hundreds of thousands in dead and wounded.', 'hundreds of thousands')).toBe('100000 people count approx');
  });

  it('reads approximators before and after the number, outside the span', () => {
    expect(found('🔴BREAKING: 170+ people just arrived in Zaporizhzhia.')).toEqual([['170+ people', 170, 'people']]);
    expect(find('🔴BREAKING: 170+ people just arrived in Zaporizhzhia.')[0]!.approx).toBe(true);
    expect(one('There are an estimated 1,000 Ukrainian soldiers in the complex.', '1,000 Ukrainian soldiers')).toBe('1000 soldiers count approx');
    expect(one('Ukraine needs approximately $5 billion per month.', '$5 billion')).toBe('5000000000 USD money approx');
    expect(one('The 1,000-plus troops crossed.', '1,000-plus troops')).toBe('1000 troops count approx');
  });

  it('keeps a bare number word that an approximator or "more" marks as an amount', () => {
    expect(found('Ukraine has 12 with four more on their way.')).toEqual([['12', 12, null], ['four', 4, null]]);
    expect(found('That makes their total number about eight.')).toEqual([['eight', 8, null]]);
    expect(found('At least seven ‘powerful’ airstrikes hit the airport.')).toEqual([['seven ‘powerful’ airstrikes', 7, 'airstrikes']]);
  });

  it('keeps grouped thousands after a place name, which a label never is', () => {
    expect(found('Sloviansk had a population of 107,000 and Kramatorsk 210,000 before the war.'))
      .toEqual([['107,000', 107000, 'people'], ['210,000', 210000, null]]);
  });

  it('keeps a bare numeral, but not a bare number word, when nothing says what it counts', () => {
    expect(found('The Kyiv Independent said the number has doubled to 16 within the last 24 hours.', { times: ['the last 24 hours'] }))
      .toEqual([['16', 16, null]]);
    expect(found('The Dniepr River cuts Ukraine in two.')).toEqual([]);
    expect(found('Mr. Biden argued that the two would meet again.')).toEqual([]);
  });
});

describe('number words and vague amounts', () => {
  it.each([
    ['Twenty-five tanks were destroyed.', 'Twenty-five tanks', '25 tanks count'],
    ['Some three hundred and fifty soldiers surrendered.', 'three hundred and fifty soldiers', '350 soldiers count approx'],
    ['Officials said a dozen people were hurt.', 'dozen people', '12 people count'],
    ['Half a dozen drones hit the port.', 'Half a dozen drones', '6 drones count'],
    ['The war has forced half a million residents to flee.', 'half a million residents', '500000 residents count'],
    ['More than 3.7 million Ukrainians have fled their homeland.', '3.7 million Ukrainians', '3700000 people count approx'],
    ['Russia has been reinforcing its positions with hundreds of thousands of troops.', 'hundreds of thousands of troops', '100000 troops count approx'],
    ['They killed hundreds of Ukrainian troops.', 'hundreds of Ukrainian troops', '100 troops count approx'],
    ['Millions of Ukrainians have fled the country.', 'Millions of Ukrainians', '1000000 people count approx'],
    ['The fleet is trapping tens of millions of tonnes of grain.', 'tens of millions of tonnes', '10000000 t mass approx'],
    ['Several dozen people came out to support Gorinov.', 'Several dozen people', '12 people count approx'],
    ['The Ukrainian military said it had killed scores of Russian soldiers.', 'scores of Russian soldiers', '20 soldiers count approx'],
    ['The US is pumping billions of dollars into Ukraine.', 'billions of dollars', '1000000000 USD money approx'],
    ['A quarter of a million Russians have fled.', 'quarter of a million Russians', '250000 people count'],
    ['Russia has called up 1.5m reservists.', '1.5m reservists', '1500000 reservists count'],
    ['Dozens of Su-34s flew over the city.', 'Dozens of Su-34s', '12 su-34s count approx'],
  ])('%s', (text, phrase, expected) => {
    expect(one(text, phrase)).toBe(expected);
  });

  it('gives vague amounts the range their words allow', () => {
    const [q] = find('Russia has been reinforcing its positions with hundreds of thousands of troops.');
    expect(q!.range).toEqual([100000, 999999]);
    expect(find('Dozens of people were wounded.')[0]!.range).toEqual([12, 99]);
  });
});

describe('percent, money and measures', () => {
  it.each([
    ['Polls have shown that 68 percent of French people oppose it.', '68 percent', '68 percent percent'],
    ['Over 1 percent of the pre-war population has been killed.', '1 percent', '1 percent percent approx'],
    ['Storage facilities are at 63% capacity.', '63%', '63 percent percent'],
    ['Households consumed seven per cent less gas than usual.', 'seven per cent', '7 percent percent'],
    ['The rate was cut by 1.5 percentage points.', '1.5 percentage points', '1.5 percentage points percent'],
    ['Nor can an extra $5 billion or more of US arms do this.', '$5 billion', '5000000000 USD money approx'],
    ['Biden signed a package providing nearly $40bn in aid.', '$40bn', '40000000000 USD money approx'],
    ['Sunak said households will get £400 off their bills.', '£400', '400 GBP money'],
    ['The superyacht is worth £20m.', '£20m', '20000000 GBP money'],
    ['The government offered up to €1.2 billion in equity.', '€1.2 billion', '1200000000 EUR money approx'],
    ['Pensions were raised to 3,000 hryvnias a month.', '3,000 hryvnias', '3000 UAH money'],
    ['The fine was 300,000 roubles.', '300,000 roubles', '300000 RUB money'],
    ['Prices climbed to as high as 535p per therm.', '535p', '5.35 GBP money'],
    ['The missiles have a payload of 500 kilograms.', '500 kilograms', '500 kg mass'],
    ['A strike could reach targets 300 km away.', '300 km', '300 km length'],
    ['The Clio sailed more than 3,000 miles after the invasion.', '3,000 miles', '3000 mi length approx'],
    ['Its range is 70km to 80km.', '70km', '70 km length'],
    ['Nato has long identified a 50-mile strip of borderland.', '50-mile', '50 mi length'],
    ['The 140-metre Ocean Victory was seen off Croatia.', '140-metre', '140 m length'],
    ['Ukraine had the capacity to export 60m tonnes of grain.', '60m tonnes', '60000000 t mass'],
    ['Three ships carrying almost 60,000 tonnes of grain have departed.', '60,000 tonnes', '60000 t mass approx'],
    ['The savings target would reduce consumption by 45bn cubic metres.', '45bn cubic metres', '45000000000 m3 other'],
    ['About 1.9 million barrels were exported.', '1.9 million barrels', '1900000 bbl other approx'],
    ['Up to 7 bn roubles would be invested this year.', '7 bn roubles', '7000000000 RUB money approx'],
    ['Australia’s total military assistance reached approximately A$388m.', 'A$388m', '388000000 AUD money approx'],
    ['Authorities seized a 65m yacht said to belong to him.', '65m', '65 m length'],
    ['Temperatures reached a record 40.3 degrees Celsius, or 104.5 Fahrenheit.', '40.3 degrees Celsius', '40.3 °C other'],
  ])('%s', (text, phrase, expected) => {
    expect(one(text, phrase, { names: [['Ocean Victory', 'MISC']] })).toBe(expected);
  });

  it('links a measure to its restatement in other units', () => {
    const text = 'The missiles have a maximum range of 900 kilometers (560 miles) and payload of 500 kilograms (1,100 pounds).';
    const qs = find(text);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.unit, q.conversionOf])).toEqual([
      ['900 kilometers', 'km', undefined],
      ['560 miles', 'mi', 0],
      ['500 kilograms', 'kg', undefined],
      ['1,100 pounds', 'lb', 2],
    ]);
    const money = 'The US was sending an additional $1.7bn (£1.4bn) in economic aid.';
    expect(find(money).map((q) => [q.value, q.unit, q.conversionOf])).toEqual([[1700000000, 'USD', undefined], [1400000000, 'GBP', 0]]);
  });

  it('lends a range the unit and scale of its second number', () => {
    expect(found('Ukraine aims to strike a deal for a $15-$20bn programme.')).toEqual([['$15', 15000000000, 'USD'], ['$20bn', 20000000000, 'USD']]);
    expect(found('Experts say 6m to 8m tonnes a month are needed.')).toEqual([['6m', 6000000, 't'], ['8m tonnes', 8000000, 't']]);
    expect(found('About 20-25% of the grain was lost.')).toEqual([['20', 20, 'percent'], ['25%', 25, 'percent']]);
    expect(found('It deported between 900,000 and 1.6 million Ukrainian citizens.')).toEqual([['900,000', 900000, 'citizens'], ['1.6 million Ukrainian citizens', 1600000, 'citizens']]);
    expect(found('There were a large number of containers, about six or seven thousand.')).toEqual([['six', 6000, null], ['seven thousand', 7000, null]]);
    expect(found('The taps will be closed for 10 to 14 days, or over two or three years.')).toEqual([]);
    const qs = find('Podolyak said that between 100 and 200 Ukrainian soldiers were dying every day.');
    expect(qs.map((q) => [q.value, q.unit, q.range])).toEqual([[100, 'soldiers', [100, 200]], [200, 'soldiers', [100, 200]]]);
  });
});

describe('what is not a quantity', () => {
  it.each([
    ['years', 'Victory meant pushing it back to the territory it held before 2014.'],
    ['the 2024 elections', 'The 2024 elections were postponed.'],
    ['ordinals and decades', 'The 47th Brigade fought on, as in the 1990s, on the 139th day.'],
    ['times of day', 'The attack began at about 5am local time and again at 10:30 and 7 p.m.'],
    ['live-blog timestamps', '27 Jul 2022 19.00 Summary. 3 Jul 2022 19.09 Ukrainian forces withdraw from Lysychansk.'],
    ['weapon and model designations', 'Pilots took off in F-16 fighter jets; a Su-34 and Kh-101 missiles, S-300 systems, Mi8 helicopters.'],
    ['the Hwasong-11GA', 'The DPRK’s Hwasoong-11GA missiles are old.'],
    ['diseases', 'Economies were recovering from the Covid-19 pandemic.'],
    ['labels', 'Article 5 applies, as Resolution 2231 says; it is the No. 1 destination on day 100.'],
    ['names with numbers', 'Flows through the Nord Stream 1 pipeline fell; G7 and Group of 20 ministers met.'],
    ['a model before its noun', 'The airline grounded its Boeing 737 jets.'],
    ['scores and ratios', 'Liverpool hammered Leeds 6-0, and the plant operates 24/7.'],
    ['ages', 'Ms. Griner, 31, a seven-time All-Star, and a 25-year-old soldier; the man, aged 40, and Alexander Drueke, 39.'],
    ['more ages', 'The D.J., 40, said so; McCain died at the age of 81; recruits aged between 18 and 60.'],
    ['a date the times layer missed', 'He smuggled cocaine from 16 October last year.'],
    ['compound adjectives', 'A three-pronged invasion, a five-storey building and a 12-point plan.'],
    ['"one" as pronoun and determiner', 'One resident told the paper that there is only one answer; it is one of the primary instruments.'],
    ['fractions', 'Nearly two-thirds of its ideas were adopted, and half of the town left, a quarter of it in May.'],
    ['list numbering', '1. Stop the shelling'],
    ['an address', 'He spoke from 10 Downing Street.'],
    ['a phone number', 'Call the embassy on +44 20 7946 0958 or 0800 123.'],
    ['a page count', 'The ministry published a 300-page report.'],
    ['calibres', 'Ukraine fired 155mm shells and 120 mm mortars.'],
    ['factors', 'Russia fired 2.5 times more shells.'],
    ['links', 'pic.twitter.com/2ttphj23Ep and pic.twitter.com/pV8vDRbga1 and a 4x4 Jeep'],
  ])('%s', (_what, text) => {
    const times = ['27 Jul 2022', '3 Jul 2022'].filter((t) => text.includes(t));
    expect(found(text, { times, names: [['Ms. Griner', 'PERSON'], ['Alexander Drueke', 'PERSON']] })).toEqual([]);
  });

  it('leaves durations and dates to the times layer', () => {
    expect(found('Now, after more than 1,000 days of bloodshed, we are here.', { times: ['more than 1,000 days'] })).toEqual([]);
    // Even where the times layer missed one, a duration noun makes it no quantity.
    expect(found('He was sentenced to 16 years, after a 10-day trial.')).toEqual([]);
    expect(found('Graduates will pay back loans over 40 years instead of 30.')).toEqual([]);
    expect(found('The talks began on 20 May 2024 in Istanbul.', { times: ['20 May 2024'] })).toEqual([]);
  });

  it('leaves numbers inside names alone, unless the recognizer took a figure for a person', () => {
    expect(found('The DPRK fired Hwasong-11 missiles.', { names: [['Hwasong-11', 'WEAPON']] })).toEqual([]);
    expect(found('Nine people have been pulled out alive.', { names: [['Nine', 'PERSON']] })).toEqual([['Nine people', 9, 'people']]);
  });

  it('does not read the pronoun "us" as the US', () => {
    expect(found('Two of us were told to leave.')).toEqual([]);
  });
});
