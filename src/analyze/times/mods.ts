/**
 * @module analyze/times/mods
 *
 * TIMEX3's `mod`: what the words at the head of a time say of its value
 * that the value cannot hold. "Early 2023" is 2023 with START, "the end of
 * next month" the month with END, "more than 1,000 days" P1000D with
 * MORE_THAN, "about two years ago" a year with APPROX. A timeline shows
 * "late February" at the end of February, not across it.
 *
 * Read from the span's first words, whatever rule found it: the rules
 * already take these words into their spans. As TimeBank writes them,
 * "earlier this month" is the month's START and "later this year" its END;
 * "nearly" is EQUAL_OR_LESS, "almost" LESS_THAN.
 */
export type TimeMod = 'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

/** Words at the head of a span and the mod they give; the longest phrases first. */
const HEADS: ReadonlyArray<[RegExp, TimeMod]> = [
  [/^(?:the\s+)?(?:very\s+)?(?:beginning|start|dawn|outset)\s+of\b/i, 'START'],
  [/^(?:the\s+)?(?:middle|midst)\s+of\b/i, 'MID'],
  [/^(?:the\s+)?(?:end|close|turn)\s+of\b/i, 'END'],
  [/^(?:the\s+)?(?:very\s+)?(?:early|earlier)\b/i, 'START'],
  [/^(?:the\s+)?(?:very\s+)?(?:late|later)\b/i, 'END'],
  [/^(?:the\s+)?mid\b/i, 'MID'],
  [/^(?:well\s+over|more\s+than|over|upwards\s+of)\s/i, 'MORE_THAN'],
  [/^(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than)\s/i, 'EQUAL_OR_MORE'],
  [/^(?:less\s+than|fewer\s+than|under|almost|barely|just\s+under)\s/i, 'LESS_THAN'],
  [/^(?:at\s+most|up\s+to|no\s+more\s+than|nearly|within)\s/i, 'EQUAL_OR_LESS'],
  [/^(?:about|around|approximately|roughly|some|circa|an\s+estimated|a\s+couple\s+of)\s/i, 'APPROX'],
];

export function modOf(text: string): TimeMod | undefined {
  for (const [pattern, mod] of HEADS) if (pattern.test(text)) return mod;
  // "two years or so ago": the approximation stands inside.
  if (/\bor\s+so\b/i.test(text)) return 'APPROX';
  return undefined;
}
