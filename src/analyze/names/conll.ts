/**
 * @module analyze/names/conll
 *
 * Reads CoNLL-2003 column files (TOKEN POS CHUNK NER, IOB1) into documents
 * of sentences with IOB2 tags, for training and evaluating the recognizer.
 */

export interface TaggedSentence {
  words: string[];
  /** IOB2: B-PER, I-PER, O... */
  tags: string[];
}

export type TaggedDocument = TaggedSentence[];

export function parseConll(content: string): TaggedDocument[] {
  const documents: TaggedDocument[] = [];
  let document: TaggedDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) document.push({ words, tags: toIob2(tags) });
    words = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const line of content.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '') endSentence();
    else if (columns[0] === '-DOCSTART-') endDocument();
    else {
      words.push(columns[0]!);
      tags.push(columns[columns.length - 1]!);
    }
  }
  endDocument();
  return documents;
}

/** IOB1 (an I- tag starts an entity unless it continues one of its type) to IOB2 (every entity starts with B-). */
export function toIob2(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = tags[i - 1];
    const type = tag.slice(2);
    return previous === `I-${type}` || previous === `B-${type}` ? tag : `B-${type}`;
  });
}

/** Entity spans [startToken, endToken, type] of an IOB2 sequence. */
export function entitySpans(tags: readonly string[]): Array<[number, number, string]> {
  const spans: Array<[number, number, string]> = [];
  let open: [number, number, string] | null = null;
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open[2] !== tag.slice(2)))) {
      open = [i, i + 1, tag.slice(2)];
      spans.push(open);
    } else if (tag.startsWith('I-') && open) {
      open[1] = i + 1;
    } else {
      open = null;
    }
  });
  return spans;
}
