/**
 * @module surfaces/web/components/snippet
 *
 * A search hit's passage with its matched words in `<mark>`. The passage is
 * plain text and the matches are offsets into it, so the string is cut,
 * never parsed: the pieces stay text and are escaped like any other.
 */
import type { Child } from 'hono/jsx';

export function Snippet({ text, highlights }: { text: string; highlights: Array<[number, number]> }) {
  const pieces: Child[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    // A match that overlaps the one before is marked from where that one ended.
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) pieces.push(text.slice(at, from));
    pieces.push(<mark>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <p class="snippet">{pieces}</p>;
}
