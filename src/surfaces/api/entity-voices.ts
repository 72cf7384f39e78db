/**
 * @module surfaces/api/entity-voices
 *
 * What an entity is quoted saying and the figures credited to it, for its
 * page and its JSON twin: the newest few of each, their totals, and the
 * address of the paged list (`/api/quotes?speaker=`, `/api/quantities?attributedTo=`).
 */
import { z } from '@hono/zod-openapi';
import type { Page, QuantityMention, QuoteMention, Store } from '../../store/store.js';
import { QuoteMentionSchema, quotesHref } from './quote-routes.js';
import { QuantityMentionSchema, quantitiesHref } from './quantity-routes.js';

export interface Excerpt<T> {
  total: number;
  items: T[];
  /** The whole list, paged, in the API. */
  href: string;
}

export interface EntityVoices {
  quotes: Excerpt<QuoteMention>;
  figures: Excerpt<QuantityMention>;
}

export const EntityVoicesQuery = z.object({
  quotes: z.coerce.number().int().min(0).max(100).default(10).openapi({ description: 'at most this many quotes of it, newest article first' }),
  figures: z.coerce.number().int().min(0).max(100).default(10).openapi({ description: 'at most this many figures credited to it, newest article first' }),
});

const excerpt = <T extends z.ZodType>(item: T, what: string) =>
  z.object({
    total: z.number().int(),
    items: z.array(item),
    href: z.string().openapi({ description: `all of ${what}, paged` }),
  });

export const EntityVoicesShape = {
  quotes: excerpt(QuoteMentionSchema, 'its quotes').openapi({ description: 'what it is quoted saying, newest article first (users\' corrections applied)' }),
  figures: excerpt(QuantityMentionSchema, 'the figures credited to it').openapi({ description: 'the figures it is credited with (quantities attributedTo it)' }),
};

const cut = <T>(page: Page<T>, href: string): Excerpt<T> => ({ total: page.total, items: page.items, href });

export async function entityVoices(store: Store, id: string, limits: { quotes: number; figures: number }): Promise<EntityVoices> {
  const [quotes, figures] = await Promise.all([
    store.quotes({ speaker: id }, {}, { limit: limits.quotes, offset: 0 }),
    store.quantities({ attributedTo: id }, {}, { limit: limits.figures, offset: 0 }),
  ]);
  return { quotes: cut(quotes, quotesHref(id)), figures: cut(figures, quantitiesHref(id)) };
}
