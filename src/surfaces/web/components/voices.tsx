/**
 * @module surfaces/web/components/voices
 *
 * Quotes and figures in a list: each in the sentences that hold it, itself
 * marked, with its article (linked at the quote or figure itself:
 * `/articles/ID#quote-3`), outlet and date, and, where the list is not one
 * entity's, who said or claims it. Everything is text from the store, cut
 * by offsets and escaped like any other.
 */
import type { ArticleSummary, Claimant, QuantityMention, QuoteMention, TextPassage } from '../../../store/store.js';
import { anchorOf } from '../layers.js';
import { articlePath } from './article-facts.js';
import { entityPath } from './annotated-text.js';
import { Snippet } from './snippet.js';

/** The passage with `[start, end)` of the article's text marked in it. */
export function Marked({ passage, start, end }: { passage: TextPassage; start: number; end: number }) {
  return <Snippet text={passage.text} highlights={[[start - passage.start, end - passage.start]]} />;
}

export function Source({ article, anchor }: { article: ArticleSummary; anchor: string | undefined }) {
  return (
    <div class="muted">
      <a href={`${articlePath(article.id)}${anchor ? `#${anchor}` : ''}`}>{article.title ?? `untitled (${article.id})`}</a>
      {` · ${article.outlet ?? 'unknown outlet'} · `}
      {article.published ? <time datetime={article.published}>{article.published.slice(0, 10)}</time> : 'undated'}
    </div>
  );
}

/** Who: the entity, linked; an unnamed source by the words that describe it. */
function Who({ who, description, verb }: { who: Claimant | null; description: string | undefined; verb: string }) {
  return (
    <span class="who">
      {who ? <a href={entityPath(who.id)}>{who.name}</a> : <span class="muted">{description ? `${description} (unnamed)` : 'no one named'}</span>}
      {` ${verb}`}
    </span>
  );
}

export function QuoteList({ items, start = 1, showSpeaker = false }: { items: QuoteMention[]; start?: number; showSpeaker?: boolean }) {
  return (
    <ol class="voices hits" start={start}>
      {items.map((item) => (
        <li>
          <p class="quote-text">
            <span class="kind">{item.quote.kind === 'direct' ? 'direct quote' : 'reported'}</span>
            {showSpeaker ? <Who who={item.speaker} description={item.quote.speakerText} verb="said" /> : null}
          </p>
          <Marked passage={item.context} start={item.quote.start} end={item.quote.end} />
          <Source article={item.article} anchor={anchorOf('quotes', item.index)} />
        </li>
      ))}
    </ol>
  );
}

export function FigureList({ items, start = 1, showClaimant = false }: { items: QuantityMention[]; start?: number; showClaimant?: boolean }) {
  return (
    <ol class="voices hits" start={start}>
      {items.map((item) => (
        <li>
          <p class="quote-text">
            <span class="kind">{item.quantity.dimension}</span>
            {`${item.quantity.approx ? '≈ ' : ''}${item.quantity.value.toLocaleString('en-US')}${item.quantity.unit ? ` ${item.quantity.unit}` : ''}`}
            {showClaimant ? <> · <Who who={item.claimant} description={undefined} verb="claims it" /></> : null}
          </p>
          <Marked passage={item.sentence} start={item.quantity.start} end={item.quantity.end} />
          <Source article={item.article} anchor={anchorOf('quantities', item.index)} />
        </li>
      ))}
    </ol>
  );
}
