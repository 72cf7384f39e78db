/**
 * @module surfaces/web/map-pages.test
 *
 * The map page and the article page's small map, through app.request(), on
 * dispatches the real analyzer read (fixture-places): an SVG drawn on the
 * server, circles inside links to entity pages, the filters and the JSON
 * twin, the list under the map, hostile place names escaped, no script or
 * inline style, and Crimea drawn as its own hatched path, not as part of
 * Russia's (checked by testing the circles' centres against the paths).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, pageFetcher } from '../testing/html.js';
import { createApp } from '../api/app.js';
import { createPlaceStore, HOSTILE_PLACE, type PlaceStore } from '../testing/fixture-places.js';
import { isCountryPlace } from './map/atlas.js';

let fixture: PlaceStore;
let app: ReturnType<typeof createApp>;
const page = pageFetcher(() => app);

beforeAll(async () => {
  fixture = await createPlaceStore();
  app = createApp(fixture.store);
});
afterAll(async () => fixture?.close());

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The `d` of the path with this attribute (`class="…"` or `data-country="…"`). */
function pathData(html: string, attribute: string): string[] {
  return [...html.matchAll(/<path ([^>]*)>/g)].filter((m) => m[1]!.includes(attribute)).map((m) => /\sd="([^"]*)"/.exec(` ${m[1]}`)?.[1] ?? '');
}

/** Whether a point is inside an SVG path made of M, L and Z (as d3-geo writes them), by the even-odd rule. */
function insidePath(d: string, x: number, y: number): boolean {
  const rings: Array<Array<[number, number]>> = [];
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'M') rings.push([]);
    if (command === 'Z') continue;
    const numbers = args!.split(/[ ,]+/).filter(Boolean).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) rings.at(-1)!.push([numbers[i]!, numbers[i + 1]!]);
  }
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The centre of the place's circle. */
function circleOf(html: string, id: string): { cx: number; cy: number; r: number } {
  const match = [...html.matchAll(/<circle ([^>]*)>/g)].find((m) => unescape(/data-entity="([^"]*)"/.exec(m[1]!)?.[1] ?? '') === id);
  if (!match) throw new Error(`no circle for ${id}`);
  const number = (name: string) => Number(new RegExp(`\\b${name}="([^"]*)"`).exec(match[1]!)![1]);
  return { cx: number('cx'), cy: number('cy'), r: number('r') };
}

describe('the map page', () => {
  it('is in the navigation of every page', async () => {
    for (const path of ['/', '/entities', '/map']) expect(await page(path), path).toContain('<a href="/map">Map</a>');
  });

  it('draws an SVG basemap with a circle for each place, inside a link to its entity page, with a title', async () => {
    const html = await page('/map');
    expect(html).toMatch(/<figure class="place-map"><svg class="map" viewBox="0 0 \d+ \d+" aria-label="Map of the places named in the articles in all outlets">/);
    expect(html).toContain('<rect class="sea"');
    expect(pathData(html, 'class="land ukraine"')).toHaveLength(1);
    expect(pathData(html, 'class="borders"')[0]!.length).toBeGreaterThan(100);
    const places = (await fixture.store.places({})).items;
    const circles = [...html.matchAll(/<a href="([^"]*)"><circle class="place"[^>]*><title>([^<]*)<\/title><\/circle><\/a>/g)];
    // Every place but a whole country (the analyzer may give "Ukraine" a point) is a circle.
    expect(circles.length).toBe(places.filter((p) => !isCountryPlace(p)).length);
    expect(html).toContain('<a href="/entities/kharkiv"><circle class="place"');
    expect(circles.find((m) => m[1] === '/entities/kharkiv')?.[2]).toBe('Kharkiv — 5 mentions');
    expect(circles.find((m) => m[1] === '/entities/simferopol')?.[2]).toBe('Simferopol — 1 mention');
    // The most mentioned is the biggest, and the square root of the counts sizes them.
    const kharkiv = circleOf(html, 'kharkiv');
    const pokrovsk = circleOf(html, 'pokrovsk');
    const kyiv = circleOf(html, 'kyiv');
    expect(kharkiv.r).toBeGreaterThan(pokrovsk.r);
    expect(pokrovsk.r / kharkiv.r).toBeCloseTo(Math.sqrt(2 / 5), 1);
    expect(kyiv.r).toBeLessThan(pokrovsk.r);
    // East is right, north is up.
    expect(kharkiv.cx).toBeGreaterThan(kyiv.cx);
    expect(circleOf(html, 'sevastopol').cy).toBeGreaterThan(kyiv.cy);
    // The biggest places are labelled on the map.
    expect(html).toMatch(/<text class="label-major"[^>]*>Kharkiv<\/text>/);
  });

  it('draws Crimea as its own hatched path in Ukraine, not as part of Russia', async () => {
    const html = await page('/map');
    const crimea = pathData(html, 'class="crimea occupied"');
    expect(crimea).toHaveLength(1);
    expect(html).toMatch(/<path class="crimea occupied" d="M[^"]+" fill="url\(#map-occupied-hatch\)"/);
    expect(html).toContain('<pattern id="map-occupied-hatch"');
    const [russia] = pathData(html, 'data-country="643"');
    const [ukraine] = pathData(html, 'class="ukraine-outline"');
    expect(russia?.length).toBeGreaterThan(100);
    for (const id of ['sevastopol', 'simferopol']) {
      const { cx, cy } = circleOf(html, id);
      expect(insidePath(crimea[0]!, cx, cy), `${id} in Crimea`).toBe(true);
      expect(insidePath(russia!, cx, cy), `${id} not in Russia`).toBe(false);
      expect(insidePath(ukraine!, cx, cy), `${id} in Ukraine's recognized outline`).toBe(true);
    }
    for (const id of ['belgorod', 'kursk']) {
      const { cx, cy } = circleOf(html, id);
      expect(insidePath(russia!, cx, cy), `${id} in Russia`).toBe(true);
      expect(insidePath(crimea[0]!, cx, cy), `${id} not in Crimea`).toBe(false);
    }
    expect(insidePath(ukraine!, circleOf(html, 'kharkiv').cx, circleOf(html, 'kharkiv').cy)).toBe(true);
    // The legend says what the hatch means, and what is not drawn.
    expect(html).toContain('Crimea: Ukraine, occupied by Russia since 2014');
    expect(html).toContain('The occupied areas are not outlined');
  });

  it('marks the four oblasts Russia claims with the occupation hatch, inside Ukraine, not Russia', async () => {
    const html = await page('/map');
    const [russia] = pathData(html, 'data-country="643"');
    const [ukraine] = pathData(html, 'class="ukraine-outline"');
    const markers = [...html.matchAll(/<path class="claimed-oblast occupied" d="M([\d.]+) ([\d.]+)l11 11-11 11-11-11z" fill="url\(#map-occupied-hatch\)" data-entity="([a-z-]+)"><title>([^<]+)<\/title>/g)];
    // Those whose centre lies in the map's frame.
    expect(markers.map((m) => m[3])).toEqual(expect.arrayContaining(['donetsk-oblast', 'zaporizhzhia-oblast', 'kherson-oblast']));
    expect(markers.every((m) => ['donetsk-oblast', 'luhansk-oblast', 'zaporizhzhia-oblast', 'kherson-oblast'].includes(m[3]!))).toBe(true);
    for (const [, x, top, id, title] of markers) {
      const cy = Number(top) + 11;
      expect(insidePath(ukraine!, Number(x), cy), `${id} inside Ukraine's recognized outline`).toBe(true);
      expect(insidePath(russia!, Number(x), cy), `${id} not drawn in Russia`).toBe(false);
      expect(unescape(title!)).toMatch(/Oblast: Ukraine; partly occupied by Russia, which claimed to annex it in September 2022$/);
    }
    expect(html).toContain('Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts (marked at their centres)');
  });

  it('filters by outlet and date, keeps the choices, and links its GeoJSON twin with the same query', async () => {
    const html = await page('/map?outlet=Moscow+Courier&since=2024-06-01&until=');
    expect(html).toContain('<form class="filters" method="get" action="/map">');
    expect(html).toContain('<option value="Moscow Courier" selected="">Moscow Courier</option>');
    expect(html).toContain('<input type="date" name="since" value="2024-06-01"/>');
    const ids = [...html.matchAll(/<circle class="place"[^>]*data-entity="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['belgorod', 'kharkiv']);
    const twin = /<link rel="alternate" type="application\/geo\+json" href="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(twin).toBe('/api/places.geojson?outlet=Moscow+Courier&since=2024-06-01');
    expect(html).toContain('<a class="twin" href="/api/places.geojson?outlet=Moscow+Courier&amp;since=2024-06-01"');
    const response = await app.request(twin!);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = (await response.json()) as { features: Array<{ id: string }> };
    const kept = await fixture.store.places({ outlet: 'Moscow Courier', since: '2024-06-01' });
    expect(body.features.map((f) => f.id)).toEqual(kept.items.map((p) => p.id));
    expect(body.features.map((f) => f.id)).toEqual(expect.arrayContaining(['belgorod', 'kharkiv']));
  });

  it('lists the places under the map, with links to their pages and sentences', async () => {
    const html = await page('/map');
    const list = html.slice(html.indexOf('<h2>Places</h2>'));
    const { total } = await fixture.store.places({});
    expect(list).toContain(`1–${total} of ${total} places`);
    const row = list.slice(list.indexOf('<a href="/entities/kharkiv">')).split('</tr>')[0]!;
    expect(row).toContain('<a href="/entities/kharkiv">Kharkiv</a>');
    expect(row).toContain('<td>GPE</td><td>5</td><td>4</td><td>3</td>');
    expect(row).toContain('<time datetime="2024-05-19">2024-05-19</time>');
    expect(row).toMatch(/<a href="\/entities\/kharkiv" title="[^"]*">sentences<\/a>/);
    // A timestamp is shown as its day, and kept whole in the datetime.
    expect(list).toContain('<time datetime="2024-06-02T08:00:00Z">2024-06-02</time>');
  });

  it('pages and refuses a bad filter on the page with 400', async () => {
    const first = await page('/map?limit=3');
    expect([...first.matchAll(/<circle class="place"/g)]).toHaveLength(3);
    expect(first).toContain('href="/map?limit=3&amp;offset=3" rel="next"');
    const bad = await page('/map?since=yesterday', 400);
    expect(bad).toMatch(/<p class="notice-error">since: /);
    // The basemap is still drawn, empty.
    expect(bad).toContain('<svg class="map"');
  });

  it('draws Ukraine and its neighbours when no place is there', async () => {
    const html = await page('/map?outlet=nobody');
    expect(html).not.toContain('<circle class="place"');
    expect(html).toContain('No article the filters keep names a place with a point.');
    expect(pathData(html, 'class="crimea occupied"')).toHaveLength(1);
    expect(html).toMatch(/<text class="label-country"[^>]*>UKRAINE<\/text>/);
  });
});

describe('hostile place names', () => {
  it('come out escaped in titles, labels, links and the list; nothing is made of them', async () => {
    for (const path of ['/map', `/articles/${fixture.hostile.id}`]) {
      const html = await page(path);
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).not.toContain('<svg onload');
      expect(html, path).toContain(`<title>${escapeHtml(HOSTILE_PLACE.name)} — 2 mentions</title>`);
      expect(html, path).toContain(`<a href="/entities/${encodeURIComponent(HOSTILE_PLACE.id)}"><circle class="place"`);
      expect(html, path).toContain(`data-entity="${escapeHtml(HOSTILE_PLACE.id)}"`);
      expect(html, path).toMatch(new RegExp(`<text class="label-[a-z]+"[^>]*>${escapeHtml(HOSTILE_PLACE.name).replace(/[()]/g, '\\$&')}</text>`));
    }
    const list = await page('/map');
    expect(list).toContain(`<a href="/entities/${encodeURIComponent(HOSTILE_PLACE.id)}">${escapeHtml(HOSTILE_PLACE.name)}</a>`);
  });
});

describe('the small map on the article page', () => {
  it('shows the places the article names, each a link to its page, beside the GeoJSON twin', async () => {
    const article = fixture.articles[2]!;
    const html = await page(`/articles/${article.id}`);
    expect(html).toContain('<h2>Places</h2>');
    expect(html).toContain('<figure class="place-map compact"><svg class="map"');
    const circles = [...html.matchAll(/<a href="([^"]*)"><circle class="place"/g)].map((m) => m[1]);
    const places = (await fixture.store.articlePlaces(article.id))!;
    expect(circles.length).toBe(places.filter((p) => !isCountryPlace(p)).length);
    expect(circles).toEqual(expect.arrayContaining(['/entities/kharkiv', '/entities/sevastopol', '/entities/simferopol']));
    expect(html).toContain('<title>Sevastopol — 2 mentions</title>');
    expect(html).toContain('<a href="/entities/sevastopol">Sevastopol</a><span class="count"> 2</span>');
    expect(html).toContain(`href="/api/articles/${article.id}/places?format=geojson"`);
    const { cx, cy } = circleOf(html, 'sevastopol');
    expect(insidePath(pathData(html, 'class="crimea occupied"')[0]!, cx, cy)).toBe(true);
  });

  it('keeps the layer switches and the mention links of the text', async () => {
    const article = fixture.articles[2]!;
    const html = await page(`/articles/${article.id}`);
    expect(html).toContain('<fieldset class="layers">');
    expect(html).toContain('data-layer="mentions"');
    const text = html.slice(html.indexOf('<div class="article-text"') >= 0 ? html.indexOf('<div class="article-text"') : html.indexOf('article-text'));
    expect(text).toContain('<a class="entity" href="/entities/sevastopol">');
    // The map comes before the text, and the text is whole.
    expect(html.indexOf('<figure class="place-map')).toBeLessThan(html.indexOf('article-text'));
  });

  it('is left out where the article names no place with a point', async () => {
    const html = await page(`/articles/${fixture.articles[3]!.id}`);
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<h2>Places</h2>');
  });
});

describe('what the map pages are allowed', () => {
  it('have no script, no inline style and nothing from another origin', async () => {
    for (const path of ['/map', '/map?outlet=Kyiv+Wire', `/articles/${fixture.articles[2]!.id}`, `/articles/${fixture.hostile.id}`]) {
      const html = await page(path);
      expect(html, path).not.toMatch(/<script|<style|\sstyle=/i);
      expect(html, path).not.toMatch(/\s(?:src|href|action|xlink:href)="(?:[a-z]+:)?\/\//i);
      // No event handler attribute on any element (quoted values, where escaped data lives, left out).
      const handlers = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/"[^"]*"/g, '""')).filter((tag) => /\son[a-z]+\s*=/i.test(tag));
      expect(handlers, path).toEqual([]);
    }
  });

  it('styles the map from the stylesheet, which loads nothing', async () => {
    const css = await (await app.request('/static/reader.css')).text();
    for (const rule of ['.map .sea', '.map .land.ukraine', '.map .place', '.map .label-major', '.legend-occupied']) expect(css).toContain(rule);
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });
});
