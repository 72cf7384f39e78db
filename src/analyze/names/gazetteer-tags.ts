/**
 * @module analyze/names/gazetteer-tags
 *
 * The gazetteer's verdict on each word of a sentence, as a feature for the
 * recognizer ("B-LOC", "I-ORG"…). Not wired to the gazetteer yet: the
 * baseline model trains without it.
 */
export type GazetteerTagger = ((words: readonly string[]) => Array<string | undefined>) | null;

export function gazetteerTagger(): GazetteerTagger {
  return null;
}
