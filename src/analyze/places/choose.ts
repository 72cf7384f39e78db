/**
 * @module analyze/places/choose
 *
 * Which of a name's candidate places the document means. Each candidate gets
 * a score: a prior (what kind of place it is, how many live there, whether
 * the curated war gazetteer knows it) plus the document's evidence for it:
 *
 * - `qualifier`: the text names its country or region right after the name
 *   ("Paris, Texas", "Nenagh, Ireland");
 * - `region`: other places of the document lie in its region (a town in the
 *   Donetsk oblast when the text speaks of Donetsk oblast, Bakhmut, Toretsk);
 * - `country`: other places, peoples and national bodies of the document
 *   belong to its country (Georgia the state in a text about Atlanta and
 *   Texas, the country in one about Tbilisi and Russia);
 * - `nearby`: it lies near the other places the document names (a Pokrovsk
 *   near Bakhmut is the Donetsk one, not the Siberian one);
 * - `position`: where the name stands says what kind of place it is: after
 *   "Tacoma, " it qualifies a town, so it is a state, county or country; in a
 *   list of states ("California or Washington") it is a state.
 *
 * Scores are in orders of magnitude: a town's prior is the log10 of its
 * population, a country's that of a large nation; each kind of evidence is
 * worth up to a hundredfold, a qualifier more than anything.
 */
import type { MentionType } from '../names/types.js';
import type { PlaceCandidate } from './candidates.js';

/** One thing the document says that bears on where its places are. */
export interface Evidence {
  /** The group (entity) it comes from: a group's own evidence does not count for it. */
  group: number;
  /** The place chosen for that group: a place is no evidence for itself ("Mexico City" says nothing for "Mexico" being the city). */
  place?: string;
  country?: string;
  /** "CC.A1": a first-level division. */
  region?: string;
  point?: { lat: number; lon: number };
  weight: number;
}

/** What a qualifier names: a country, or a region of one. */
export interface QualifierTarget {
  country: string;
  region?: string;
  /** Where the region or country is, for a place that no gazetteer knows but the text places in it ("Mount Chaambi, Kasserine governorate"). */
  point?: { lat: number; lon: number };
  /** Whether it names a division or a country itself, not a town whose region it stands for ("Kyiv, Ukraine", not "Berlin, Paris"). */
  division?: boolean;
  /** Whether it names a county ("Leicestershire", "Morris County"): the region code says only the state or nation, the point says where. */
  county?: boolean;
}

/** How far from a county's point (the middle of its towns) a place in it may be. */
export const COUNTY_KM = 80;

/** Whether a place lies where a qualifier says: in its country, its region, and for a county near its point. */
export function inQualifier(q: QualifierTarget, c: { country?: string | undefined; admin1?: string | undefined; lat: number; lon: number }): boolean {
  if (q.country !== c.country) return false;
  if (q.region !== undefined && q.region !== regionKey(c.country, c.admin1)) return false;
  return !q.county || !q.point || km(q.point, c) <= COUNTY_KM;
}

export type EvidenceTerm = 'qualifier' | 'region' | 'country' | 'nearby' | 'position';

export interface Scored {
  candidate: PlaceCandidate;
  prior: number;
  score: number;
  terms: Record<EvidenceTerm, number>;
}

const QUALIFIER_BONUS = 8;
const NEARBY_BONUS = 2;
const NEARBY_KM = 150;
const COUNTRY_SCALE = 1.2;
const COUNTRY_MAX = 2.5;
const REGION_SCALE = 1.5;
const REGION_MAX = 2.5;

/** What a candidate is worth before the document says anything. */
export function prior(c: PlaceCandidate, mentionType: MentionType): number {
  let p: number;
  switch (c.kind) {
    case 'country':
      p = 9.5;
      break;
    case 'region':
      p = 7.5;
      break;
    case 'county':
      p = 4.5;
      break;
    case 'water':
    case 'area':
    case 'facility':
      p = 8;
      break;
    default: {
      p = Math.log10(Math.max(c.population, 100));
      const code = c.featureCode ?? '';
      if (code === 'PPLC') p += 2;
      else if (code === 'PPLA') p += 0.7;
      else if (code === 'PPLA2') p += 0.3;
      else if (code === 'PPLX') p -= 0.7; // a part of a city: named mostly beside it
    }
  }
  if (c.entry) p += c.entry.origin === 'curated' ? 1 : 0.3;
  if (c.ownName) p += 0.3;
  if (c.alternate) p -= c.shadowed ? 2.5 : 1;
  // A sea, a river or a plant is not a town that shares its name.
  if (mentionType !== 'GPE' && !c.entry && c.kind === 'town') p -= 1;
  return p;
}

/** Kinds of place whose point says where the document is (a country's or a continent's does not). */
export function isAnchorKind(c: PlaceCandidate): boolean {
  return c.kind === 'town' || c.kind === 'facility' || c.kind === 'region' || c.kind === 'county';
}

export function regionKey(country: string | undefined, admin1: string | undefined): string | undefined {
  return country && admin1 ? `${country}.${admin1}` : undefined;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Bonuses by kind of place that a name's position in the text gives (see `position` above). */
export type KindHints = Partial<Record<PlaceCandidate['kind'], number>>;

/** A candidate's score, with each term, given the evidence of the rest of the document. */
export function scoreCandidate(
  c: PlaceCandidate,
  group: number,
  mentionType: MentionType,
  evidence: readonly Evidence[],
  qualifiers: readonly QualifierTarget[],
  hints: KindHints = {},
): Scored {
  const p = prior(c, mentionType);
  const region = regionKey(c.country, c.admin1);
  let countryWeight = 0;
  let regionWeight = 0;
  let nearest = Infinity;
  for (const e of evidence) {
    if (e.group === group || e.place === c.id) continue;
    if (c.country && e.country === c.country) countryWeight += e.weight;
    if (region && e.region === region) regionWeight += e.weight;
    if (e.point && c.kind !== 'country') nearest = Math.min(nearest, km(e.point, c));
  }
  const terms: Record<EvidenceTerm, number> = {
    qualifier: qualifiers.some((q) => inQualifier(q, c)) ? QUALIFIER_BONUS : 0,
    region: Math.min(REGION_MAX, REGION_SCALE * Math.log2(1 + regionWeight)),
    country: countryTerm(countryWeight),
    nearby: Number.isFinite(nearest) ? NEARBY_BONUS * Math.exp(-nearest / NEARBY_KM) : 0,
    position: hints[c.kind] ?? 0,
  };
  return { candidate: c, prior: p, score: p + terms.qualifier + terms.region + terms.country + terms.nearby + terms.position, terms };
}

/** What the evidence for a candidate's country is worth. */
export function countryTerm(weight: number): number {
  return Math.min(COUNTRY_MAX, COUNTRY_SCALE * Math.log2(1 + weight));
}

/** The weight of the evidence for each country, from all groups but `group`. */
export function countryWeights(evidence: readonly Evidence[], group: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const e of evidence) if (e.group !== group && e.country) weights.set(e.country, (weights.get(e.country) ?? 0) + e.weight);
  return weights;
}

/** The country the rest of the document (all groups but `group`) speaks most of, with the weight of its evidence. */
export function dominantCountry(evidence: readonly Evidence[], group: number): { country: string; weight: number } | undefined {
  const weights = countryWeights(evidence, group);
  let top: { country: string; weight: number } | undefined;
  for (const [country, weight] of weights) if (!top || weight > top.weight) top = { country, weight };
  return top;
}

/** The best of the scored candidates (the first of equals), and the rule that says why it won. */
export function best(scored: readonly Scored[]): { chosen: Scored; rule: string } | undefined {
  if (scored.length === 0) return undefined;
  let chosen = scored[0]!;
  for (const s of scored) if (s.score > chosen.score) chosen = s;
  if (scored.length === 1) return { chosen, rule: 'only-candidate' };
  let byPrior = scored[0]!;
  for (const s of scored) if (s.prior > byPrior.prior) byPrior = s;
  if (byPrior === chosen) return { chosen, rule: 'prior' };
  // The term that most separates the winner from the candidate the prior alone would have taken.
  const terms: EvidenceTerm[] = ['qualifier', 'region', 'country', 'nearby', 'position'];
  let rule: EvidenceTerm = 'country';
  let gain = -Infinity;
  for (const t of terms) {
    const g = chosen.terms[t] - byPrior.terms[t];
    if (g > gain) {
      gain = g;
      rule = t;
    }
  }
  return { chosen, rule };
}
