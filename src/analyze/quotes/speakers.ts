/**
 * @module analyze/quotes/speakers
 *
 * Who a speaker phrase stands for. The phrase is the subject of a cue
 * ("NATO Secretary-General Jens Stoltenberg said") or the words beside a
 * quote ("…,” an administration official said). In order:
 *
 * 1. A name that ends the phrase ("…Jens Stoltenberg"), or owns its head
 *    ("The Russian Ministry of Defense’s Telegram channel").
 * 2. A pronoun: "he"/"she" is the last person quoted, if one was quoted
 *    lately, else the last person named; "they"/"it" likewise for groups,
 *    organisations and countries. The last speaker wins over the last name
 *    because news quotes one voice for several sentences while naming
 *    others ("He said he expected…" after "one Ukrainian officer told CNN"
 *    is the officer, not someone named in between).
 * 3. A title the text gave a person ("Ukraine’s commander-in-chief" after
 *    "Commander-in-Chief General Oleksandr Syrskiy").
 * 4. An outlet description ("the report said") is the last organisation
 *    quoted.
 * 5. Anything else ("an administration official", "one Ukrainian officer")
 *    names nobody: no speaker, the description kept.
 */
import type { MentionSpan } from '../identity/types.js';
import type { MentionType } from '../names/types.js';
import { ANONYMOUS_HEAD, GROUP_PRONOUN, OUTLET_DESCRIPTION, PERSON_PRONOUN } from './cues.js';
import { isPossessive, stem, type Word } from './words.js';

export interface Speaker {
  entity: string | null;
  /** The phrase, when it is not a name. */
  text?: string;
  /** Where the words that stand for the speaker are (a name, a pronoun, a description); absent when the speaker was carried over. */
  span?: [number, number];
  how: 'name' | 'owner' | 'pronoun' | 'title' | 'outlet' | 'anonymous' | 'reported-clause' | 'none';
}

/** A person or a group: what a pronoun may refer back to. */
type SpeakerClass = 'person' | 'group';

// MISC speaks too: channels and newsletters ("Military Summary") are often typed so.
const SPEAKER_TYPES = new Set<MentionType>(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'MISC']);
/** How far back (characters) a pronoun looks for the last speaker before it falls back to the last name. */
const LAST_SPEAKER_REACH = 900;

export class SpeakerResolver {
  private readonly mentions: readonly MentionSpan[];
  private readonly titles = new Map<string, Array<{ at: number; entity: string }>>();
  /** The last organisation quoted: "the report said" is its report, whoever spoke in between. */
  private lastOutlet: string | null = null;
  private last: { entity: string | null; cls: SpeakerClass; type: MentionType | null; at: number; span?: [number, number] } | null = null;

  constructor(
    private readonly text: string,
    mentions: readonly MentionSpan[],
  ) {
    this.mentions = mentions.filter((m) => SPEAKER_TYPES.has(m.type));
    this.indexTitles();
  }

  /** Resolves the words of a speaker phrase, at the offset of its cue; records the result as the last speaker. */
  resolve(phrase: readonly Word[], at: number): Speaker {
    const resolved = this.resolvePhrase(phrase, at);
    const speaker: Speaker = phrase.length ? { ...resolved, span: [phrase[0]!.start, phrase[phrase.length - 1]!.end] } : resolved;
    this.remember(speaker, phrase, at);
    return speaker;
  }

  /** The speaker of the sentence before, for a quote that carries none of its own ("“…” Another added"). */
  lastSpeaker(at: number): Speaker | null {
    if (!this.last || at - this.last.at > LAST_SPEAKER_REACH) return null;
    return { entity: this.last.entity, how: 'pronoun', ...(this.last.span ? { span: this.last.span } : {}) };
  }

  /** Whether a stretch names a person. */
  namesPersonIn(start: number, end: number): boolean {
    return this.mentions.some((m) => m.type === 'PERSON' && m.start >= start && m.end <= end);
  }

  /**
   * The subject of a stretch with no cue beside its quote: the last person
   * named in it ("Macron went on X to call on NATO to be “ready to act”"),
   * else its first name that can speak, read through a title chain
   * ("Ukrainian President Volodymyr Zelensky" is Zelensky, not Ukrainians).
   * A nationality before an anonymous head ("Western leaders") names nobody.
   */
  subjectOf(start: number, end: number, preferPerson: boolean): Speaker | null {
    // A name after a preposition ("In an interview with CBS News, …") is not the subject.
    const all = this.mentions.filter((m) => m.start >= start && m.end <= end && m.type !== 'LOC');
    const subjects = all.filter((m) => !afterPreposition(this.text, m.start));
    const inside = subjects.length ? subjects : all;
    // A name opening the sentence is its subject ("The Kremlin swiftly dismissed Erdogan's plan … as “unacceptable”");
    // else the last person named ("This weekend, as …, Macron went on X to call on NATO to be “ready to act”").
    const opening = inside[0] && /^\s*(?:the\s+)?$/i.test(this.text.slice(start, inside[0].start)) ? inside[0] : undefined;
    const person = preferPerson && !opening ? inside.filter((m) => m.type === 'PERSON').pop() : undefined;
    let mention = opening ?? person ?? inside[0];
    if (!mention) return null;
    for (let next = inside[inside.indexOf(mention) + 1]; next && isTitleChain(this.text.slice(mention.end, next.start)); next = inside[inside.indexOf(next) + 1]) {
      mention = next;
    }
    const following = this.text.slice(mention.end, mention.end + 30).match(/^\s+(\p{Ll}+)/u)?.[1];
    if (mention.type !== 'PERSON' && following && ANONYMOUS_HEAD.has(following)) {
      this.last = { entity: null, cls: following.endsWith('s') ? 'group' : 'person', type: null, at: mention.start };
      const end = mention.end + 1 + following.length;
      return { entity: null, text: this.text.slice(mention.start, end), how: 'anonymous', span: [mention.start, end] };
    }
    const speaker: Speaker = { entity: mention.entity, how: 'name', span: [mention.start, mention.end] };
    this.remember(speaker, [], mention.start, mention.type);
    return speaker;
  }

  private resolvePhrase(phrase: readonly Word[], at: number): Speaker {
    if (phrase.length === 0) return { entity: null, how: 'none' };
    const text = this.text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
    // "the governor of Zaporizhzhia": the head is the noun before "of", the name only its complement.
    // A person after "of" is still the one meant ("the case of Serhiy Hnezdilov").
    const head = phrase[phrase.length - 1]!;
    const of = phrase.findIndex((w, i) => w.lower === 'of' && i > 0 && /^\p{Ll}/u.test(phrase[i - 1]!.text));
    if (of > 0 && this.mentionEndingAt(head.end)?.type !== 'PERSON') return this.resolvePhrase(phrase.slice(0, of), at);
    const headMention = this.mentionEndingAt(head.end) ?? this.mentionEndingAt(head.end - 2);
    if (headMention && !ANONYMOUS_HEAD.has(stem(head))) return { entity: headMention.entity, how: 'name' };
    if (phrase.length === 1 && PERSON_PRONOUN.has(head.lower)) return this.pronoun('person', at, text);
    if (phrase.length === 1 && GROUP_PRONOUN.has(head.lower)) return this.pronoun('group', at, text);
    const titled = this.titled(phrase, at);
    if (titled) return { entity: titled, text, how: 'title' };
    const owner = this.owner(phrase);
    if (owner && !ANONYMOUS_HEAD.has(stem(head))) return { entity: owner.entity, how: 'owner' };
    if (OUTLET_DESCRIPTION.has(stem(head)) && /^(the|this|that)$/.test(phrase[0]!.lower)) {
      const named = this.mentions.find((m) => m.type === 'ORG' && m.start >= phrase[0]!.start && m.end <= head.start);
      if (named) return { entity: named.entity, how: 'name' };
      if (this.lastOutlet) return { entity: this.lastOutlet, text, how: 'outlet' };
    }
    return { entity: null, text, how: ANONYMOUS_HEAD.has(stem(head)) ? 'anonymous' : 'none' };
  }

  private pronoun(cls: SpeakerClass, at: number, text: string): Speaker {
    if (this.last && this.last.cls === cls && at - this.last.at <= LAST_SPEAKER_REACH) {
      return { entity: this.last.entity, text, how: 'pronoun' };
    }
    const types: ReadonlySet<MentionType> = cls === 'person' ? new Set(['PERSON']) : new Set(['ORG', 'GPE', 'NORP']);
    const before = this.mentions.filter((m) => m.end <= at && types.has(m.type) && !afterPreposition(this.text, m.start));
    const antecedent = before[before.length - 1];
    return antecedent ? { entity: antecedent.entity, text, how: 'pronoun' } : { entity: null, text, how: 'none' };
  }

  private remember(speaker: Speaker, phrase: readonly Word[], at: number, known?: MentionType): void {
    // A phrase that named no one ("His key stated concern") is no antecedent for the next "he".
    if (speaker.how === 'none') return;
    const mention = speaker.entity && !known ? this.mentions.find((m) => m.entity === speaker.entity) : undefined;
    const type = known ?? mention?.type ?? null;
    if ((type === 'ORG' || type === 'MISC') && speaker.entity) this.lastOutlet = speaker.entity;
    const head = phrase[phrase.length - 1];
    const plural = head !== undefined && /s$/.test(stem(head)) && !/ss$/.test(stem(head));
    const cls: SpeakerClass = type === 'PERSON' ? 'person' : type ? 'group' : plural || head?.lower === 'they' || head?.lower === 'it' ? 'group' : 'person';
    this.last = { entity: speaker.entity, cls, type, at, ...(speaker.span ? { span: speaker.span } : {}) };
  }

  private mentionEndingAt(end: number): MentionSpan | undefined {
    return this.mentions.find((m) => m.end === end);
  }

  /** "X’s <head>": the name that owns the phrase's head. */
  private owner(phrase: readonly Word[]): MentionSpan | undefined {
    for (let i = phrase.length - 2; i >= 0; i--) {
      const word = phrase[i]!;
      if (!isPossessive(word)) continue;
      const mention = this.mentions.find((m) => m.start < word.end && m.end >= word.end - 2 && m.end <= word.end);
      if (mention) return mention;
    }
    return undefined;
  }

  /** A description whose head is a title the text gave a person: the latest such person before it. */
  private titled(phrase: readonly Word[], at: number): string | null {
    const head = stem(phrase[phrase.length - 1]!);
    const holders = this.titles.get(head);
    if (!holders) return null;
    const before = holders.filter((h) => h.at < at);
    return before.length ? before[before.length - 1]!.entity : null;
  }

  /** Titles written before person names ("Commander-in-Chief General Oleksandr Syrskiy", "President Putin"). */
  private indexTitles(): void {
    for (const mention of this.mentions) {
      if (mention.type !== 'PERSON') continue;
      const before = this.text.slice(Math.max(0, mention.start - 60), mention.start);
      const words = before.match(/(?:[A-Z][\p{L}-]*\s+){1,4}$/u)?.[0].trim().split(/\s+/) ?? [];
      // And the head of an appositive after the name: "Oleksandr Syrskii, the commander-in-chief of Ukraine's armed forces,".
      const appositive = this.text.slice(mention.end, mention.end + 80).match(/^,\s+(?:the|a|an|its|[\p{Lu}][\p{L}]*['’]s)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,3}?[\p{Ll}][\p{L}-]*)(?=\s+of\b|\s*,|\s+at\b|\s+for\b)/u);
      if (appositive) words.push(appositive[1]!.split(/\s+/).pop()!);
      for (const word of words) {
        const title = word.toLowerCase();
        if (title.length < 3) continue;
        const list = this.titles.get(title) ?? [];
        list.push({ at: mention.start, entity: mention.entity });
        this.titles.set(title, list);
      }
    }
  }
}

/** Only capitalized words (titles) between two names: "Ukrainian President Volodymyr Zelensky". */
function isTitleChain(between: string): boolean {
  return between.length < 40 && /^\s+(?:[\p{Lu}][\p{L}.\-]*\s+)*$/u.test(between);
}

const PREPOSITIONS = new Set(['with', 'in', 'to', 'from', 'of', 'by', 'for', 'on', 'at', 'against', 'about', 'after', 'before', 'into', 'over', 'under', 'between', 'among', 'near', 'toward', 'towards']);

function afterPreposition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).trim().split(/\s+/);
  let word = before.pop()?.toLowerCase();
  if (word === 'the') word = before.pop()?.toLowerCase();
  return word !== undefined && PREPOSITIONS.has(word);
}
