/**
 * @module surfaces/web/pages/entity
 *
 * One entity (`/entities/:id`): its name, type and Wikidata id (as text),
 * each spelling against the outlets that write it, first and last seen,
 * why its names are taken for one entity and the corrections users made,
 * the articles that name it and the sentences, with the mentions marked;
 * what it is quoted saying and the figures credited to it (the newest few,
 * with the whole lists at `/quotes?speaker=` and `/quantities?attributedTo=`).
 * Its twin is `/api/entities/:id`; each of the last two sections links its own.
 */
import type { EntityCorrection, EntityDetail } from '../../../store/store.js';
import { Layout } from './layout.js';
import { Snippet } from '../components/snippet.js';
import { ArticleTitleLink, articlePath } from '../components/article-facts.js';
import { entityPath } from '../components/annotated-text.js';
import { FigureList, QuoteList } from '../components/voices.js';
import type { EntityVoices, Excerpt } from '../../api/entity-voices.js';

const outletName = (outlet: string | null) => outlet ?? 'unknown outlet';

export function entityPage(entity: EntityDetail, voices: EntityVoices) {
  const titles = new Map(entity.articles.map((a) => [a.id, a.title]));
  return (
    <Layout title={entity.name} jsonHref={`/api/entities/${encodeURIComponent(entity.id)}`}>
      <h1>
        {entity.name}
        {entity.type ? <span class="badge">{entity.type}</span> : null}
      </h1>

      <table class="meta">
        <tbody>
          <tr><th scope="row">id</th><td><code>{entity.id}</code></td></tr>
          <tr><th scope="row">type</th><td>{entity.type || '—'}</td></tr>
          {/* Text, not a link: the reader reaches no other origin. */}
          <tr><th scope="row">wikidata</th><td>{entity.wikidata ? <code>{entity.wikidata}</code> : <span class="muted">—</span>}</td></tr>
          <tr><th scope="row">mentions</th><td>{`${entity.mentions} in ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}`}</td></tr>
          <tr><th scope="row">first seen</th><td>{entity.firstSeen ? <time datetime={entity.firstSeen}>{entity.firstSeen}</time> : '—'}</td></tr>
          <tr><th scope="row">last seen</th><td>{entity.lastSeen ? <time datetime={entity.lastSeen}>{entity.lastSeen}</time> : '—'}</td></tr>
        </tbody>
      </table>

      <h2>Spellings by outlet</h2>
      <SpellingTable entity={entity} />

      <h2>Why these names are one entity</h2>
      <ul class="why">
        {entity.why.map((reason) => (
          <li>{reason}</li>
        ))}
      </ul>

      <h2>Corrections</h2>
      <Corrections corrections={entity.corrections} id={entity.id} />

      <h2>Articles</h2>
      {entity.articleCount > entity.articles.length ? <p class="muted">{`The newest ${entity.articles.length} of ${entity.articleCount} articles.`}</p> : null}
      <table class="articles">
        <thead>
          <tr><th>Title</th><th>Outlet</th><th>Published</th><th>Mentions</th></tr>
        </thead>
        <tbody>
          {entity.articles.map((article) => (
            <tr>
              <td><ArticleTitleLink article={article} /></td>
              <td>{outletName(article.outlet)}</td>
              <td>{article.published ? <time datetime={article.published}>{article.published}</time> : '—'}</td>
              <td>{article.mentions}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Quoted</h2>
      <ExcerptNote excerpt={voices.quotes} noun="quotes" none="No article quotes it." all={`/quotes?speaker=${encodeURIComponent(entity.id)}`} />
      <QuoteList items={voices.quotes.items} />

      <h2>Figures credited</h2>
      <ExcerptNote excerpt={voices.figures} noun="figures" none="No article credits a figure to it." all={`/quantities?attributedTo=${encodeURIComponent(entity.id)}`} />
      <FigureList items={voices.figures.items} />

      <h2>Sentences</h2>
      {entity.sentences.length === 0 ? <p class="muted">No mention in the text: the analyzer named it without a span.</p> : null}
      <ol class="sentences hits">
        {entity.sentences.map((sentence) => (
          <li>
            <Snippet text={sentence.text} highlights={sentence.marks} />
            <div class="muted">
              <a href={articlePath(sentence.articleId)}>{titles.get(sentence.articleId) ?? `untitled (${sentence.articleId})`}</a>
            </div>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** How many there are, how many are shown, the whole list and the section's JSON twin. */
function ExcerptNote({ excerpt, noun, none, all }: { excerpt: Excerpt<unknown>; noun: string; none: string; all: string }) {
  if (excerpt.total === 0) return <p class="muted">{none}</p>;
  return (
    <p class="muted">
      {excerpt.total > excerpt.items.length ? <>{`The newest ${excerpt.items.length} of `}<a href={all}>{`${excerpt.total} ${noun}`}</a>.</> : `${excerpt.total} ${noun}, newest first.`}
      <a class="twin-inline" href={excerpt.href}>JSON</a>
    </p>
  );
}

/** Spelling × outlet, with the count of mentions in each cell. */
function SpellingTable({ entity }: { entity: EntityDetail }) {
  if (entity.aliases.length === 0) return <p class="muted">No spelling in the text.</p>;
  const outlets = entity.outlets.filter((o) => entity.aliases.some((a) => a.outlets.some((ao) => ao.outlet === o.outlet)));
  return (
    <table class="spellings">
      <thead>
        <tr>
          <th>Spelling</th>
          {outlets.map((o) => (
            <th scope="col">{outletName(o.outlet)}</th>
          ))}
          <th>All</th>
        </tr>
      </thead>
      <tbody>
        {entity.aliases.map((alias) => (
          <tr>
            <th scope="row">{alias.text}</th>
            {outlets.map((o) => {
              const n = alias.outlets.find((ao) => ao.outlet === o.outlet)?.mentions;
              return <td>{n === undefined ? <span class="muted">—</span> : n}</td>;
            })}
            <td>{alias.mentions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Corrections({ corrections, id }: { corrections: EntityCorrection[]; id: string }) {
  return (
    <>
      {corrections.length === 0 ? (
        <p class="muted">No user has corrected this entity.</p>
      ) : (
        <table class="corrections">
          <thead>
            <tr><th>#</th><th>Date</th><th>What</th><th>Note</th></tr>
          </thead>
          <tbody>
            {corrections.map((c) => (
              <tr>
                <td>{c.seq}</td>
                <td><time datetime={c.createdAt}>{c.createdAt.slice(0, 10)}</time></td>
                <td>
                  {c.kind === 'merge' ? 'merged ' : `split ${c.spellings.map((s) => `"${s}"`).join(', ')} from `}
                  <EntityRef id={c.source} current={id} />
                  {c.kind === 'merge' ? ' into ' : ' to '}
                  <EntityRef id={c.target} current={id} />
                </td>
                <td>{c.note || <span class="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">
        {'To correct the registry: '}
        <code>{`sitrep entities merge ${id} OTHER-ID`}</code>
        {' or '}
        <code>{`sitrep entities split ${id} --spelling "…" --as NEW-ID`}</code>
      </p>
    </>
  );
}

function EntityRef({ id, current }: { id: string; current: string }) {
  return id === current ? <code>{id}</code> : <a href={entityPath(id)}><code>{id}</code></a>;
}
