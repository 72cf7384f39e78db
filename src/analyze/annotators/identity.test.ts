import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Document } from '../document.js';
import { Pipeline, PipelineError, type Annotator } from '../pipeline.js';
import { emptyMeta } from '../../format/analysis.js';
import type { Name } from '../names/types.js';
import { GAZETTEER_PATH } from '../gazetteer/gazetteer.js';
import { sampleGazetteer } from '../identity/sample-gazetteer.js';
import { defaultIdentityAnnotator, identityAnnotator, type EntitySpan, type MentionSpan } from './identity.js';

const SEED_004 = fileURLToPath(new URL('../../../../shared/corpus/seeds/004_5d7c6874267d2a7f.txt', import.meta.url));

/** A names annotator that finds the given surfaces, standing in for the recognizer. */
function namesOf(specs: ReadonlyArray<readonly [string, Name['type']]>): Annotator {
  return {
    name: 'names',
    requires: [],
    assigns: ['names'],
    languages: ['en'],
    annotate(doc) {
      const names: Name[] = [];
      for (const [surface, type] of specs) {
        for (const match of doc.text.matchAll(new RegExp(`(?<![\\p{L}])${surface.replace(/\./gu, '\\.')}(?![\\p{L}])`, 'gu'))) {
          if (!names.some((n) => n.start < match.index + surface.length && match.index < n.end)) names.push({ start: match.index, end: match.index + surface.length, type, source: 'rule' });
        }
      }
      doc.addLayer('names', names.sort((a, b) => a.start - b.start));
    },
  };
}

describe('identity annotator', () => {
  it('declares its layers', () => {
    const annotator = identityAnnotator(sampleGazetteer());
    expect([annotator.name, annotator.requires, annotator.assigns, annotator.languages]).toEqual(['identity', ['names'], ['mentions', 'entities', 'place-choices'], ['en']]);
    expect(defaultIdentityAnnotator.name).toBe('identity');
    expect(() => new Pipeline([identityAnnotator(sampleGazetteer())])).toThrow(PipelineError);
  });

  it('adds mentions and entities: the US in all its names, Washington for its government', () => {
    // 004_5d7c6874267d2a7f and the sentences test's U.S. sentence
    const text =
      'The aid package was stalled in the U.S. Congress for six months by Republican opposition. ' +
      'A week ago, on CBS, US House Democratic Leader Hakeem Jeffries warned that US troops might have to fight Russia directly if Washington’s Ukrainian puppet regime collapses. ' +
      'He said: “We can’t let Ukraine fall because if it does, then there’s a significant likelihood that America will have to get into the conflict.” ' +
      'The president flew to Washington on Monday.';
    const doc = new Document(text, { ...emptyMeta(), language: 'en' });
    const specs = [['U.S.', 'GPE'], ['US', 'GPE'], ['America', 'GPE'], ['Washington', 'GPE'], ['Russia', 'GPE'], ['Ukraine', 'GPE'], ['Ukrainian', 'NORP'], ['Hakeem Jeffries', 'PERSON']] as const;
    new Pipeline([namesOf(specs), identityAnnotator(sampleGazetteer())]).run(doc);
    const mentions = doc.layer<MentionSpan>('mentions');
    const entities = doc.layer<EntitySpan>('entities');
    const link = (surface: string, nth = 0) => mentions.filter((m) => m.text === surface)[nth]?.entity;
    expect([link('U.S.'), link('US'), link('US', 1), link('America'), link('Washington')]).toEqual(Array(5).fill('united-states'));
    expect(link('Washington', 1)).toBe('washington-d-c');
    const us = entities.find((e) => e.id === 'united-states')!;
    expect(us).toMatchObject({ name: 'United States', type: 'GPE', wikidata: 'Q30', aliases: ['U.S.', 'US', 'Washington', 'America'] });
    // reason: an entity record carries the span of its first mention
    expect(text.slice(us.start, us.end)).toBe('U.S.');
    expect(entities.find((e) => e.id === 'hakeem-jeffries')).toMatchObject({ name: 'Hakeem Jeffries', type: 'PERSON', aliases: ['Hakeem Jeffries'] });
    expect(mentions.map((m) => m.text)).toEqual(mentions.map((m) => text.slice(m.start, m.end)));
  });

  it('loads a lazy gazetteer once, on the first document', () => {
    let loads = 0;
    const annotator = identityAnnotator(() => {
      loads++;
      return sampleGazetteer();
    });
    expect(loads).toBe(0);
    const pipeline = new Pipeline([namesOf([['Kharkov', 'GPE']]), annotator]);
    for (const text of ['Russia launches offensive on Kharkov.', 'Troops north of Kharkov.']) pipeline.run(new Document(text, { ...emptyMeta(), language: 'en' }));
    expect(loads).toBe(1);
  });

  it.skipIf(!existsSync(SEED_004) || !existsSync(GAZETTEER_PATH))('runs over the shipped gazetteer (skipped without the seed or models/gazetteer.json.gz)', () => {
    const doc = new Document(readFileSync(SEED_004, 'utf8'), { ...emptyMeta(), language: 'en' });
    new Pipeline([namesOf([['Kharkov', 'GPE'], ['Kiev', 'GPE'], ['Volodymyr Zelensky', 'PERSON'], ['Zelensky', 'PERSON']]), defaultIdentityAnnotator]).run(doc);
    const mentions = doc.layer<MentionSpan>('mentions');
    expect(new Set(mentions.filter((m) => m.text === 'Kharkov').map((m) => m.entity))).toEqual(new Set(['kharkiv']));
    expect(new Set(mentions.filter((m) => m.text.startsWith('Volodymyr') || m.text === 'Zelensky').map((m) => m.entity)).size).toBe(1);
  });
});
