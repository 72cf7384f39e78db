/**
 * Who claims a figure: the quantities layer through the whole analyzer,
 * its `attributedTo` the speaker of the quote or reported clause the figure
 * stands in, and null where the writer states it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/analyze-text.js';

function claims(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text, '2024-11-08');
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.quantities.map((q) => [q.text, q.attributedTo ? names.get(q.attributedTo) ?? q.attributedTo : null]);
}

describe('quantities: who claims them', () => {
  it('credits a figure in a reported clause to its speaker', () => {
    expect(claims('Ukrainian Commander-in-Chief General Oleksandr Syrskyi said yesterday that the Kremlin is massing 45,000 troops near Kursk.')).toEqual([
      ['45,000 troops', 'Oleksandr Syrskyi'],
    ]);
  });

  it('credits a figure in a direct quote to its speaker, and one after "according to" to its source', () => {
    expect(claims('“We have lost 76 men,” Ihor Hryb told Le Monde. According to the Institute for the Study of War, Russia deployed 50,000 soldiers.')).toEqual([
      ['76 men', 'Ihor Hryb'],
      ['50,000 soldiers', 'Institute for the Study of War'],
    ]);
  });

  it('credits "they claimed to have shot down" to whom "they" refers, and leaves the writer\'s own figures unclaimed', () => {
    const found = claims('Russian drones attacked nine regions. Ukraine’s air force said it was stretched. Yesterday, they claimed to have shot down 38 of 63 drones.');
    expect(found).toContainEqual(['nine regions', null]);
    expect(found.filter(([text]) => text === '38' || text === '63 drones').map(([, who]) => who)).toEqual(['Ukraine', 'Ukraine']);
  });
});
