/**
 * The reader's `/timeline` through app.request(), on dispatches the real
 * analyzer read (fixture-timeline.ts): bars by year, by month of a year, by
 * day of a month, each a link one level down that keeps the filters; the
 * breadcrumb back up; the coarser count in words; the sentences of `about`
 * grouped by their time's value, linked to their articles; markup in a
 * title, an outlet and a sentence stays text; a bad `about` is shown with
 * status 400; the JSON twin says the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternateHref, pageFetcher } from '../testing/html.js';
import { createApp } from '../api/app.js';
import { createTimelineStore, type TimelineStore } from '../testing/fixture-timeline.js';
import { chartSlots, periodTrail, periodWords } from './periods.js';

let fixture: TimelineStore;
let app: ReturnType<typeof createApp>;
const page = pageFetcher(() => app);

beforeAll(async () => {
  fixture = await createTimelineStore();
  app = createApp(fixture.store);
});
afterAll(async () => fixture?.close());

const between = (html: string, open: string, close: string) => html.slice(html.indexOf(open)).split(close)[0] ?? '';
/** The chart's bars: where each leads and its hover. */
const bars = (html: string) => [...between(html, '<svg class="timeline"', '</svg>').matchAll(/<a href="([^"]*)"><title>([^<]*)<\/title>/g)].map((m) => [m[1]!.replace(/&amp;/g, '&'), m[2]]);

describe('the timeline page', () => {
  it('draws a bar a year, each leading to its months, and says what is coarser than a year', async () => {
    const html = await page('/timeline');
    expect(bars(html)).toEqual([
      ['/timeline?about=2022', '2022: 1 time in 1 article'],
      ['/timeline?about=2024', '2024: 10 times in 4 articles'],
      ['/timeline?about=2025', '2025: 1 time in 1 article'],
    ]);
    expect(html).toContain('<p class="coarser">1 time speaks only of a decade or a century, and is in no year above.</p>');
    expect(html).toContain('<nav class="breadcrumb" aria-label="periods"><span aria-current="page">All years</span></nav>');
    expect(html).toContain('<a href="/timeline">Timeline</a>');
    expect(html).not.toContain('class="timeline-times"');
  });

  it("draws a year's twelve months, the empty ones too, and the sentences of the year grouped by value", async () => {
    const html = await page('/timeline?about=2024');
    const svg = between(html, '<svg class="timeline"', '</svg>');
    expect(svg.match(/class="bar-label"/g)).toHaveLength(12);
    expect(svg).toContain('<title>April 2024: no time</title>');
    expect(bars(html)).toEqual([
      ['/timeline?about=2024-03', 'March 2024: 1 time in 1 article'],
      ['/timeline?about=2024-05', 'May 2024: 6 times in 4 articles'],
    ]);
    expect(html).toContain('3 times speak only of 2024 as a whole (or a season, a quarter, a half or a week of it), and are in no month above.');
    expect(html).toContain('<nav class="breadcrumb" aria-label="periods"><a href="/timeline">All years</a> › <span aria-current="page">2024</span></nav>');
    const groups = [...between(html, 'class="timeline-times"', '</section>').matchAll(/<h3><code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(groups).toEqual(['2024', '2024-03', '2024-05', '2024-05-10', '2024-05-12', '2024-05-12TNI', '2024-SU', '2024-W21']);
    expect(html).toContain('1–10 of 10 sentences');
    expect(html).toContain('<h3><code>2024-SU</code><span class="muted"> summer 2024</span></h3>');
  });

  it("draws a month's days, keeping the filters down and up, with each sentence's time marked and its article linked", async () => {
    const html = await page('/timeline?about=2024-05&outlet=Kyiv%20Wire');
    expect(between(html, '<svg class="timeline"', '</svg>').match(/class="bar-label"/g)).toHaveLength(31);
    expect(bars(html)).toEqual([
      ['/timeline?about=2024-05-10&outlet=Kyiv+Wire', '10 May 2024: 2 times in 2 articles'],
      ['/timeline?about=2024-05-12&outlet=Kyiv+Wire', '12 May 2024: 2 times in 1 article'],
    ]);
    expect(html).toContain('No time speaks only of May 2024 as a whole: every one is in a day.');
    expect(html).toContain('<a href="/timeline?outlet=Kyiv+Wire">All years</a> › <a href="/timeline?about=2024&amp;outlet=Kyiv+Wire">2024</a> › <span aria-current="page">May 2024</span>');
    const border = fixture.analyses.border;
    expect(html).toContain('<p class="snippet">Shelling went on <mark>last night</mark>.</p>');
    // The link goes to the time itself in the reader: its place in the article's times layer.
    const lastNight = border.times.findIndex((t) => t.text === 'last night');
    expect(lastNight).toBeGreaterThanOrEqual(0);
    expect(html).toContain(`<a href="/articles/${border.id}#time-${lastNight}">Border crossed north of Kharkiv</a> · Kyiv Wire · <time datetime="2024-05-13">2024-05-13</time>`);
    expect(html).toContain('<h3><code>2024-05-12TNI</code><span class="muted"> 12 May 2024, night</span></h3>');
    // Numbered on across the groups: 10 May (2 sentences), 12 May (1), then its night.
    expect([...html.matchAll(/<ol class="voices hits" start="(\d+)">/g)].map((m) => m[1])).toEqual(['1', '3', '4']);
  });

  it('keeps markup in a title, an outlet and a sentence as text', async () => {
    const html = await page('/timeline?about=2024-05-10');
    expect(html).toContain('<p class="coarser">3 times in 3 articles speak of 10 May 2024.</p>');
    const hostile = fixture.analyses.hostile;
    expect(html).toContain('<p class="snippet">The depot burned on <mark>May 10, 2024</mark>, &lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; officials said.</p>');
    expect(html).toContain(`<a href="/articles/${hostile.id}#time-${hostile.times.findIndex((t) => t.value === '2024-05-10')}">Depot &lt;script&gt;window.__pwned=3&lt;/script&gt; burned</a> · Hostile &lt;b&gt;Outlet&lt;/b&gt; · `);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Outlet');
  });

  it('shows a bad `about` on the page with status 400, and its JSON twin says the same as the page', async () => {
    const week = await page('/timeline?about=2024-W21', 400);
    expect(week).toContain('<p class="notice-error">about: must be a century (20), decade (202), year (2024), month (2024-05) or day (2024-05-12)</p>');
    expect(await page('/timeline?about=soon', 400)).toContain('must be a TIMEX3 date value');
    const html = await page('/timeline?about=2024&since=2024-06-01');
    const twin = (await (await app.request(alternateHref(html)!)).json()) as any;
    // Published since June: the bridge and the look-back.
    expect(twin.buckets).toEqual([
      { value: '2024-03', mentions: 1, articles: 1 },
      { value: '2024-05', mentions: 2, articles: 2 },
    ]);
    expect(bars(html)).toEqual(twin.buckets.map((b: any) => [`/timeline?about=${b.value}&since=2024-06-01`, `${periodWords(b.value)}: ${b.mentions} time${b.mentions === 1 ? '' : 's'} in ${b.articles} article${b.articles === 1 ? '' : 's'}`]));
  });
});

describe('the date the articles speak of, on the other lists', () => {
  it('narrows the article list, the search and the map to the articles that speak of a date, and keeps it in the form', async () => {
    const list = await page('/?about=2022');
    // Only the look back speaks of 2022 (the war began in February 2022).
    expect(list).toContain('Speaking of');
    expect(list).toContain('name="about" value="2022"');
    expect(list).toContain(`/articles/${fixture.analyses.lookBack.id}`);
    expect(list).not.toContain(`/articles/${fixture.analyses.border.id}`);
    const search = await page('/search?q=bridge&about=2024-05-10');
    expect(search).toContain(`/articles/${fixture.analyses.bridge.id}`);
    expect(await page('/search?q=bridge&about=2022')).not.toContain(`/articles/${fixture.analyses.bridge.id}`);
    const map = await page('/map?about=2022');
    expect(map).toContain('name="about" value="2022"');
    expect(map).not.toContain('Kharkiv');
    expect(await page('/map?about=2024-05-10')).toContain('Kharkiv');
  });
});

describe('the article page', () => {
  it('lists the periods its times speak of, each leading to the timeline there', async () => {
    const html = await page(`/articles/${fixture.analyses.border.id}`);
    // The night is its day's, the summer its year's; the duration and "now" are in no period.
    expect(between(html, '<h2>Dates</h2>', '</p>')).toBe(
      '<h2>Dates</h2><p class="article-dates"><a href="/timeline?about=2024">2024</a><span class="count"> 2</span> · <a href="/timeline?about=2024-05-10">10 May 2024</a><span class="count"> 1</span> · <a href="/timeline?about=2024-05-12">12 May 2024</a><span class="count"> 2</span>',
    );
    // The timeline's links land on the time itself: each time of the text has its anchor.
    const lastNight = fixture.analyses.border.times.findIndex((t) => t.text === 'last night');
    expect(html).toContain(`id="time-${lastNight}"`);
  });
});

describe('periods in words', () => {
  it('names each period and the values inside them', () => {
    expect(['19', '199', '2024', '2024-05', '2024-05-08', '2024-05-12T22:00', '2024-W19', '2024-Q3', '2024-H1', 'P3Y'].map(periodWords)).toEqual([
      'the 20th century', 'the 1990s', '2024', 'May 2024', '8 May 2024', '12 May 2024, 22:00', 'week 19 of 2024', 'Q3 2024', 'first half of 2024', 'P3Y',
    ]);
    expect(periodTrail('2024-05-08')).toEqual(['2024', '2024-05', '2024-05-08']);
    expect(periodTrail('202')).toEqual(['202']);
  });

  it("fills a month's days and a leap year's February, but not years", () => {
    expect(chartSlots('2024-02', 'day', [{ value: '2024-02-29', mentions: 1, articles: 1 }])).toHaveLength(29);
    expect(chartSlots('2023-02', 'day', [])).toHaveLength(28);
    expect(chartSlots(null, 'year', [{ value: '1991', mentions: 1, articles: 1 }, { value: '2024', mentions: 2, articles: 1 }]).map((s) => s.value)).toEqual(['1991', '2024']);
  });
});
