import { describe, it, expect } from 'vitest';
import type { MentionType } from '../names/types.js';
import { corefer, type CorefMention } from './coreference.js';
import { cleanForm } from './forms.js';

type Spec = readonly [surface: string, type: MentionType];

/** Mentions of the given names in a text, found left to right (each spec once, in order). */
function mentionsIn(text: string, specs: readonly Spec[]): CorefMention[] {
  let from = 0;
  return specs.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" not found after ${from}`);
    from = start + surface.length;
    return { start, end: from, type, form: cleanForm(surface, type) };
  });
}

/** The chains as lists of surfaces. */
function chainsOf(text: string, specs: readonly Spec[], options = {}): string[][] {
  const mentions = mentionsIn(text, specs);
  return corefer(text, mentions, options).map((chain) => chain.members.map((i) => text.slice(mentions[i]!.start, mentions[i]!.end)));
}

describe('corefer: one person, several forms', () => {
  it('chains the full name, the surname, the titled surname and a transliteration', () => {
    // 001_cab940e0a747018e and 002_56f617656db8bfc2, seed articles
    const text =
      'Yesterday, Ukrainian President Volodymyr Zelensky hailed Trump. But neither Zelensky’s “Victory Plan” nor Trump’s “Art of the Deal” will solve the catastrophe. ' +
      'I recall our great meeting with President Zelensky back in September. Ukraine’s President Volodymyr Zelenskiy agrees the war should end next year. Zelenskiy said so.';
    const chains = chainsOf(text, [
      ['Volodymyr Zelensky', 'PERSON'],
      ['Trump', 'PERSON'],
      ['Zelensky', 'PERSON'],
      ['Trump', 'PERSON'],
      ['Zelensky', 'PERSON'],
      ['Volodymyr Zelenskiy', 'PERSON'],
      ['Zelenskiy', 'PERSON'],
    ]);
    expect(chains).toEqual([['Volodymyr Zelensky', 'Zelensky', 'Zelensky', 'Volodymyr Zelenskiy', 'Zelenskiy'], ['Trump', 'Trump']]);
  });

  it('looks the chain up by its full names, never by an attached surname', () => {
    const text = 'President Vladimir V. Putin had just invaded Crimea. Putin said so. Vladimir Putin repeated it.';
    const mentions = mentionsIn(text, [['Vladimir V. Putin', 'PERSON'], ['Putin', 'PERSON'], ['Vladimir Putin', 'PERSON']]);
    const [chain] = corefer(text, mentions);
    expect(chain?.members).toEqual([0, 1, 2]);
    expect(chain?.heads).toEqual([0, 2]);
  });

  it('joins a first name to the only full name that has it', () => {
    // 001_cab940e0a747018e
    const text =
      'One resident, Lt. Colonel Ihor Hryb, committed suicide rather than take older soldiers into a fight. “Ihor knew what that meant: Everyone was going to die.” Though Hryb’s refusal to take his unit into battle has for now saved lives.';
    expect(chainsOf(text, [['Ihor Hryb', 'PERSON'], ['Ihor', 'PERSON'], ['Hryb', 'PERSON']])).toEqual([['Ihor Hryb', 'Ihor', 'Hryb']]);
  });
});

describe('corefer: people who share a surname stay apart', () => {
  // guardian-nyt corpus sentences
  const text =
    'US first lady Jill Biden met today with Olena Zelenska, wife of Volodymyr Zelenskiy, outside a public school in Uzhhorod. ' +
    'The list includes president Joe Biden, secretary of state Antony Blinken, and the CIA chief, William Burns. ' +
    'Speaking at a fundraising reception in Los Angeles on Friday, Biden said “there was no doubt” Vladimir Putin had been planning to “go in”.';
  const specs: Spec[] = [
    ['Jill Biden', 'PERSON'],
    ['Olena Zelenska', 'PERSON'],
    ['Volodymyr Zelenskiy', 'PERSON'],
    ['Joe Biden', 'PERSON'],
    ['Antony Blinken', 'PERSON'],
    ['William Burns', 'PERSON'],
    ['Biden', 'PERSON'],
    ['Vladimir Putin', 'PERSON'],
  ];

  it('keeps two full names apart and gives a bare surname to the latest one before it', () => {
    const chains = chainsOf(text, specs);
    expect(chains).toContainEqual(['Jill Biden']);
    expect(chains).toContainEqual(['Joe Biden', 'Biden']);
    // reason: another first name, another person (his wife), though the surnames are near
    expect(chains).toContainEqual(['Olena Zelenska']);
  });

  it('gives a bare surname before both to the first one after it', () => {
    const early = `Biden spoke. ${text}`;
    const chains = chainsOf(early, [['Biden', 'PERSON'], ...specs]);
    expect(chains[0]).toEqual(['Biden', 'Jill Biden']);
  });

  it('leaves a surname the gazetteer knows alone when the only full name comes after it', () => {
    // guardian-nyt: "warmly greeting President Biden and the first lady, Jill Biden, who met her with a bouquet"
    const greeting = 'warmly greeting President Biden and the first lady, Jill Biden, who met her with a bouquet of flowers';
    const mentions = mentionsIn(greeting, [['Biden', 'PERSON'], ['Jill Biden', 'PERSON']]);
    expect(corefer(greeting, mentions, { knownAlone: (i) => i === 0 }).map((c) => c.members)).toEqual([[0], [1]]);
    expect(corefer(greeting, mentions).map((c) => c.members)).toEqual([[0, 1]]);
  });
});

describe('corefer: acronyms and short forms', () => {
  it('joins an acronym to the name it is defined by', () => {
    const text = 'The North Atlantic Treaty Organization (NATO) met in Brussels. NATO leaders agreed.';
    expect(chainsOf(text, [['North Atlantic Treaty Organization', 'ORG'], ['NATO', 'ORG'], ['NATO', 'ORG']])).toEqual([
      ['North Atlantic Treaty Organization', 'NATO', 'NATO'],
    ]);
    const reverse = 'NATO (North Atlantic Treaty Organization) met in Brussels.';
    expect(chainsOf(reverse, [['NATO', 'ORG'], ['North Atlantic Treaty Organization', 'ORG']])).toEqual([['NATO', 'North Atlantic Treaty Organization']]);
  });

  it('joins an acronym to a name whose initials it is, and dotted to undotted', () => {
    // 002_56f617656db8bfc2: the expansion without brackets, far from the acronym
    const text =
      'Only the potential losers are Ukraine and NATO. There’s only one answer to this conundrum that doesn’t lead to strategic defeat for Ukraine and its allies in the North Atlantic Treaty Organization.';
    const mentions = mentionsIn(text, [['Ukraine', 'GPE'], ['NATO', 'ORG'], ['Ukraine', 'GPE'], ['North Atlantic Treaty Organization', 'ORG']]);
    const chains = corefer(text, mentions);
    expect(chains.map((c) => c.members)).toEqual([[0, 2], [1, 3]]);
    expect(chains[1]?.acronym).toBe('NATO');
    const us = 'The United States has pledged more aid. The U.S. Congress stalled it, and the US elections will decide.';
    expect(chainsOf(us, [['United States', 'GPE'], ['U.S.', 'GPE'], ['Congress', 'ORG'], ['US', 'GPE']])).toEqual([['United States', 'U.S.', 'US'], ['Congress']]);
  });

  it('joins a one-word organisation name to the earlier name it ends', () => {
    // 003_3fcb7b3b48954a87
    const text = 'According to a report from The Washington Post, US officials are telling Ukraine. The Post report said that American military analysts think it is unrealistic.';
    expect(chainsOf(text, [['Washington Post', 'ORG'], ['US', 'GPE'], ['Ukraine', 'GPE'], ['Post', 'ORG'], ['American', 'NORP']])).toEqual([
      ['Washington Post', 'Post'],
      ['US'],
      ['Ukraine'],
      ['American'],
    ]);
  });
});

describe('corefer: spellings of one place, one people', () => {
  it('chains transliterations of one place name of the same type', () => {
    const text = 'Russia launches offensive on Kharkov. Ukrainian officials said the situation around Kharkiv has worsened. Kherson was calm.';
    expect(chainsOf(text, [['Russia', 'GPE'], ['Kharkov', 'GPE'], ['Ukrainian', 'NORP'], ['Kharkiv', 'GPE'], ['Kherson', 'GPE']])).toEqual([
      ['Russia'],
      ['Kharkov', 'Kharkiv'],
      ['Ukrainian'],
      ['Kherson'],
    ]);
  });

  it('keeps a city and a river apart though their names agree', () => {
    // 001_cab940e0a747018e: Dnipro the city, the Dniepr the river
    const text = 'the last major obstacle blocking a Russian march on Dnipro and the Dniepr River, which cuts Ukraine in two.';
    expect(chainsOf(text, [['Dnipro', 'GPE'], ['Dniepr River', 'LOC'], ['Ukraine', 'GPE']])).toEqual([['Dnipro'], ['Dniepr River'], ['Ukraine']]);
  });

  it('does not chain spellings the gazetteer tells apart', () => {
    const text = 'Troops from Niger and Nigeria took part.';
    const mentions = mentionsIn(text, [['Niger', 'GPE'], ['Nigeria', 'GPE']]);
    expect(corefer(text, mentions, { distinct: () => true }).map((c) => c.members)).toEqual([[0], [1]]);
  });

  it('chains a nationality with its plural', () => {
    // 000_6c0445da05265e15
    const text = 'deploying NATO ground forces to fight the Russians directly. Its sanctions have failed to bring the Russian economy to its knees.';
    expect(chainsOf(text, [['NATO', 'ORG'], ['Russians', 'NORP'], ['Russian', 'NORP']])).toEqual([['NATO'], ['Russians', 'Russian']]);
  });
});
