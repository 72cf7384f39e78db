import { describe, it, expect } from 'vitest';
import type { Span } from '../document.js';
import { oblastOf, regionRule } from './regions.js';
import { sampleGazetteer } from './sample-gazetteer.js';

/** Spans of the given names in a text, left to right. */
function spans(text: string, names: readonly string[]): Span[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from };
  });
}

describe('regionRule: a city name standing for its region', () => {
  it.each([
    // 004_5d7c6874267d2a7f
    ['“This week, the situation in the Kharkiv region has significantly worsened,” General Oleksandr Syrskii wrote', 'Kharkiv', 'region-word'],
    ['Russian forces pushed deeper into Kharkiv oblast on Friday.', 'Kharkiv', 'region-word'],
    // 001_cab940e0a747018e
    ['The governor of Zaporizhzhya reported that missile strikes on his region had killed seven', 'Zaporizhzhya', 'governor'],
    ['Kharkiv governor Oleh Syniehubov said two people were wounded.', 'Kharkiv', 'governor'],
    // 003_3fcb7b3b48954a87
    ['Russian forces have been making more gains around the eastern Donetsk city of Bakhmut', 'Donetsk', 'place-in-region'],
  ])('%s', (text, name, rule) => {
    expect(regionRule(text, spans(text, [name]), 0)).toBe(rule);
  });

  it('reads every name of a list introduced as regions', () => {
    // 001_cab940e0a747018e
    const text =
      'they claimed to have shot down 38 of 63 drones launched at nine regions of Ukraine: Odesa, Mykolayiv, Kyiv, Sumy, Kirovohrad, Zhytomyr, Cherkasy, Chernihiv and Zaporizhzhya.';
    const list = spans(text, ['Odesa', 'Mykolayiv', 'Kyiv', 'Sumy', 'Kirovohrad', 'Zhytomyr', 'Cherkasy', 'Chernihiv', 'Zaporizhzhya']);
    expect(list.map((_, i) => regionRule(text, list, i))).toEqual(list.map(() => 'regions-list'));
  });

  it('reads a list followed by the plural', () => {
    const text = 'Russian shelling hit the Kharkiv and Sumy regions overnight.';
    const list = spans(text, ['Kharkiv', 'Sumy']);
    expect([regionRule(text, list, 0), regionRule(text, list, 1)]).toEqual(['regions-after-list', 'regions-after-list']);
  });

  it.each([
    // 004_5d7c6874267d2a7f: the city
    ['seizing areas north of Kharkov, Ukraine’s second-largest city.', 'Kharkov'],
    ['Some press outlets speculate that the Sever Group could take both Kharkov and the nearby city of Sumy.', 'Sumy'],
    // 001_cab940e0a747018e: "a city southeast of Donetsk" is the city
    ['In October, Russian troops took Vuhledar, a city southeast of Donetsk, and began threatening Toretsk', 'Donetsk'],
    // reason: "regions," then a capital that speaks: not a list of regions
    ['Russia struck energy facilities in several regions, Kyiv said.', 'Kyiv'],
  ])('%s: not a region', (text, name) => {
    expect(regionRule(text, spans(text, [name]), 0)).toBeNull();
  });
});

describe('oblastOf', () => {
  const gazetteer = sampleGazetteer();
  it('finds "<Name> Oblast" by the canonical name, so an old spelling finds it too', () => {
    expect(oblastOf(gazetteer, 'Kharkov', gazetteer.byId('kharkiv'))?.id).toBe('kharkiv-oblast');
    expect(oblastOf(gazetteer, 'Kursk', undefined)?.id).toBe('kursk-oblast');
  });
  it('finds nothing for a region that is no oblast', () => {
    expect(oblastOf(gazetteer, 'Donbas', gazetteer.byId('donbas'))).toBeUndefined();
  });
});
