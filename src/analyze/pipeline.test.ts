import { describe, it, expect } from 'vitest';
import { Pipeline, PipelineError, AnnotatorFailure, type Annotator } from './pipeline.js';
import { Document, LayerError, type Span } from './document.js';
import { analyze, defaultPipeline, type ArticleInput } from './index.js';
import { emptyMeta, type Meta } from '../format/analysis.js';

function annotator(name: string, requires: string[], assigns: string[], overrides: Partial<Annotator> = {}): Annotator {
  return { name, requires, assigns, languages: 'any', annotate: () => {}, ...overrides };
}

function input(text: string, meta: Partial<Meta> = {}): ArticleInput {
  return { text, source: { path: null, url: null, format: 'txt' }, meta: { ...emptyMeta(), ...meta }, metaProvenance: {}, notes: [] };
}

const RUSSIAN = [
  'Российские войска в ночь на понедельник нанесли массированный удар ракетами и беспилотниками по энергетической инфраструктуре Украины.',
  'Об этом сообщили в Министерстве обороны России, добавив, что все намеченные цели были поражены.',
  'Украинские военные заявили, что силы противовоздушной обороны сбили большую часть ракет над Киевской и Харьковской областями.',
].join(' ');

describe('Pipeline construction', () => {
  it('rejects an annotator whose requirement no earlier annotator assigns, naming both', () => {
    expect(() => new Pipeline([annotator('tokens', [], ['tokens']), annotator('entities', ['mentions'], ['entities'])])).toThrow(PipelineError);
    expect(() => new Pipeline([annotator('tokens', [], ['tokens']), annotator('entities', ['mentions'], ['entities'])])).toThrow(
      /"entities".*"mentions"/,
    );
  });

  it('rejects a requirement assigned only by a later annotator (order matters)', () => {
    expect(() => new Pipeline([annotator('entities', ['mentions'], ['entities']), annotator('mentions', [], ['mentions'])])).toThrow(
      /annotator "entities" requires "mentions"/,
    );
  });

  it('accepts the same annotators in the right order', () => {
    const pipeline = new Pipeline([annotator('mentions', [], ['mentions']), annotator('entities', ['mentions'], ['entities'])]);
    expect(pipeline.annotators.map((a) => a.name)).toEqual(['mentions', 'entities']);
  });

  it('rejects two annotators with the same name', () => {
    expect(() => new Pipeline([annotator('sentences', [], ['sentences']), annotator('sentences', [], ['sentences-2'])])).toThrow(
      /two annotators are named "sentences"/,
    );
  });

  it('the default pipeline is valid and describes every annotator', () => {
    const rows = defaultPipeline.describe();
    expect(rows.map((r) => r.name)).toEqual(['language', 'text-metadata', 'sentences', 'tokens', 'names', 'identity', 'places', 'times', 'quotes', 'quantities']);
    expect(rows.find((r) => r.name === 'text-metadata')?.languages).toBe('en');
  });
});

describe('Pipeline.run', () => {
  it('wraps a failure in AnnotatorFailure naming the failing annotator and keeping the cause', () => {
    const cause = new RangeError('offset 99 is past the end');
    const pipeline = new Pipeline([
      annotator('fine', [], ['a']),
      annotator('broken-quotes', ['a'], ['quotes'], {
        annotate: () => {
          throw cause;
        },
      }),
    ]);
    const doc = new Document('Kyiv said the strike hit a power plant.', emptyMeta());
    let failure: unknown;
    try {
      pipeline.run(doc);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AnnotatorFailure);
    expect((failure as AnnotatorFailure).annotator).toBe('broken-quotes');
    expect((failure as AnnotatorFailure).message).toContain('"broken-quotes"');
    expect((failure as AnnotatorFailure).message).toContain('offset 99 is past the end');
    expect((failure as AnnotatorFailure).cause).toBe(cause);
  });

  it('runs annotators in order, each seeing the layers of the earlier ones', () => {
    const seen: string[][] = [];
    const pipeline = new Pipeline([
      annotator('first', [], ['first'], { annotate: (doc) => doc.addLayer<Span>('first', [{ start: 0, end: 4 }]) }),
      annotator('second', ['first'], ['second'], { annotate: (doc) => void seen.push(doc.layerNames()) }),
    ]);
    const run = pipeline.run(new Document('Kyiv is the capital.', emptyMeta()));
    expect(run).toEqual({ ran: ['first', 'second'], skipped: [] });
    expect(seen).toEqual([['first']]);
  });
});

describe('Document layers', () => {
  const text = 'Russian forces shelled Kherson on Sunday.';

  it.each([
    // reason: end one past the text's length
    [{ start: 0, end: text.length + 1 }],
    // reason: a negative start
    [{ start: -1, end: 3 }],
    // reason: start after end
    [{ start: 10, end: 5 }],
    // reason: offsets must be integers (UTF-16 code units)
    [{ start: 1.5, end: 4 }],
  ])('refuses a span outside the text: %j', (span) => {
    const doc = new Document(text, emptyMeta());
    expect(() => doc.addLayer('bad', [span])).toThrow(LayerError);
    expect(doc.has('bad')).toBe(false);
  });

  it('accepts spans up to the end of the text, and an empty span at the end', () => {
    const doc = new Document(text, emptyMeta());
    doc.addLayer('ok', [{ start: 0, end: text.length }, { start: text.length, end: text.length }]);
    expect(doc.slice(doc.layer('ok')[0]!)).toBe(text);
  });

  it('refuses adding the same layer twice', () => {
    const doc = new Document(text, emptyMeta());
    doc.addLayer('places', [{ start: 23, end: 30 }]);
    expect(() => doc.addLayer('places', [{ start: 0, end: 7 }])).toThrow(/already added/);
    expect(doc.layer('places')).toEqual([{ start: 23, end: 30 }]);
  });

  it('reading a layer that was never added is an error naming it', () => {
    expect(() => new Document(text, emptyMeta()).layer('quotes')).toThrow(/"quotes"/);
  });

  it('layers are frozen: neither the list nor its spans can be edited, nor changed through the array passed in', () => {
    const doc = new Document(text, emptyMeta());
    const spans = [{ start: 23, end: 30 }];
    doc.addLayer('places', spans);
    const layer = doc.layer<Span>('places');
    expect(Object.isFrozen(layer)).toBe(true);
    expect(() => (layer as Span[]).push({ start: 0, end: 1 })).toThrow(TypeError);
    expect(() => {
      (layer[0] as Span).end = 999;
    }).toThrow(TypeError);
    // The writer's own objects moved afterwards must not move the checked layer outside the text.
    spans[0]!.end = 999;
    spans.push({ start: 0, end: 1 });
    expect(doc.layer('places')).toEqual([{ start: 23, end: 30 }]);
    expect(doc.slice(doc.layer('places')[0]!)).toBe('Kherson');
  });

  it('inferMeta keeps a field that is already known and records who filled an empty one', () => {
    const doc = new Document(text, { ...emptyMeta(), author: 'Sidecar Author' }, { author: 'sidecar' });
    doc.inferMeta('author', 'Text Author', 'text:byline');
    doc.inferMeta('dateline', 'KHERSON', 'text:dateline');
    expect(doc.meta.author).toBe('Sidecar Author');
    expect(doc.metaProvenance).toEqual({ author: 'sidecar', dateline: 'text:dateline' });
  });
});

describe('language-specific annotators on a Russian document', () => {
  it('detected Russian: text-metadata is skipped, status not_analyzed with a note, sentences still exist', () => {
    const analysis = analyze(input(RUSSIAN));
    expect(analysis.meta.language).toBe('ru');
    expect(analysis.metaProvenance.language).toBe('detected');
    expect(analysis.status).toBe('not_analyzed');
    expect(analysis.analyzer.annotators).toEqual(['language', 'sentences']);
    expect(analysis.notes.some((n) => n.includes('"ru"') && n.includes('text-metadata'))).toBe(true);
    expect(analysis.sentences.length).toBe(3);
    expect(analysis.text.slice(...analysis.sentences[1]!)).toBe(
      'Об этом сообщили в Министерстве обороны России, добавив, что все намеченные цели были поражены.',
    );
    expect(analysis.metadata).toEqual([]);
  });

  it('Russian from the sidecar is trusted even for a text that would pass as English', () => {
    const analysis = analyze(input('By Jane Doe\n\nThe text of this record happens to be English, but its sidecar says otherwise.', { language: 'ru' }));
    expect(analysis.status).toBe('not_analyzed');
    expect(analysis.meta.author).toBeNull();
    expect(analysis.sentences.length).toBe(2);
  });

  it('the same pipeline on an English document analyses it fully', () => {
    const analysis = analyze(input('KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said. Air defences shot down most of them.'));
    expect(analysis.status).toBe('analyzed');
    expect(analysis.analyzer.annotators).toEqual(['language', 'text-metadata', 'sentences', 'tokens', 'names', 'identity', 'places', 'times', 'quotes', 'quantities']);
    expect(analysis.meta.dateline).toBe('KYIV, Ukraine');
  });
});
