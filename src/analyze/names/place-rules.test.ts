/**
 * The place rules on real text: sentences of GeoWebNews and GeoVirus (news
 * with every toponym marked), the seed articles, and CoNLL-2003's valid set
 * for what must stay a person or a team. The data sets are read from
 * ../shared at test time; each block is skipped, saying so, where its file
 * is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNames } from './find-names.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from '../annotators/sentences.js';
import type { PlaceDecision } from './place-rules.js';
import type { Name } from './types.js';

const SHARED = resolve(import.meta.dirname, '../../../../shared');
const GWN = resolve(SHARED, 'data/geo/GWN.xml');
const GEOVIRUS = resolve(SHARED, 'data/geo/GeoVirus.xml');
const SEEDS = resolve(SHARED, 'corpus/seeds');
const VALID = resolve(SHARED, 'data/conll2003/valid.txt');
const TRAIN = resolve(SHARED, 'data/conll2003/train.txt');

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The article texts of a corpus of Gritta et al. (GeoWebNews, GeoVirus): each <text>, entities decoded. */
function articleTexts(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/&(\w+);/g, (whole, name: string) => XML_ENTITIES[name] ?? whole));
}

/** CoNLL-2003 documents as the scorer builds them: tokens joined by spaces, sentences by line breaks. */
function conllTexts(file: string): string[] {
  const docs: string[] = [];
  let lines: string[] = [];
  let words: string[] = [];
  const endSentence = () => {
    if (words.length) lines.push(words.join(' '));
    words = [];
  };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0]!;
    if (token === '-DOCSTART-') {
      endSentence();
      if (lines.length) docs.push(lines.join('\n'));
      lines = [];
    } else if (token === '') endSentence();
    else words.push(token);
  }
  endSentence();
  if (lines.length) docs.push(lines.join('\n'));
  return docs;
}

interface Found {
  text: string;
  type: string;
  rule?: string;
}

/**
 * The name that covers `phrase` where it stands in `snippet`, in the first
 * document that holds the snippet, recognized over the whole document; with
 * the rule that changed it, if one did.
 */
function nameAt(texts: readonly string[], snippet: string, phrase: string): Found | undefined {
  const text = texts.find((t) => t.includes(snippet));
  if (text === undefined) throw new Error(`no document holds ${JSON.stringify(snippet)}`);
  const at = text.indexOf(snippet) + snippet.indexOf(phrase);
  const decisions: PlaceDecision[] = [];
  const names: Name[] = findNames(text, tokenize(text), splitSentences(text), { decisions });
  const name = names.find((n) => n.start < at + phrase.length && at < n.end);
  if (!name) return undefined;
  const decision = decisions.find((d) => d.start <= name.start && name.end <= d.end);
  return { text: text.slice(name.start, name.end), type: name.type, ...(decision ? { rule: decision.rule } : {}) };
}

const PLACE = /^(?:GPE|LOC|FAC)$/;

describe.skipIf(!existsSync(GWN))('place rules on GeoWebNews sentences (needs ../shared/data/geo/GWN.xml)', () => {
  const texts = existsSync(GWN) ? articleTexts(GWN) : [];

  it.each([
    ['only to end up stuck in Samos, blames', 'Samos', 'locative', 'a preposition of place, and a town the places index knows'],
    ['a candidates forum in Red Oak this weekend', 'Red Oak', 'locative', 'the same for a name of two words'],
    ['the last patch of eastern Ghouta still held', 'Ghouta', 'direction', 'a direction before the name is enough alone'],
    ['school shooting in Parkland, Florida', 'Florida', 'after-town', 'a region after a town and a comma'],
    ['A 55-year-old Severn, Md. man', 'Severn', 'before-region', 'a town before an abbreviated US state'],
    ['its stores in Žilina, Nitra, Prešov and Košice', 'Prešov', 'list', 'known places in a list of places'],
    ['its stores in Žilina, Nitra, Prešov and Košice', 'Nitra', 'after-town', 'the same, where the name is also a region’s ("Nitra Region"), after a town'],
    ['the landscape around Hinton is', 'Hinton', 'locative', 'a surname that is also a town, where the sentence says town'],
    ['28/29 July: Snetterton, Norfolk.', 'Snetterton', 'before-region', 'a name no list knows, before a county and a full stop'],
    ['15/16 September: Silverstone, Northamptonshire.', 'Silverstone', 'before-region', 'an English county by its ending'],
    ['Turkey fired on Qamishli and other towns', 'Qamishli', 'place-noun', '"and other towns"'],
    ['west of the Appalachians', 'Appalachians', 'place-of', 'a direction, "of", a determiner'],
    ['giving the Kent-based outfit', 'Kent', 'based', 'a known place before "-based"'],
    ['Copenhagen, Hamburg, Brasoc and Mannheim', 'Brasoc', 'list', 'a name no list knows, in a list of nothing but places'],
    ['rural communities in the North West and Limpopo.', 'Limpopo', 'list', 'a region the model read as an organisation, paired with a place the sentence places'],
    ['The Pittsburgh, Pennsylvania-based company', 'Pittsburgh', 'before-region', 'a town before "<state>-based"'],
  ])('%s: %s (%s; %s)', (snippet, phrase, rule) => {
    const found = nameAt(texts, snippet, phrase);
    expect(found).toMatchObject({ text: phrase, rule });
    expect(found!.type).toMatch(PLACE);
  });

  it.each([
    ['Royal Street heading upriver', 'Royal Street', 'FAC'],
    ['Dulles International Airport is 22 miles away', 'Dulles International Airport', 'FAC'],
    ['from the South Kilburn Estate', 'South Kilburn Estate', 'FAC'],
    ['Lake Manassas is a 770-acre public reservoir', 'Lake Manassas', 'LOC'],
    ['in the Crown Heights neighborhood of Brooklyn', 'Crown Heights', 'GPE'],
  ])('%s: the words of the name say what it is', (snippet, phrase, type) => {
    expect(nameAt(texts, snippet, phrase)).toMatchObject({ text: phrase, type, rule: 'head' });
  });

  it.each([
    ['Donington Park, Leicestershire', 'Donington Park', 'a region after it'],
    ["at Brooklyn's Barclays Center", 'Barclays Center', 'a place’s possessive before it'],
    ["Dublin venue No 25, Fitzwilliam Place", 'Fitzwilliam Place', 'a house number before it'],
    ['Crossroads Correctional Center in Shelby', 'Crossroads Correctional Center', 'a place after it'],
  ])('takes "%s" for a facility only where the sentence says so: %s (%s)', (snippet, phrase) => {
    expect(nameAt(texts, snippet, phrase)).toMatchObject({ text: phrase, type: 'FAC', rule: 'head-in-context' });
  });

  it('reads the head of a street before a direction ("Eglinton Avenue West"), and a direction before a known place ("Western US")', () => {
    expect(nameAt(texts, 'the area of Eglinton Avenue West and', 'Eglinton Avenue West')).toMatchObject({ type: 'FAC', rule: 'head' });
    expect(nameAt(texts, 'gains in the Western US mean', 'Western US')).toMatchObject({ type: 'LOC', rule: 'direction-name' });
  });

  it('adds British roads and numbered streets that no model or list knows, where the sentence says road', () => {
    for (const road of ['A436', 'A40', 'A429']) expect(nameAt(texts, 'via the A436, A40 and A429', road)).toMatchObject({ text: road, type: 'FAC', rule: 'road' });
    expect(nameAt(texts, 'crash on the A120 between', 'A120')).toMatchObject({ type: 'FAC', rule: 'road' });
    expect(nameAt(texts, 'arrested on 14th St. Thursday', '14th St.')).toMatchObject({ type: 'FAC', rule: 'street' });
  });

  it('finds a name the model read as a person a place in the rest of its document ("the Samos hotspot")', () => {
    const found = nameAt(texts, 'remain in the Samos hotspot', 'Samos');
    expect(found?.text).toBe('Samos');
    expect(found?.type).toMatch(PLACE);
  });

  it.each([
    ['six minutes late After Paris, London', 'Paris', 'Paris'],
    ['would be unnecessary. Lelystad Last year', 'Lelystad', 'Lelystad'],
  ])('%s: a word of the next sentence is not part of the name', (snippet, phrase, text) => {
    expect(nameAt(texts, snippet, phrase)).toMatchObject({ text, rule: 'trim' });
  });

  it('splits two places joined by a hyphen, and a town run into its state', () => {
    expect(nameAt(texts, 'development in Asia-Pacific and', 'Asia')).toMatchObject({ text: 'Asia', rule: 'split-hyphen' });
    expect(nameAt(texts, 'development in Asia-Pacific and', 'Pacific')).toMatchObject({ text: 'Pacific' });
    expect(nameAt(texts, 'in Maiduguri Borno State in', 'Maiduguri')).toMatchObject({ text: 'Maiduguri', type: 'GPE', rule: 'split-run' });
    expect(nameAt(texts, 'in Maiduguri Borno State in', 'Borno')).toMatchObject({ text: 'Borno State', type: 'GPE' });
  });
});

describe.skipIf(!existsSync(GEOVIRUS))('place rules on GeoVirus sentences (needs ../shared/data/geo/GeoVirus.xml)', () => {
  const texts = existsSync(GEOVIRUS) ? articleTexts(GEOVIRUS) : [];
  it.each([
    ['in the Artibonite region', 'Artibonite', 'place-noun'],
    ['Nandurbar and Dhule districts', 'Dhule', 'place-noun'],
    ['in Hammond, Indiana', 'Hammond', 'locative'],
    ['monkeys imported from the Philippines to Reston', 'Philippines', 'document-place'],
    ['reported that it was Kenya', 'Kenya', 'document-place'],
  ])('%s: %s (%s)', (snippet, phrase, rule) => {
    const found = nameAt(texts, snippet, phrase);
    expect(found).toMatchObject({ text: phrase, rule });
    expect(found!.type).toMatch(PLACE);
  });
});

describe.skipIf(!existsSync(SEEDS))('place rules on the seed articles (needs ../shared/corpus/seeds)', () => {
  it('reads an apposition ("Kryve Ozero, a town with…") as a place', () => {
    const file = resolve(SEEDS, '001_cab940e0a747018e.txt');
    const found = nameAt([readFileSync(file, 'utf8')], 'went to Kryve Ozero, a town', 'Kryve Ozero');
    expect(found).toMatchObject({ text: 'Kryve Ozero', type: 'GPE', rule: 'apposition' });
  });
});

describe.skipIf(!existsSync(VALID))('what stays a person or a team, on CoNLL-2003 valid (needs ../shared/data/conll2003/valid.txt)', () => {
  const texts = existsSync(VALID) ? conllTexts(VALID) : [];
  it.each([
    ['transferred to Milan in 1992', 'Milan', 'ORG', 'a club is transferred to, lost to, played at'],
    ['seven of the 10 meetings from Cleveland this season', 'Cleveland', 'ORG', 'the same for "from"'],
    ['title rivals Essex , Derbyshire and Surrey', 'Derbyshire', 'ORG', 'a list of counties that are teams'],
    ['McLoughlin , Houghton , Townsend , Quinn', 'Houghton', 'PERSON', 'a list of surnames, one of them also a town'],
    ['Scott Reed wrote to Clinton campaign manager', 'Clinton', 'PERSON', 'a name before a noun it modifies'],
    ['Todd Martin in the Wimbledon semifinals', 'Wimbledon', 'MISC', 'the same, for an event'],
    ['Minneapolis-based First Bank System Inc. and Norwest Corp.', 'First Bank System Inc.', 'ORG', 'a firm, among places'],
    ['Minneapolis-based First Bank System Inc. and Norwest Corp. , Ohio-based', 'Norwest Corp.', 'ORG', 'a firm before "Ohio-based"'],
    ['Did not bat : Dharmasena , Vaas , Muralitharan', 'Dharmasena', 'PERSON', 'players the model took for places do not make a list of places'],
    ['narrow successes for Wasps and Bristol', 'Wasps', 'PERSON', 'a pair with a region is not enough for a name no list knows'],
  ])('%s: %s stays %s (%s)', (snippet, phrase, type) => {
    expect(nameAt(texts, snippet, phrase)).toMatchObject({ text: phrase, type });
  });
});

describe.skipIf(!existsSync(TRAIN))('what stays as the model read it, on CoNLL-2003 train (needs ../shared/data/conll2003/train.txt)', () => {
  const texts = existsSync(TRAIN) ? conllTexts(TRAIN) : [];
  it.each([
    ['Carl Mason 69 66 , Barry Lane', 'Barry Lane', 'PERSON', 'a golfer after his scores is no house number and street'],
    ['North Melbourne 14.12 ( 96 )', 'North Melbourne', 'ORG', 'a team before its score'],
    ["were without Brazil 's Leonardo and Panama 's", 'Leonardo', 'PERSON', 'possessives are no list of places'],
    ['we sold the ( southern African ) mines', 'African', 'MISC', 'an adjective after a direction'],
    ['Wiesner and Wimbledon semifinalist Kimiko Date', 'Wimbledon', 'MISC', 'an event’s name before a noun, though the document has the place'],
  ])('%s: %s stays %s (%s)', (snippet, phrase, type) => {
    expect(nameAt(texts, snippet, phrase)).toMatchObject({ text: phrase, type });
  });

  it('leaves a place whole whose second word is another place’s name, not its region ("Malta Freeport")', () => {
    expect(nameAt(texts, 'arrived at Malta Freeport a week ago', 'Malta')?.text).toBe('Malta Freeport');
  });
});
