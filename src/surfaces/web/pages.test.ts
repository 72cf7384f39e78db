/**
 * @module surfaces/web/pages.test
 *
 * The reader's pages, requested through `app.request()` (no server) from
 * the shared fixture store: lists, filters, search marks, the article page's
 * layer switches, JSON twins, errors as pages, and hostile article data that
 * must come out as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternateHref, escapeHtml, pageFetcher } from '../testing/html.js';
import { createApp, CONTENT_SECURITY_POLICY } from '../api/app.js';
import { createFixtureStore, HOSTILE_PAYLOADS, SEEDS_AVAILABLE, SEEDS_DIR, type FixtureStore } from '../testing/fixture-store.js';
import { discoverLayers } from './layers.js';

let fixture: FixtureStore;
let app: ReturnType<typeof createApp>;
const page = pageFetcher(() => app);

beforeAll(async () => {
  fixture = await createFixtureStore();
  app = createApp(fixture.store);
});

afterAll(async () => {
  await fixture?.close();
});

describe('article list', () => {
  it('lists every fixture with outlet, date and language, and marks what was not analysed', async () => {
    const html = await page('/');
    expect(html).toContain(`href="/articles/${fixture.dispatch.id}"`);
    expect(html).toContain('Drones strike Kharkiv power grid overnight');
    expect(html).toContain(`href="/articles/${fixture.foreign.id}"`);
    expect(html).toContain(`href="/articles/${fixture.hostile.id}"`);
    expect(html).toContain('<td>Kyiv Wire</td>');
    expect(html).toContain('2024-11-06');
    const foreignRow = html.slice(html.indexOf(`/articles/${fixture.foreign.id}`)).split('</tr>')[0];
    expect(foreignRow).toContain('not analysed');
    expect(foreignRow).toContain('<td>uk</td>');
    const dispatchRow = html.slice(html.indexOf(`/articles/${fixture.dispatch.id}`)).split('</tr>')[0];
    expect(dispatchRow).not.toContain('not analysed');
  });

  it('builds the outlet select from the store', async () => {
    const html = await page('/');
    for (const outlet of await fixture.store.outlets()) expect(html).toContain(`<option value="${escapeHtml(outlet)}">`);
  });

  it('filters by outlet, case-insensitively, and keeps the choice selected', async () => {
    const html = await page('/?outlet=kyiv%20wire');
    expect(html).toContain(`/articles/${fixture.dispatch.id}`);
    expect(html).not.toContain(`/articles/${fixture.foreign.id}`);
    expect(html).not.toContain(`/articles/${fixture.hostile.id}`);
    expect(html).toContain('<option value="Kyiv Wire" selected="">');
  });

  it('filters by date and ignores the empty fields a submitted form sends', async () => {
    const html = await page('/?outlet=&since=2024-11-07&until=');
    expect(html).toContain(`/articles/${fixture.foreign.id}`);
    expect(html).not.toContain(`/articles/${fixture.dispatch.id}`);
    expect(alternateHref(html)).toBe('/api/articles?since=2024-11-07');
  });

  it('pages with previous and next links that keep the filters', async () => {
    const first = await page('/?limit=2&since=2020-01-01');
    expect(first).toContain('href="/?limit=2&amp;since=2020-01-01&amp;offset=2" rel="next"');
    expect(first).not.toContain('rel="prev"');
    const second = await page('/?limit=2&since=2020-01-01&offset=2');
    expect(second).toContain('href="/?limit=2&amp;since=2020-01-01" rel="prev"');
  });

  it('links its JSON twin, which lists the same articles', async () => {
    const html = await page('/?outlet=Kyiv%20Wire');
    expect(alternateHref(html)).toBe('/api/articles?outlet=Kyiv+Wire');
    expect(html).toContain('>JSON</a>');
    const twin = (await (await app.request(alternateHref(html)!)).json()) as { articles: Array<{ id: string }> };
    expect(twin.articles.map((a) => a.id)).toEqual([fixture.dispatch.id]);
  });
});

describe('search', () => {
  it('shows ranked hits with the matched words in <mark>', async () => {
    const html = await page('/search?q=drones');
    expect(html).toContain(`/articles/${fixture.dispatch.id}`);
    expect(html).toMatch(/<p class="snippet">[^]*<mark>[Dd]rones<\/mark>/);
    expect(alternateHref(html)).toBe('/api/search?q=drones');
  });

  it('applies the filters to the hits', async () => {
    expect(await page('/search?q=Kyiv')).toContain(`/articles/${fixture.hostile.id}`);
    const filtered = await page('/search?q=Kyiv&outlet=Kyiv%20Wire');
    expect(filtered).not.toContain(`/articles/${fixture.hostile.id}`);
    expect(filtered).toContain('Nothing matches');
  });

  it('shows the empty form when there are no words yet', async () => {
    const html = await page('/search?q=');
    expect(html).toContain('<form class="filters" method="get" action="/search">');
    expect(html).not.toContain('class="hits"');
  });

  it('answers a query it cannot read with 400 on the page', async () => {
    const html = await page('/search?q=%21%21%21', 400);
    expect(html).toContain('<p class="notice-error">the query &quot;!!!&quot; has no words to search for</p>');
  });
});

describe('article page', () => {
  it('has one checkbox per discovered layer, sentences and metadata enabled, empty layers disabled', async () => {
    const html = await page(`/articles/${fixture.dispatch.id}`);
    const layers = discoverLayers(fixture.dispatch.analysis);
    const checkboxes = html.match(/<input type="checkbox"[^>]*>/g) ?? [];
    expect(checkboxes).toHaveLength(layers.length);
    for (const layer of layers) {
      const box = checkboxes.find((input) => input.includes(`data-layer="${layer.name}"`));
      expect(box, layer.name).toBeDefined();
      expect(box!.includes('disabled'), layer.name).toBe(layer.spans.length === 0);
    }
    for (const name of ['sentences', 'metadata']) {
      const box = checkboxes.find((input) => input.includes(`data-layer="${name}"`));
      expect(box).not.toContain('disabled');
    }
    // The places layer (format 1.2): the dispatch names Kharkiv, so its switch is on offer.
    expect(fixture.dispatch.analysis.places?.some((p) => p.role === 'location')).toBe(true);
    expect(checkboxes.find((input) => input.includes('data-layer="places"'))).not.toContain('disabled');
    expect(html).toContain(`<span class="count">${fixture.dispatch.analysis.sentences.length}</span>`);
  });

  it('cuts the text into segments classed by layer and described on hover', async () => {
    const html = await page(`/articles/${fixture.dispatch.id}`);
    expect(html).toContain('<span class="l0 l1" title="sentences: #1; metadata: field=title value=Drones strike Kharkiv power grid overnight rule=headline">');
    expect(html).toMatch(/<span class="l0 o0" title="sentences: #2">/);
    // Paragraph breaks are characters of the text, kept for white-space: pre-wrap.
    expect(html).toMatch(/<\/span>\n\n<span/);
  });

  it('shows the metadata with its provenance, the sources and the JSON twin', async () => {
    const html = await page(`/articles/${fixture.dispatch.id}`);
    expect(html).toContain('Kyiv Wire<small class="provenance">from sidecar</small>');
    expect(html).toContain('Olena Kovalenko<small class="provenance">from text:byline</small>');
    expect(html).toContain('https://example.org/kharkiv-grid<small');
    expect(html).not.toContain('href="https://example.org');
    expect(html).toContain(`<code>${fixture.dispatch.path}</code>`);
    expect(alternateHref(html)).toBe(`/api/articles/${fixture.dispatch.id}`);
  });

  it('lists the analyzer notes', async () => {
    const html = await page(`/articles/${fixture.foreign.id}`);
    expect(html).toContain('<h2>Notes</h2>');
    for (const note of fixture.foreign.analysis.notes) expect(html).toContain(escapeHtml(note));
  });

  it('is a 404 page for an unknown id', async () => {
    const html = await page('/articles/0000000000000000', 404);
    expect(html).toContain('no article has this id');
  });
});

describe.skipIf(!SEEDS_AVAILABLE)(`a real seed article (needs ${SEEDS_DIR})`, () => {
  it('lists it and shows its text with its sentences', async () => {
    const seed = fixture.seed!;
    expect(await page('/')).toContain(`/articles/${seed.id}`);
    const html = await page(`/articles/${seed.id}`);
    expect(html).toContain(escapeHtml(seed.analysis.meta.outlet ?? ''));
    expect(html).toContain(`<span class="count">${seed.analysis.sentences.length}</span>`);
  });
});
if (!SEEDS_AVAILABLE) console.warn(`seed article tests skipped: ${SEEDS_DIR} does not exist`);

describe('hostile article data', () => {
  const hostilePages = () => ['/', `/articles/${fixture.hostile.id}`, '/search?q=hostile', `/?outlet=${encodeURIComponent(fixture.hostile.analysis.meta.outlet!)}`];

  it('comes out escaped on every page that shows it, in text and in attributes', async () => {
    for (const path of hostilePages()) {
      const html = await page(path);
      expect(html, path).not.toContain('<script>window.__pwned');
      expect(html, path).not.toContain('<img src=x onerror');
      expect(html, path).not.toContain('<svg onload');
      expect(html, path).not.toContain('href="javascript:');
      expect(html, path).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
      expect(html, path).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    }
  });

  it('keeps every payload of the title, outlet, author and text as text on the article page', async () => {
    const html = await page(`/articles/${fixture.hostile.id}`);
    const { title, outlet, author } = fixture.hostile.analysis.meta;
    for (const field of [title, outlet, author]) expect(html).toContain(escapeHtml(field!));
    for (const payload of HOSTILE_PAYLOADS) expect(html).toContain(escapeHtml(payload));
    expect(html).toContain(`<title>${escapeHtml(title!)} · sitrep</title>`);
  });
});

describe('bad page queries', () => {
  it.each([
    ['an impossible date', '/?since=2024-13-45', 'since'],
    ['a date that is not a date', '/?until=yesterday', 'until'],
    ['a page size out of range', '/?limit=0', 'limit'],
    ['a bad date on search', '/search?q=drones&since=nope', 'since'],
  ])('%s is shown on the page with status 400', async (_reason, path, parameter) => {
    const html = await page(path, 400);
    expect(html).toMatch(new RegExp(`<p class="notice-error">${parameter}: `));
    expect(html).not.toMatch(/at \w+ \(/);
  });
});

describe('what every page is allowed', () => {
  it('serves the stylesheet with the layer rules', async () => {
    const response = await app.request('/static/reader.css');
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await response.text();
    expect(css).toContain('body:has(#layer-0:checked) .l0 {');
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });

  it('has no script, no inline style and nothing from another origin', async () => {
    for (const path of ['/', '/search?q=drones', `/articles/${fixture.dispatch.id}`, `/articles/${fixture.hostile.id}`, '/nowhere']) {
      const html = await page(path, path === '/nowhere' ? 404 : 200);
      expect(html, path).not.toMatch(/<script|<style|\sstyle=/i);
      expect(html, path).not.toMatch(/\s(?:src|href|action)="(?:[a-z]+:)?\/\//i);
    }
  });

  it('sends the Content-Security-Policy with every response, errors and the stylesheet included', async () => {
    const paths = ['/', '/?since=bad', '/search', '/search?q=drones', `/articles/${fixture.dispatch.id}`, '/articles/0000000000000000', '/nowhere', '/static/reader.css'];
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
