/**
 * @module analyze/identity/identify
 *
 * One document's names to mentions and entities, in four steps:
 *
 * 1. Each name is made a form (forms.ts) and matched to a gazetteer entry
 *    on its own (gazetteer-match.ts).
 * 2. Place names whose context reads them as something else are decided
 *    first: a city standing for its region links to the oblast
 *    (regions.ts), a capital standing for its government to the country
 *    (metonymy.ts; a capital the recognizer typed ORG is its government
 *    outright). The mention keeps its type.
 * 3. The other names are chained within the document (coreference.ts).
 * 4. Each chain gets its entity from its heads, longest first: the first
 *    head that matches a gazetteer entry gives the entry; else the chain is
 *    named by its longest form (a nationality by its people: "Germans") and
 *    its id is that name's folded slug, or its acronym's (entity-ids.ts).
 *    Chains with one id are one entity.
 */
import type { Name } from '../names/types.js';
import { coordinatedLists } from './context.js';
import { corefer, type Chain } from './coreference.js';
import { nameId, peopleName } from './entity-ids.js';
import { cleanForm } from './forms.js';
import { matchEntry, type GazetteerMatch } from './gazetteer-match.js';
import { capitalOf, countryRef, readCapital, type ListNeighbour } from './metonymy.js';
import { oblastOf, regionRule } from './regions.js';
import { isPlaceType, refOf, type EntityRef, type EntitySpan, type IdentityGazetteer, type MentionSpan } from './types.js';

export interface Identified {
  mentions: MentionSpan[];
  entities: EntitySpan[];
}

interface Item {
  name: Name;
  surface: string;
  form: string;
}

export function identify(text: string, names: readonly Name[], gazetteer: IdentityGazetteer): Identified {
  const items: Item[] = [...names]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((name) => {
      const surface = text.slice(name.start, name.end);
      return { name, surface, form: cleanForm(surface, name.type) || surface };
    });

  const matches = new Map<string, GazetteerMatch | undefined>();
  const matchOf = (item: Item): GazetteerMatch | undefined => {
    const key = `${item.name.type}\u0000${item.form}\u0000${item.name.gazetteerId ?? ''}`;
    if (!matches.has(key)) matches.set(key, matchEntry(gazetteer, item.form, item.name.type, item.name.gazetteerId));
    return matches.get(key);
  };

  // 2. regions and capitals
  const refs: Array<EntityRef | undefined> = items.map(() => undefined);
  const lists = coordinatedLists(text, items.map((item) => item.name));
  items.forEach((item, i) => {
    if (item.name.type === 'ORG') {
      // A capital the recognizer took for an organisation ("Kyiv said") is its government.
      const capital = capitalOf(item.form, matchOf(item)?.entry);
      if (capital) refs[i] = countryRef(gazetteer, capital);
      return;
    }
    if (!isPlaceType(item.name.type)) return;
    const place = matchOf(item)?.entry;
    const list = lists[i]!;
    if (regionRule(text, list.map((j) => items[j]!.name), list.indexOf(i))) {
      const oblast = oblastOf(gazetteer, item.form, place);
      if (oblast) {
        refs[i] = refOf(oblast);
        return;
      }
    }
    const capital = capitalOf(item.form, place);
    if (!capital) return;
    const neighbours: ListNeighbour[] = list
      .filter((j) => j !== i)
      .map((j) => {
        const other = items[j]!;
        const entry = matchOf(other)?.entry;
        const neighbour: ListNeighbour = { type: other.name.type };
        if (entry) neighbour.entry = entry;
        const otherCapital = capitalOf(other.form, entry);
        if (otherCapital) neighbour.capital = otherCapital;
        return neighbour;
      });
    if (readCapital(text, item.name, neighbours).reading === 'government') refs[i] = countryRef(gazetteer, capital);
  });

  // 3. chains of the rest, 4. their entities
  const rest = items.map((_, i) => i).filter((i) => refs[i] === undefined);
  const chains = corefer(
    text,
    rest.map((i) => ({ start: items[i]!.name.start, end: items[i]!.name.end, type: items[i]!.name.type, form: items[i]!.form })),
    {
      knownAlone: (r) => matchOf(items[rest[r]!]!) !== undefined,
      distinct: (a, b) => {
        const ma = matchOf(items[rest[a]!]!);
        const mb = matchOf(items[rest[b]!]!);
        return ma !== undefined && mb !== undefined && ma.entry.id !== mb.entry.id;
      },
    },
  );
  for (const chain of chains) {
    const ref = chainRef(chain, rest, items, matchOf);
    for (const member of chain.members) refs[rest[member]!] = ref;
  }

  const mentions: MentionSpan[] = [];
  const entities = new Map<string, EntitySpan>();
  items.forEach((item, i) => {
    const ref = refs[i]!;
    mentions.push({ start: item.name.start, end: item.name.end, text: item.surface, type: item.name.type, entity: ref.id });
    const entity = entities.get(ref.id);
    if (!entity) entities.set(ref.id, { start: item.name.start, end: item.name.end, ...ref, aliases: [item.surface] });
    else if (!entity.aliases.includes(item.surface)) entity.aliases.push(item.surface);
  });
  return { mentions, entities: [...entities.values()] };
}

function chainRef(chain: Chain, rest: readonly number[], items: readonly Item[], matchOf: (item: Item) => GazetteerMatch | undefined): EntityRef {
  const heads = chain.heads.map((h) => items[rest[h]!]!);
  for (const head of heads) {
    const match = matchOf(head);
    if (match) return refOf(match.entry);
  }
  const longest = heads[0] ?? items[rest[chain.members[0]!]!]!;
  const type = longest.name.type;
  const name = type === 'NORP' ? peopleName(longest.form) : longest.form;
  return { id: nameId(chain.acronym ?? name, type), name, type };
}
