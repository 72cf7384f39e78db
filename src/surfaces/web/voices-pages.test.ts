/**
 * @module surfaces/web/voices-pages.test
 *
 * Quotes and figures in the reader, through app.request(), on the sample
 * dispatches (and a seed article where ../shared is) as the real analyzer
 * reads them: the entity page lists what the entity is quoted saying and
 * the figures credited to it, linked to the article at each; the article
 * text marks quotes (direct and reported apart, the speaker on hover) and
 * figures (value and unit on hover); `/quotes` and `/quantities` page
 * through them with their JSON twins; markup in a quote stays text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternateHref, escapeHtml, pageFetcher } from '../testing/html.js';
import { createApp } from '../api/app.js';
import { createVoicesStore, type VoicesStore } from '../testing/fixture-voices.js';
import { SEEDS_AVAILABLE, SEEDS_DIR } from '../testing/fixture-store.js';
import { analyzeOne } from '../testing/fixture-articles.js';
import { discoverLayers } from './layers.js';
import { READER_CSS } from './reader-css.js';
import type { Analysis } from '../../format/analysis.js';

/** A quote and a figure whose words are markup, in an article whose title and outlet are too. */
const HOSTILE_QUOTE = {
  text: 'KYIV — "<script>window.__pwned=1</script> is all they sent us," Dmytro Kuleba said on Monday. He said 5 <img src=x onerror="window.__pwned=2"> drones were shot down.',
  outlet: 'Sample <b>Hostile</b>',
  published: '2024-03-01',
  title: 'Hostile <script>window.__pwned=3</script>',
};

let fixture: VoicesStore;
let app: ReturnType<typeof createApp>;
let kharkiv: Analysis;
let hostile: Analysis;
const page = pageFetcher(() => app);

/** The HTML of the section under a heading, up to the next one. */
const section = (html: string, heading: string) => html.slice(html.indexOf(`<h2>${heading}</h2>`)).split('<h2>')[1] ?? '';

beforeAll(async () => {
  fixture = await createVoicesStore({ seeds: true });
  hostile = analyzeOne(JSON.stringify(HOSTILE_QUOTE), 'hostile-quote.json');
  await fixture.store.saveBatch([{ analysis: hostile, source: { path: 'hostile-quote.json' } }]);
  kharkiv = fixture.article('kharkiv-overnight.txt');
  app = createApp(fixture.store);
});
afterAll(async () => fixture?.close());

describe('the entity page', () => {
  it('lists what the entity is quoted saying, in its sentence, linked to the article at the quote', async () => {
    const html = await page('/entities/oleh-syniehubov');
    const quoted = section(html, 'Quoted');
    const index = kharkiv.quotes.findIndex((q) => q.speaker === 'oleh-syniehubov');
    expect(quoted).toContain('<p class="snippet">He said <mark>air defence units shot down 17 of 23 drones and that three people were wounded</mark>.</p>');
    expect(quoted).toContain(`<a href="/articles/${kharkiv.id}#quote-${index}">Drones strike Kharkiv overnight as air defence reports interceptions</a> · Sample Wire · <time datetime="2024-05-19">2024-05-19</time>`);
    expect(quoted).toContain('<span class="kind">reported</span>');
    expect(quoted).toContain('<a class="twin-inline" href="/api/quotes?speaker=oleh-syniehubov">JSON</a>');
  });

  it('lists the figures credited to it, each with its value and unit, linked at the figure', async () => {
    const figures = section(await page('/entities/oleh-syniehubov'), 'Figures credited');
    const index = kharkiv.quantities.findIndex((q) => q.text === '23 drones');
    expect(figures).toContain('23 drones');
    expect(figures).toContain(`He said air defence units shot down 17 of <mark>23 drones</mark> and that three people were wounded.`);
    expect(figures).toContain(`href="/articles/${kharkiv.id}#quantity-${index}"`);
    expect(figures).toContain('3 figures, newest first.');
    expect(figures).toContain('href="/api/quantities?attributedTo=oleh-syniehubov"');
  });

  it('says so when nothing is quoted or credited, and its twin carries both lists', async () => {
    const html = await page('/entities/kharkiv');
    expect(section(html, 'Quoted')).toContain('No article quotes it.');
    expect(section(html, 'Figures credited')).toContain('No article credits a figure to it.');
    const twin = (await (await app.request(alternateHref(await page('/entities/oleh-syniehubov'))!)).json()) as any;
    expect(twin.quotes.items.map((q: any) => q.quote.text)).toEqual(['air defence units shot down 17 of 23 drones and that three people were wounded']);
    expect(twin.figures.total).toBe(3);
  });
});

describe.skipIf(!SEEDS_AVAILABLE)(`the entity page of a speaker of the seed articles (needs ${SEEDS_DIR})`, () => {
  it('shows a real quote of that speaker, marked in its sentence', async () => {
    const seeds = fixture.analyses.filter((a) => a.source.path?.startsWith(SEEDS_DIR));
    const counts = new Map<string, number>();
    for (const q of seeds.flatMap((a) => a.quotes)) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const [speaker] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const newest = [...seeds].sort((a, b) => (b.meta.published ?? '').localeCompare(a.meta.published ?? '')).find((a) => a.quotes.some((q) => q.speaker === speaker))!;
    const quote = [...newest.quotes].sort((a, b) => a.start - b.start).find((q) => q.speaker === speaker)!;
    const quoted = section(await page(`/entities/${encodeURIComponent(speaker)}`), 'Quoted');
    expect(quoted).toContain(`<mark>${escapeHtml(quote.text)}</mark>`);
    expect(quoted).toContain(`href="/articles/${newest.id}#quote-${newest.quotes.indexOf(quote)}"`);
  });
});

describe('the article text', () => {
  const slotOf = (analysis: Analysis, layer: string) => discoverLayers(analysis).findIndex((l) => l.name === layer);

  it('marks each quote at an anchor, reported and direct styled apart, the speaker named on hover', async () => {
    const html = await page(`/articles/${kharkiv.id}`);
    const slot = slotOf(kharkiv, 'quotes');
    const reported = kharkiv.quotes.findIndex((q) => q.speaker === 'oleh-syniehubov');
    expect(html).toMatch(new RegExp(`<span class="anchor" id="quote-${reported}"></span><span class="[^"]*\\bl${slot} [^"]*\\bl${slot}-indirect\\b[^"]*" title="[^"]*quotes: kind=indirect speaker=Oleh Syniehubov \\(oleh-syniehubov\\) speakerText=He`));
    // "military infrastructure", quoted inside a reported clause, is both: direct wins in the stylesheet.
    expect(html).toMatch(new RegExp(`<span class="[^"]*\\bl${slot}\\b[^"]*\\bl${slot}-indirect l${slot}-direct" title="[^"]*">military infrastructure</span>`));
    expect(READER_CSS.indexOf(`.l${slot}-direct {`)).toBeGreaterThan(READER_CSS.indexOf(`.l${slot}-indirect {`));
    expect(READER_CSS).toContain(`body:has(#layer-${slot}:checked) .l${slot}-direct { text-decoration: underline solid`);
  });

  it('marks each figure with its value and unit, and who claims it, on hover', async () => {
    const html = await page(`/articles/${kharkiv.id}`);
    const index = kharkiv.quantities.findIndex((q) => q.text === '23 drones');
    expect(html).toContain(`<span class="anchor" id="quantity-${index}"></span>`);
    expect(html).toMatch(/title="[^"]*quantities: value=23 unit=drones dimension=count approx=false attributedTo=Oleh Syniehubov \(oleh-syniehubov\)[^"]*">23 drones<\/span>/);
  });

  it('stays whole and escaped: anchors and marks add markup, never characters', async () => {
    const html = await page(`/articles/${hostile.id}`);
    expect(hostile.quotes.length).toBeGreaterThan(0);
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('<img src=x');
    const text = html.slice(html.indexOf('<div class="article-text">')).split('</div>')[0]!.replace(/<[^>]+>/g, '');
    expect(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(hostile.text);
  });
});

describe('the lists of quotes and figures', () => {
  it("page through one speaker's quotes, keep the speaker in the filters, and link the JSON twin", async () => {
    const html = await page('/quotes?speaker=dmitry-peskov&limit=1');
    expect(html).toContain('<h1>Quotes of Dmitry Peskov</h1>');
    expect(html).toContain('<input type="hidden" name="speaker" value="dmitry-peskov"/>');
    expect(html).toContain('1–1 of 2 quotes');
    expect(html).toContain('href="/quotes?speaker=dmitry-peskov&amp;limit=1&amp;offset=1" rel="next"');
    expect(alternateHref(html)).toBe('/api/quotes?speaker=dmitry-peskov&limit=1');
    expect(await page('/')).toContain('<a href="/quotes">Quotes</a>');
  });

  it('name each speaker where the list is not one entity\'s, an unnamed source by its description', async () => {
    const html = await page('/quotes?outlet=Sample%20Post');
    expect(html).toContain('a senior administration official (unnamed)');
    const all = await page('/quotes?limit=500');
    expect(all).toContain('<a href="/entities/oleh-syniehubov">Oleh Syniehubov</a> said');
  });

  it('list figures by claimant, dimension and value', async () => {
    const html = await page('/quantities?attributedTo=oleh-syniehubov&min=10');
    expect(html).toContain('<h1>Figures credited to Oleh Syniehubov</h1>');
    expect(html).toContain('1–2 of 2 figures');
    expect(alternateHref(html)).toBe('/api/quantities?attributedTo=oleh-syniehubov&min=10');
    expect(await page('/quantities?dimension=mass')).toContain('30 million tonnes');
  });

  it('refuse a value a parameter cannot take on the page, with 400', async () => {
    expect(await page('/quotes?kind=rumour', 400)).toMatch(/<p class="notice-error">kind: /);
    expect(await page('/quantities?max=lots', 400)).toMatch(/<p class="notice-error">max: /);
  });

  it('show markup in quotes, titles and outlets as text', async () => {
    for (const path of ['/quotes?speaker=dmytro-kuleba', '/quantities?attributedTo=dmytro-kuleba', '/entities/dmytro-kuleba']) {
      const html = await page(path);
      expect(html, path).not.toMatch(/<script>window|<img src=x|<b>Hostile/);
      expect(html, path).toContain(escapeHtml('<script>window.__pwned=3</script>'));
    }
    expect(await page('/quotes?speaker=dmytro-kuleba')).toContain(`<mark>${escapeHtml('<script>window.__pwned=1</script> is all they sent us,')}</mark>`);
  });
});
