/**
 * @module analyze/quotes/direct
 *
 * Direct quotes: the passages in quotation marks (marks.ts) that are words
 * someone said, and a colon-introduced block ("La Vigie stated:" then a
 * paragraph). A quote's cue is looked for after it ("…,” an official
 * said), then before it ("He said: “…”", "…,” he said, “…”"), then in its
 * sentence ("called on NATO to be “ready to act”": the sentence's speaker);
 * a quote with none beside it continues the last speaker's words. Scare
 * quotes and titles ("optimists", “Victory Plan”) are not quotes.
 */
import type { Span } from '../document.js';
import { DIRECT_ONLY_VERB, HEARER_VERB, SPEECH_VERB } from './cues.js';
import type { QuoteCandidate } from './candidates.js';
import type { Speaker, SpeakerResolver } from './speakers.js';
import { quotedPassages, type QuotedPassage } from './marks.js';
import { phraseAfter, subjectBefore } from './phrases.js';
import { isPunct, wordsIn, type Word } from './words.js';

/** Words before a one-word quote that make it a label, not speech: "some “optimists”", "so-called “referendums”". */
const SCARE_BEFORE = new Set(['some', 'the', 'a', 'an', 'these', 'those', 'so-called', 'called', 'dubbed', 'termed', 'branded', 'many', 'its', 'their', 'his', 'her', 'our', 'are', 'of', 'to']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'for', 'to', 'on', 'at', 'by', 'with', 'or']);
/** How many words after a closing mark may hold its cue (“…,” General Oleksandr Syrskii, the commander…, wrote). */
const AFTER_REACH = 24;
const BEFORE_REACH = 10;

export function directQuotes(text: string, sentences: readonly Span[]): QuoteCandidate[] {
  const passages = [...quotedPassages(text), ...blockPassages(text)].sort((a, b) => a.start - b.start);
  const candidates: QuoteCandidate[] = [];
  let previousClose = 0;
  for (const passage of passages) {
    if (isLabel(text, passage)) continue;
    candidates.push(candidateFor(text, sentences, passage, previousClose));
    previousClose = passage.close + 1;
  }
  return candidates;
}

function candidateFor(text: string, sentences: readonly Span[], passage: QuotedPassage, previousClose: number): QuoteCandidate {
  const base = { start: passage.start, end: trimQuoteEnd(text, passage.start, passage.end), kind: 'direct' as const };
  const after = cueAfter(text, passage);
  if (after) return { ...base, cue: span(after.verb), at: passage.start, rule: 'direct-cue-after', speaker: (r) => r.resolve(after.phrase, after.verb.start) };
  const before = cueBefore(text, passage, Math.max(previousClose, cueLineStart(text, passage.open)));
  if (before) return { ...base, cue: before.cue, at: before.verb.start, rule: 'direct-cue-before', speaker: (r) => r.resolve(before.phrase, before.verb.start) };
  const sentence = sentences.find((s) => s.start <= passage.open && passage.open < s.end);
  const sentenceStart = sentence ? sentence.start : lineStart(text, passage.open);
  const opensSentence = text.slice(sentenceStart, passage.open).trim() === '';
  if (!opensSentence) {
    const words = wordsIn(text, sentenceStart, passage.open);
    const verb = lastIndex(words, (w) => SPEECH_VERB.has(w.lower));
    // A person named in the sentence, else one it speaks of as "he" ("The Guardian published plans he discussed…, calling for “…”"), else its subject.
    const bySubject = (r: SpeakerResolver): Speaker =>
      (r.namesPersonIn(sentenceStart, passage.open) ? null : pronounSpeaker(r, words, /^(he|she)$/)) ??
      r.subjectOf(sentenceStart, passage.open, true) ??
      pronounSpeaker(r, words, /^(he|she|they)$/) ?? { entity: null, how: 'none' };
    if (verb >= 0 && !/ing$/.test(words[verb]!.lower)) {
      const phrase = subjectBefore(words, verb);
      const at = words[verb]!.start;
      return {
        ...base, cue: span(words[verb]!), at, rule: 'direct-in-sentence',
        speaker: (r) => {
          const speaker = r.resolve(phrase, at);
          return speaker.how === 'none' ? bySubject(r) : speaker;
        },
      };
    }
    return { ...base, cue: verb >= 0 ? span(words[verb]!) : null, at: passage.open, rule: 'direct-sentence-subject', speaker: bySubject };
  }
  return { ...base, cue: null, at: passage.open, rule: 'direct-continues', speaker: (r) => r.lastSpeaker(passage.open) ?? { entity: null, how: 'none' } };
}

/** “…,” an administration official said / “…,” said Zelensky. */
function cueAfter(text: string, passage: QuotedPassage): { verb: Word; phrase: Word[] } | null {
  if (!passage.closed) return null;
  const words = wordsIn(text, passage.close + 1, Math.min(text.length, lineEnd(text, passage.close + 1)));
  if (words.length === 0 || !(words[0]!.text === ',' || /[,?!—–-]$/.test(text.slice(passage.start, passage.close).trim()) || /^\s+\p{Ll}/u.test(text.slice(passage.close + 1)))) return null;
  let i = words[0]!.text === ',' ? 1 : 0;
  const first = i;
  // "“strategic success,” but then warned that…": a new clause of the same sentence, not a cue for the quote.
  if (/^(but|and|or|then|while|which|as)$/.test(words[i]?.lower ?? '')) return null;
  for (; i < words.length && i - first < AFTER_REACH; i++) {
    const word = words[i]!;
    if (/^[.;:!?“"]$/.test(word.text)) return null;
    if (!SPEECH_VERB.has(word.lower)) continue;
    const phrase = i === first ? phraseAfter(words, i + 1) : subjectBefore(words.slice(first), i - first);
    return { verb: word, phrase };
  }
  return null;
}

/** He said: “…” / Asseyev added, “…” / told the daily: “…” / …,” he said, “…”. */
function cueBefore(text: string, passage: QuotedPassage, from: number): { verb: Word; phrase: Word[]; cue: [number, number] } | null {
  const words = wordsIn(text, from, passage.open);
  const last = words[words.length - 1];
  if (!last || !/^[:,]$/.test(last.text)) return null;
  for (let i = words.length - 2; i >= 0 && words.length - 1 - i <= BEFORE_REACH; i--) {
    const word = words[i]!;
    if (isPunct(word) && i < words.length - 2 && word.text !== ',') return null;
    if (!SPEECH_VERB.has(word.lower)) continue;
    const cueEnd = HEARER_VERB.has(word.lower) ? words[words.length - 2]!.end : word.end;
    return { verb: word, phrase: subjectBefore(words, i), cue: [word.start, cueEnd] };
  }
  return null;
}

/** "Admitting to “partial successes” of the Russian troops, he said:" — a pronoun subject later in the sentence. */
function pronounSpeaker(resolver: SpeakerResolver, words: readonly Word[], pronouns: RegExp): Speaker | null {
  const pronoun = words.find((w) => pronouns.test(w.lower));
  return pronoun ? resolver.resolve([pronoun], pronoun.start) : null;
}

/**
 * A label rather than speech: a title in capitals (“Victory Plan”), or one
 * word after a determiner ("some “optimists”"), or anything "so-called".
 */
function isLabel(text: string, passage: QuotedPassage): boolean {
  const content = text.slice(passage.start, passage.end).trim();
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/\p{L}/u.test(content)) return true;
  const before = text.slice(Math.max(0, passage.open - 24), passage.open).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (before === 'so-called') return true;
  const titled = words.length <= 6 && !/[.!?,;:]$/.test(content) && words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
  if (titled && words.some((w) => /^\p{Lu}/u.test(w))) return true;
  return words.length === 1 && SCARE_BEFORE.has(before);
}

/**
 * "La Vigie stated:" closing a paragraph, then a paragraph with no marks:
 * that paragraph is the quote.
 */
function blockPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  const re = /:[ \t]*\n\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    if (/^[“"„«]/.test(text.slice(start))) continue;
    const words = wordsIn(text, lineStart(text, m.index), m.index);
    const tail = words.slice(-3);
    if (!tail.some((w) => SPEECH_VERB.has(w.lower) && !DIRECT_ONLY_VERB.has(w.lower))) continue;
    const end = lineEnd(text, start);
    if (end > start) passages.push({ start, end, open: start - 1, close: end, paragraphs: 1, closed: false });
  }
  return passages;
}

function trimQuoteEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function span(word: Word): [number, number] {
  return [word.start, word.end];
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/**
 * Where the cue of a quote may start: its own line, or the line before when
 * that line ends with a colon ("The New York Times reports:" then a quoted
 * paragraph).
 */
function cueLineStart(text: string, open: number): number {
  const own = lineStart(text, open);
  if (text.slice(own, open).trim() !== '') return own;
  const before = text.slice(0, own).trimEnd();
  return before.endsWith(':') ? lineStart(text, before.length) : own;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
}
