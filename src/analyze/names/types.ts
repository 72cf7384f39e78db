/**
 * @module analyze/names/types
 *
 * What the name layers hold. The recognizer (annotators/names.ts) adds the
 * `names` layer: typed spans with no identity yet. The identity annotator
 * (annotators/identity.ts) reads them and adds `mentions` (the format's
 * Mention, with an entity id) and `entities`.
 */
import type { Span } from '../document.js';

/** FORMAT.md's mention types. */
export const MENTION_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'WEAPON', 'MISC'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

/** A token: a span of the `tokens` layer. */
export type Token = Span;

/** A recognized name, before identity: CoNLL span conventions (no titles, no determiners, possessive 's outside). */
export interface Name extends Span {
  type: MentionType;
  /** Which part of the recognizer decided: the trained model, the gazetteer, or a rule. */
  source: 'model' | 'gazetteer' | 'rule';
  /** The gazetteer entry the name matched, when it matched one. */
  gazetteerId?: string;
}
