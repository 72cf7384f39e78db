/**
 * @module surfaces/web/layers.test
 *
 * Layer discovery reads the Analysis and its schema, never a list of names:
 * a layer added tomorrow must appear without UI work.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import { emptyMeta, type Analysis } from '../../format/analysis.js';
import { discoverLayers } from './layers.js';

const analysis: Analysis = analyze({
  text: 'By Olena Kovalenko\n\nKHARKIV, Ukraine (AP) — Drones hit the city overnight. Twelve people were hurt.',
  source: { path: null, url: null, format: 'txt' },
  meta: emptyMeta(),
  metaProvenance: {},
  notes: [],
});

describe('discoverLayers', () => {
  it('finds sentences first, then every span layer the schema declares, empty ones included', () => {
    expect(discoverLayers(analysis).map((layer) => layer.name)).toEqual(['sentences', 'metadata', 'mentions', 'places', 'times', 'quantities', 'quotes', 'events']);
  });

  it('finds the places layer of format 1.2, each span with its role and its entity, and an analysis of 1.1 without one still lists it, empty', () => {
    const places = discoverLayers(analysis).find((layer) => layer.name === 'places');
    const kharkiv = analysis.places?.find((p) => analysis.text.slice(p.start, p.end) === 'KHARKIV');
    expect(kharkiv?.role).toBe('location');
    expect(places?.spans.find((s) => s.start === kharkiv!.start)).toMatchObject({ entity: kharkiv!.entity, label: expect.stringMatching(/^entity=\S+ role=location rule=\S+ lat=/) });
    const { places: _places, ...old } = analysis;
    expect(discoverLayers(old).find((layer) => layer.name === 'places')?.spans).toEqual([]);
  });

  it('gives quotes their kind as a variant and quotes and figures an anchor; the hover names who said or claims it', () => {
    const withVoices: Analysis = {
      ...analysis,
      entities: [...analysis.entities, { id: 'olena-kovalenko', name: 'Olena Kovalenko', type: 'PERSON', aliases: [] }],
      quotes: [{ start: 44, end: 76, text: 'Drones hit the city overnight.', kind: 'direct', speaker: 'olena-kovalenko', cue: null }],
      quantities: [{ start: 77, end: 83, text: 'Twelve', value: 12, unit: 'people', dimension: 'count', approx: false, attributedTo: 'nobody-known' }],
    };
    const layers = discoverLayers(withVoices);
    expect(layers.find((l) => l.name === 'quotes')?.spans).toEqual([{ start: 44, end: 76, label: 'kind=direct speaker=Olena Kovalenko (olena-kovalenko)', variant: 'direct', anchor: 'quote-0' }]);
    // An id the article's entities do not name is shown as it is.
    expect(layers.find((l) => l.name === 'quantities')?.spans[0]).toMatchObject({ label: 'value=12 unit=people dimension=count approx=false attributedTo=nobody-known', anchor: 'quantity-0' });
    expect(layers.find((l) => l.name === 'mentions')?.spans[0]).not.toHaveProperty('anchor');
  });

  it('leaves out arrays that are not spans: entities, notes', () => {
    const names = discoverLayers({ ...analysis, notes: ['a note'], entities: [{ id: 'kharkiv', name: 'Kharkiv', type: 'GPE', aliases: [] }] }).map((l) => l.name);
    expect(names).not.toContain('entities');
    expect(names).not.toContain('notes');
  });

  it('finds a layer the schema does not know yet, from its spans alone', () => {
    const tomorrow = { ...analysis, weapons: [{ start: 3, end: 9, text: 'Olena ', kind: 'drone', count: 2 }] } as Analysis;
    const weapons = discoverLayers(tomorrow).find((layer) => layer.name === 'weapons');
    expect(weapons?.spans).toEqual([{ start: 3, end: 9, label: 'kind=drone count=2' }]);
  });

  it('labels sentence pairs by number and objects by their scalar fields, without offsets or text', () => {
    const withTime: Analysis = { ...analysis, times: [{ start: 0, end: 2, text: 'By', type: 'DATE', value: '2024-11-06' }] };
    const layers = discoverLayers(withTime);
    expect(layers[0]?.spans[1]).toMatchObject({ label: '#2' });
    expect(layers.find((l) => l.name === 'times')?.spans).toEqual([{ start: 0, end: 2, label: 'type=DATE value=2024-11-06', anchor: 'time-0' }]);
    expect(layers.find((l) => l.name === 'metadata')?.spans[0]?.label).toBe('field=author value=Olena Kovalenko rule=byline');
  });
});
