/**
 * @module surfaces/web/components/article-facts
 *
 * How one stored article is named in a list: its title as a link to its
 * page, and a badge when the analyzer could not read its language.
 */
import type { ArticleSummary } from '../../../store/store.js';

export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;

export function ArticleTitleLink({ article }: { article: Pick<ArticleSummary, 'id' | 'title'> }) {
  return <a href={articlePath(article.id)}>{article.title ?? `untitled (${article.id})`}</a>;
}

export function StatusBadge({ status }: { status: ArticleSummary['status'] }) {
  if (status !== 'not_analyzed') return null;
  return (
    <span class="badge" title="the analyzer does not read this language yet: only language-free layers ran">
      not analysed
    </span>
  );
}
