import { describe, it, expect } from 'vitest';
import { closesPhrase, qualifierAfter, standsAsQualifier, usStateAbbreviation, usStateNameOf } from './qualifiers.js';

/** The span of `name` in `text`, its first occurrence. */
function at(text: string, name: string) {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
}

describe('qualifiers', () => {
  it.each([
    ['The tornado hit Paris, Texas, a town of 25,000.', 'Paris', 'Texas'],
    ['He grew up in Portland, Ore., and moved east.', 'Portland', 'Ore.'],
    ['Flooding in Nenagh, Co Tipperary, closed roads.', 'Nenagh', 'Tipperary'],
    ['Shelling hit Kramatorsk, Donetsk oblast, overnight.', 'Kramatorsk', 'Donetsk oblast'],
    ['in Matias Romero, Oaxaca State, Mexico, Wednesday, April 4', 'Matias Romero', 'Oaxaca State'],
    ['The Riverdale (N.J.) council met.', 'Riverdale', 'N.J.'],
    ['That seems the case in Kasba Bonli, a market town in Rajasthan state on the edge of the desert.', 'Kasba Bonli', 'Rajasthan state'],
    ['He worked in the small town of Kasba Bonli in northwestern India.', 'Kasba Bonli', 'India'],
    ['Le Monde went to Kryve Ozero, a town in the Mykolaiv region.', 'Kryve Ozero', 'Mykolaiv region'],
  ])('%s: %s is qualified by %s', (text, name, qualifier) => {
    expect(qualifierAfter(text, at(text, name))).toBe(qualifier);
  });

  it.each([
    ['Strikes hit Kiev, Kharkiv and Odesa.', 'Kiev'],
    ['Strikes hit Kiev, Kharkiv and Odesa.', 'Kharkiv'],
    ['the border between Mexico, the US, and Canada', 'Mexico'],
    ['It happened in Kyiv, Monday night.', 'Kyiv'],
  ])('%s: %s has no qualifier (a list, a day)', (text, name) => {
    expect(qualifierAfter(text, at(text, name))).toBeUndefined();
  });

  it('knows where a name stands as a qualifier, and where it is a list item', () => {
    const text = 'Amanda from Tacoma, Washington shares tips. Strikes hit Kiev, Kharkiv and Odesa.';
    expect(standsAsQualifier(text, at(text, 'Washington'))).toBe(true);
    expect(standsAsQualifier(text, at(text, 'Kharkiv'))).toBe(false);
  });

  it('tells a qualifier that ends its phrase from one that begins a clause', () => {
    const calendar = '28/29 April: Donington Park, Leicestershire. 19/20 May: Thruxton, Hampshire.';
    expect(closesPhrase(calendar, at(calendar, 'Donington Park'), 'Leicestershire')).toBe(true);
    const abbreviation = 'He grew up in Portland, Ore. The family moved east.';
    expect(closesPhrase(abbreviation, at(abbreviation, 'Portland'), 'Ore.')).toBe(true);
    const clause = 'In Kharkiv, Russia launched glide bombs overnight.';
    expect(qualifierAfter(clause, at(clause, 'Kharkiv'))).toBe('Russia');
    expect(closesPhrase(clause, at(clause, 'Kharkiv'), 'Russia')).toBe(false);
  });

  it('reads US states written short', () => {
    expect(usStateAbbreviation('Calif.')).toEqual({ country: 'US', admin1: 'CA' });
    expect(usStateAbbreviation('TX')).toEqual({ country: 'US', admin1: 'TX' });
    expect(usStateNameOf('N.J.')).toBe('New Jersey');
    expect(usStateNameOf('Ga')).toBe('Georgia');
    expect(usStateNameOf('WA')).toBeUndefined();
  });
});
