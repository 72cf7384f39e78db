/**
 * @module analyze/quotes/phrases
 *
 * The speaker phrase beside a cue, found by walking words rather than
 * parsing: back from the verb over auxiliaries and adverbs ("has always
 * argued"), then over the noun phrase to a clause boundary. An appositive
 * or relative clause between commas ("Boris Johnson, who traveled to Kyiv…,
 * said") is stepped over to the subject before it, so that the name inside
 * the clause is not taken for the speaker.
 */
import { SUBJECT_FILLERS } from './cues.js';
import { isPunct, type Word } from './words.js';

/** Words that end a subject phrase when walking back from its verb. */
const CLAUSE_WORDS = new Set(['and', 'but', 'that', 'which', 'who', 'whom', 'as', 'while', 'when', 'because', 'if', 'since', 'although', 'though', 'where', 'after', 'before', 'so', 'than', 'what', 'whether']);
const MAX_PHRASE = 12;

/** The subject phrase of the verb at `words[verb]`, or [] when none stands before it in its sentence. */
export function subjectBefore(words: readonly Word[], verb: number): Word[] {
  let i = verb - 1;
  while (i >= 0 && SUBJECT_FILLERS.has(words[i]!.lower)) i--;
  // "Sen. Lindsey Graham (R-S.C.) told": the bracket is no part of the subject.
  if (i >= 0 && words[i]!.text === ')') {
    const open = words.slice(0, i).map((w) => w.text).lastIndexOf('(');
    if (open >= 0 && i - open <= 8) i = open - 1;
  }
  // "Syrskii, the commander of Ukraine's forces, wrote": step over the comma-enclosed clause, and
  // over a second description before it ("Ursula von der Leyen, the head of the Commission, the bloc's executive arm, said").
  for (let steps = 0; steps < 3 && i >= 0 && words[i]!.text === ','; steps++) {
    const opening = previousComma(words, i - 1);
    if (opening < 0 || i - opening > 20) break;
    const description = /^(the|a|an|its|his|her|their)$/.test(words[opening + 1]?.lower ?? '');
    i = opening - 1;
    while (i >= 0 && SUBJECT_FILLERS.has(words[i]!.lower)) i--;
    if (!description) break;
    const before = previousComma(words, i);
    if (before < 0 || !/^(the|a|an|its|his|her|their)$/.test(words[before + 1]?.lower ?? '')) break;
    i = before - 1;
  }
  // "Serhiy Hnezdilov, a soldier who publicly announced": the speaker is who "who" stands for.
  if (i >= 0 && words[i]!.lower === 'who') {
    i--;
    let j = i;
    while (j >= 0 && i - j < 6 && !isPunct(words[j]!)) j--;
    if (j >= 0 && words[j]!.text === ',' && /^(a|an|the)$/.test(words[j + 1]?.lower ?? '')) i = j - 1;
  }
  const end = i;
  while (i >= 0 && end - i < MAX_PHRASE) {
    const word = words[i]!;
    if (isPunct(word) && !/^[-–&]$/.test(word.text)) break;
    if (CLAUSE_WORDS.has(word.lower)) break;
    i--;
  }
  return words.slice(i + 1, end + 1).filter((w) => !isPunct(w) || w.text === '-');
}

/** A name or description right after a verb ("…,” said Zelensky), up to the next punctuation. */
export function phraseAfter(words: readonly Word[], from: number): Word[] {
  const phrase: Word[] = [];
  for (let i = from; i < words.length && phrase.length < MAX_PHRASE; i++) {
    const word = words[i]!;
    if (isPunct(word) || CLAUSE_WORDS.has(word.lower)) break;
    phrase.push(word);
  }
  return phrase;
}

function previousComma(words: readonly Word[], from: number): number {
  for (let i = from; i >= 0; i--) {
    const text = words[i]!.text;
    if (text === ',') return i;
    if (/^[.;:!?“”"]$/.test(text)) return -1;
  }
  return -1;
}
