/**
 * Names and identities through the whole analyzer, on sentences of the kind
 * the seed articles hold (not copied from them): what is found, how it is
 * typed, and which entity each name links to.
 */
import { describe, expect, it } from 'vitest';
import { analyzeOne } from '../../surfaces/testing/fixture-articles.js';

function mentions(text: string) {
  return analyzeOne(text, 'dispatch.txt').mentions.map((m) => [m.text, m.type, m.entity]);
}

describe('names and identities', () => {
  it('types what the 1996 training text never saw with the gazetteer: towns, weapons, nationalities, the Kremlin', () => {
    expect(mentions('The Kremlin said Russian forces had captured Vuhledar after Ukraine fired ATACMS missiles.')).toEqual([
      ['Kremlin', 'ORG', 'kremlin'],
      ['Russian', 'NORP', 'russians'],
      ['Vuhledar', 'GPE', 'vuhledar'],
      ['Ukraine', 'GPE', 'ukraine'],
      ['ATACMS', 'WEAPON', 'atacms'],
    ]);
  });

  it('keeps "region" out of the name, and links the name to the oblast only where the text says region', () => {
    expect(mentions('Russian troops advanced in the Kharkiv region overnight and shelled Kharkiv itself.')).toEqual([
      ['Russian', 'NORP', 'russians'],
      ['Kharkiv', 'GPE', 'kharkiv-oblast'],
      ['Kharkiv', 'GPE', 'kharkiv'],
    ]);
  });

  it('gives Kharkov and Kharkiv, Kiev and Kyiv one id each, in two outlets’ articles', () => {
    const a = analyzeOne('Russian units attacked towns north of Kharkov, officials in Kiev said.', 'a.txt');
    const b = analyzeOne('Russian units attacked towns north of Kharkiv, officials in Kyiv said.', 'b.txt');
    const ids = (x: typeof a) => x.mentions.filter((m) => m.type === 'GPE').map((m) => m.entity);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toContain('kharkiv');
  });

  it('makes one entity of a full name and the short forms that follow it', () => {
    const analysis = analyzeOne('Volodymyr Zelenskiy met troops on Friday. Later, President Zelensky said the front was holding.', 'z.txt');
    expect(analysis.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity])).toEqual([
      ['Volodymyr Zelenskiy', 'volodymyr-zelensky'],
      ['Zelensky', 'volodymyr-zelensky'],
    ]);
    expect(analysis.entities.find((e) => e.id === 'volodymyr-zelensky')?.aliases).toEqual(['Volodymyr Zelenskiy', 'Zelensky']);
  });

  it.each([
    ['It was a good deal for both sides, signed in March by the union.', 'common words are not names'],
    ['The west of the country was quiet; the post office reopened.', 'lower-case "west" and "post" are words'],
  ])('%s (%s)', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});
