import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, languageAnnotator } from './language.js';
import { Document } from '../document.js';
import { emptyMeta } from '../../format/analysis.js';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds', import.meta.url));
const NEWS = fileURLToPath(new URL('../../../../shared/data/news/guardian-nyt', import.meta.url));

const RUSSIAN =
  'Российские войска в ночь на понедельник нанесли массированный удар ракетами и беспилотниками по энергетической инфраструктуре Украины. ' +
  'Об этом сообщили в Министерстве обороны России, добавив, что все намеченные цели были поражены. ' +
  'Украинские военные заявили, что силы противовоздушной обороны сбили большую часть ракет.';

const UKRAINIAN =
  'Російські війська в ніч на понеділок завдали масованого удару ракетами та безпілотниками по енергетичній інфраструктурі України. ' +
  'Про це повідомили в Повітряних силах, додавши, що більшість ракет вдалося збити. ' +
  'Унаслідок атаки без світла залишилися сотні тисяч споживачів у Харківській області.';

function txtFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Every n-th article of the folder, so the sample is spread over the whole period and the same on every run. */
function sample(files: string[], size: number): string[] {
  const step = Math.max(1, Math.floor(files.length / size));
  return files.filter((_, i) => i % step === 0).slice(0, size);
}

describe('detectLanguage', () => {
  it('a Russian paragraph is Russian', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
  });

  it('a Ukrainian paragraph is not English (nor Russian)', () => {
    const language = detectLanguage(UKRAINIAN);
    expect(language).not.toBe('en');
    expect(language).not.toBeNull();
    expect(language).toBe('uk');
  });

  it.each([
    // reason: three Latin words are too few for franc's trigrams to be trusted
    ['Russian troops advanced'],
    // reason: a short by-line is no evidence of a language
    ['By Andrew Murray'],
    // reason: no letters at all
    ['2024-05-20 12:00 — 1,000'],
    // reason: nothing
    [''],
  ])('%j cannot be told (null)', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it.each([
    // reason: a Cyrillic headline too short for franc is still certainly not English
    ['Удар по Харкову', 'und-Cyrl'],
    // reason: the same for Arabic script
    ['قصف خاركيف', 'und-Arab'],
  ])('%j is told apart by its script alone (%s)', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('an English paragraph is English', () => {
    expect(
      detectLanguage(
        'Russian forces launched a massive missile attack on Kharkiv overnight, damaging the main thermal power plant and leaving more than 200,000 households without electricity, the regional governor said.',
      ),
    ).toBe('en');
  });
});

describe('languageAnnotator', () => {
  it('keeps a language the sidecar gave, even when the text looks like another', () => {
    const doc = new Document(RUSSIAN, { ...emptyMeta(), language: 'uk' }, { language: 'sidecar' });
    languageAnnotator.annotate(doc);
    expect(doc.meta.language).toBe('uk');
    expect(doc.metaProvenance.language).toBe('sidecar');
  });

  it('fills the language when unknown, crediting detection', () => {
    const doc = new Document(RUSSIAN, emptyMeta());
    languageAnnotator.annotate(doc);
    expect(doc.meta.language).toBe('ru');
    expect(doc.metaProvenance.language).toBe('detected');
  });

  it('leaves a too-short text unknown, with a note that it is read as English', () => {
    const doc = new Document('Russian troops advanced', emptyMeta());
    languageAnnotator.annotate(doc);
    expect(doc.meta.language).toBeNull();
    expect(doc.metaProvenance.language).toBeUndefined();
    expect(doc.notes.join(' ')).toMatch(/read as English/);
  });
});

describe.skipIf(!existsSync(SEEDS))('language of the seed articles (skipped when ../shared/corpus/seeds is absent)', () => {
  const files = existsSync(SEEDS) ? txtFiles(SEEDS) : [];
  it('there are seed articles', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s is English', (file) => {
    expect(detectLanguage(readFileSync(join(SEEDS, file), 'utf8'))).toBe('en');
  });
});

describe.skipIf(!existsSync(NEWS))('language of 50 guardian-nyt articles (skipped when ../shared/data/news/guardian-nyt is absent)', () => {
  const files = existsSync(NEWS) ? sample(txtFiles(NEWS), 50) : [];
  it('the sample has 50 articles', () => expect(files).toHaveLength(50));
  it('every article of the sample is English', () => {
    const notEnglish = files.map((f) => [f, detectLanguage(readFileSync(join(NEWS, f), 'utf8'))]).filter(([, lang]) => lang !== 'en');
    expect(notEnglish).toEqual([]);
  });
});
