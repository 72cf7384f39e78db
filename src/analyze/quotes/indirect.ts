/**
 * @module analyze/quotes/indirect
 *
 * Reported speech: a speech verb and the clause it reports ("Syrskiy said
 * yesterday that the Kremlin is massing 45,000 troops"), a claim noun and
 * its that-clause ("Le Monde’s claims that…"), "according to X", and the
 * parenthetical cue ("These forces, he said, aim to…"). The span is the
 * reported clause: from after "that" (or the verb, when "that" is left
 * out) to the end of the clause — the sentence's end, or a break that
 * starts another clause (", but", ", with", "; ", ": ", " — ").
 * Verbs inside direct quotes are the speaker's words, not attribution.
 */
import type { Span } from '../document.js';
import type { QuoteCandidate } from './candidates.js';
import { CLAIM_NOUN, DIRECT_ONLY_VERB, HEARER_VERB, SPEECH_VERB } from './cues.js';
import { phraseAfter, subjectBefore } from './phrases.js';
import type { Speaker, SpeakerResolver } from './speakers.js';
import { isPossessive, isPunct, wordsIn, type Word } from './words.js';

/**
 * Words after a speech verb that show no reported clause follows ("said in
 * a statement", "told reporters", "said so"): a clause whose "that" was
 * left out starts with anything else.
 */
const NOT_CLAUSE_START = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'of', 'about', 'after', 'before', 'during', 'through', 'so', 'as',
  'and', 'or', 'but', 'nothing', 'anything', 'something', 'yes', 'no', 'reporters', 'journalists', 'what', 'how', 'why',
  'when', 'where', 'whether', 'which', 'who', 'this', 'otherwise', 'goodbye', 'hello', 'sorry', 'thanks', 'thank', 'up',
  'out', 'off', 'over', 'back', 'again', 'later', 'earlier', 'instead', 'publicly', 'privately',
]);
/** Words after a comma that begin a new clause, ending the reported one. */
const CLAUSE_BREAKERS = new Set(['but', 'with', 'suggesting', 'adding', 'saying', 'which', 'while', 'although', 'though', 'whereas', 'according', 'noting', 'citing', 'prompting', 'he', 'she', 'they']);
/** A clause that opens with these goes on past its comma: "if the front lines collapsed, he might send troops". */
const PRONOUN_BREAKERS = new Set(['he', 'she', 'they']);
const SUBORDINATORS = new Set(['if', 'when', 'unless', 'once', 'after', 'before', 'because', 'as', 'while', 'until', 'although', 'though']);
/** Before a verb, these make it no cue: "to say", "was said to", "be reported". */
const NOT_A_CUE_BEFORE = new Set(['to', 'was', 'were', 'is', 'be', 'been', 'being', 'are', "it's", 'not', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'unconfirmed', 'unverified']);
/** Speech verbs whose infinitive complement is the claim ("claimed to have", "vowed to retake"). */
const INFINITIVE_VERB = new Set(['claim', 'claims', 'claimed', 'claiming', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'promise', 'promises', 'promised', 'threaten', 'threatens', 'threatened', 'threatening']);
const BASE_FORM_SUBJECT = new Set(['i', 'we', 'they', 'you', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'do', 'does', 'also', 'often', 'now', 'still', 'people', 'police', 'media', 'press']);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const THAT_REACH = 9;
const MIN_CLAUSE_WORDS = 3;

export function indirectQuotes(text: string, sentences: readonly Span[], direct: readonly Span[]): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  for (const sentence of sentences) {
    const words = wordsIn(text, sentence.start, sentence.end);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (direct.some((d) => d.start <= word.start && word.end <= d.end)) continue;
      const found =
        word.lower === 'according' && words[i + 1]?.lower === 'to'
          ? accordingTo(words, i)
          : SPEECH_VERB.has(word.lower) && !DIRECT_ONLY_VERB.has(word.lower)
            ? reportedClause(words, i)
            : CLAIM_NOUN.has(word.lower)
              ? claimClause(words, i)
              : null;
      if (found && found.content.length >= MIN_CLAUSE_WORDS && !overlapsDirectStart(found.content, direct)) {
        const content = found.content;
        candidates.push({
          start: content[0]!.start,
          end: content[content.length - 1]!.end,
          kind: 'indirect',
          cue: found.cue,
          at: found.cue[0],
          rule: found.rule,
          speaker: found.speaker,
        });
      }
    }
  }
  return candidates;
}

interface Found {
  content: Word[];
  cue: [number, number];
  rule: string;
  speaker(resolver: SpeakerResolver): Speaker;
}

/** A speech verb: "X said (that) …", "X told CNN that …", "…, claiming …", "These forces, he said, aim …". */
function reportedClause(words: readonly Word[], verb: number): Found | null {
  const word = words[verb]!;
  const previous = words[verb - 1];
  const ing = /ing$/.test(word.lower);
  // "is telling a veterans group that…" is speech in progress; "was told", "is said to" are not cues.
  const progressive = ing && previous !== undefined && PROGRESSIVE_AUX.has(previous.lower);
  if (previous && NOT_A_CUE_BEFORE.has(previous.lower) && !progressive) return null;
  const participle = ing && !progressive;
  // "the Lithuanian state railway", "a news report": an uninflected verb form is a noun unless a plural or a modal is its subject.
  const before = subjectBefore(words, verb);
  if (isBaseForm(word.lower) && !(previous && (BASE_FORM_SUBJECT.has(previous.lower) || /[^s]s$/.test(previous.lower) || conjoined(words, verb, before)))) return null;
  // "…to the trust for reclamation work, said Mr. Barrett, the lawyer for the agency.": the cue after its clause, the speaker after the verb.
  if (previous?.text === ',' && !participle) {
    const after = phraseAfter(words, verb + 1);
    const following = words[verb + 1 + after.length];
    if (after.length > 0 && after.length <= 6 && /^\p{Lu}/u.test(after[0]!.text) && (following === undefined || /^[.,!?]$/.test(following.text))) {
      const content = trimClause(words.slice(0, verb - 1));
      if (content.length && !/^[“"]/.test(content[0]!.text)) {
        return { content, cue: [word.start, word.end], rule: 'indirect-cue-after', speaker: (r) => r.resolve(after, word.start) };
      }
    }
  }
  // "Johnson traveled to Kyiv and urged Zelensky not to negotiate, said the West…": a verb whose subject is the sentence's.
  const elided = (previous?.text === ',' || previous?.lower === 'and' || previous?.lower === 'but') && !participle;
  const subject = participle || elided ? [] : before;
  const speaker = (r: SpeakerResolver): Speaker =>
    subject.length ? r.resolve(subject, word.start) : r.subjectOf(words[0]!.start, word.start, false) ?? { entity: null, how: 'none' };
  let start = -1;
  let cueEnd = word.end;
  const that = thatAfter(words, verb);
  if (that >= 0) {
    start = that + 1;
    if (HEARER_VERB.has(word.lower) && that > verb + 1) cueEnd = words[that - 1]!.end;
  } else if (INFINITIVE_VERB.has(word.lower) && words[verb + 1]?.lower === 'to') {
    // "they claimed to have shot down 38 of 63 drones": the infinitive is what is claimed.
    start = verb + 1;
  } else if (!HEARER_VERB.has(word.lower) || /^warn/.test(word.lower)) {
    const next = words[verb + 1];
    if (next && (subject.length || participle || elided) && !NOT_CLAUSE_START.has(next.lower) && !isPunct(next) && !SPEECH_VERB.has(next.lower)) start = verb + 1;
    else if (next?.text === ',' && subject.length && words[verb - subject.length - 1]?.text === ',') start = verb + 2;
  }
  if (start < 0) {
    // "Russia will win, he said." — the clause before the cue.
    if (subject.length && isSentenceEnd(words, verb + 1) && words[verb - subject.length - 1]?.text === ',') {
      const content = trimClause(words.slice(0, verb - subject.length - 1));
      return { content, cue: [word.start, word.end], rule: 'indirect-cue-after', speaker };
    }
    return null;
  }
  return { content: clauseFrom(words, start), cue: [word.start, cueEnd], rule: participle ? 'indirect-participle' : 'indirect-verb', speaker };
}

/** "X’s claims that …", "pledges from the US and its allies that …". */
function claimClause(words: readonly Word[], noun: number): Found | null {
  let i = noun + 1;
  let from: Word[] = [];
  if (words[i]?.lower === 'from' || words[i]?.lower === 'by') {
    from = phraseAfter(words, i + 1);
    const end = from.length ? words.indexOf(from[from.length - 1]!) : i;
    i = end + 1;
  }
  while (i < words.length && i - noun <= 8 && words[i]!.lower !== 'that' && !isPunct(words[i]!)) i++;
  if (words[i]?.lower !== 'that') return null;
  const owner = words[noun - 1] && isPossessive(words[noun - 1]!) ? subjectBefore(words, noun) : words[noun - 2] && isPossessive(words[noun - 2]!) ? subjectBefore(words, noun - 1) : [];
  const phrase = from.length ? from : owner;
  const cue: [number, number] = [words[noun]!.start, words[noun]!.end];
  const at = words[noun]!.start;
  const speaker = (r: SpeakerResolver): Speaker => {
    if (phrase.length) return r.resolve(phrase, at);
    const pronoun = [...words.slice(0, noun)].reverse().find((w) => /^(he|she|they)$/.test(w.lower));
    return pronoun ? r.resolve([pronoun], at) : r.subjectOf(words[0]!.start, at, false) ?? { entity: null, how: 'none' };
  };
  return { content: clauseFrom(words, i + 1), cue, rule: 'indirect-claim-noun', speaker };
}

/** "According to X, …" and "…, according to X." */
function accordingTo(words: readonly Word[], according: number): Found | null {
  const source = phraseAfter(words, according + 2);
  if (source.length === 0) return null;
  const cue: [number, number] = [words[according]!.start, words[according + 1]!.end];
  const afterSource = words.indexOf(source[source.length - 1]!) + 1;
  const content =
    according === 0 || (according <= 2 && words[afterSource]?.text === ',')
      ? clauseFrom(words, afterSource + (words[afterSource]?.text === ',' ? 1 : 0))
      : trimClause(words.slice(0, according));
  return { content, cue, rule: 'indirect-according-to', speaker: (r) => r.resolve(source, cue[0]) };
}

/** The "that" introducing the clause, a few words after the verb with no punctuation between. */
function thatAfter(words: readonly Word[], verb: number): number {
  for (let i = verb + 1; i < words.length && i - verb <= THAT_REACH; i++) {
    const word = words[i]!;
    if (word.lower === 'that') return i;
    if (isPunct(word) || SPEECH_VERB.has(word.lower)) return -1;
  }
  return -1;
}

/** The reported clause from `start` to the clause's end. */
function clauseFrom(words: readonly Word[], start: number): Word[] {
  const subordinate = SUBORDINATORS.has(words[start]?.lower ?? '');
  let end = start;
  for (; end < words.length; end++) {
    const word = words[end]!;
    if (/^[;:—–(]$/.test(word.text)) break;
    const breaker = words[end + 1]?.lower ?? '';
    if (word.text === ',' && CLAUSE_BREAKERS.has(breaker) && !(PRONOUN_BREAKERS.has(breaker) && subordinate)) break;
    // "…is “depleted” and says he will…": the subject's next statement is a quote of its own.
    if ((word.lower === 'and' || word.lower === 'but') && SPEECH_VERB.has(words[end + 1]?.lower ?? '')) break;
    if (word.text === ',' && words[end + 1]?.lower === 'and' && words[end + 2] && /^(the|then|it|he|she|they|this)$/.test(words[end + 2]!.lower)) break;
  }
  return trimClause(words.slice(start, end));
}

/** Drops punctuation at the ends of a clause (the full stop, a trailing comma, a closing mark). */
function trimClause(words: readonly Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && isPunct(words[a]!) && !/^[“"‘]$/.test(words[a]!.text)) a++;
  while (b > a && isPunct(words[b - 1]!)) b--;
  return words.slice(a, b);
}

function isSentenceEnd(words: readonly Word[], i: number): boolean {
  return i >= words.length || /^[.!?]$/.test(words[i]!.text);
}

/**
 * A clause that is a direct quote's opening ("He said, “…”") is the direct
 * quote, not reported speech; one that starts inside a direct quote ("…
 * But G7 coordination is most important,” Kishida told reporters, Reuters
 * reported) is the quoted speaker's words cut at a sentence break.
 */
function overlapsDirectStart(content: readonly Word[], direct: readonly Span[]): boolean {
  const first = content[0]!;
  return direct.some((d) => d.start <= first.start && first.start < d.end);
}

/** "Mr. Grassley and Mr. Leahy say": a plural subject made of two names (`subject` is the verb's, up to the "and"). */
function conjoined(words: readonly Word[], verb: number, subject: readonly Word[]): boolean {
  return subject.length > 0 && words[verb - subject.length - 1]?.lower === 'and';
}

/** A verb form with no ending: "say", "state", "report" (not "says", "stated", "reporting", nor the irregular pasts). */
function isBaseForm(verb: string): boolean {
  return !/(s|ed|ing)$/.test(verb) && !['said', 'told', 'wrote', 'made', 'put', 'held'].includes(verb);
}
