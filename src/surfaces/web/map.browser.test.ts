/**
 * @module surfaces/web/map.browser.test
 *
 * The map in a real browser (Debian's Chromium through playwright-core),
 * served by @hono/node-server on a loopback port: the SVG renders with its
 * circles, a click on a circle leads to the place's page, the article page
 * shows its small map, a hostile place name runs nothing, and nothing
 * breaks the CSP or loads from elsewhere. Saves test-results/map.png.
 * Skipped where /usr/bin/chromium is not installed (`apt-get install chromium`).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAS_CHROMIUM, openBrowserSession, type BrowserSession } from '../testing/browser.js';
import { createApp } from '../api/app.js';
import { createPlaceStore, HOSTILE_PLACE, type PlaceStore } from '../testing/fixture-places.js';

const RESULTS = join(process.cwd(), 'test-results');
const SCREENSHOT = join(RESULTS, 'map.png');
const ARTICLE_SCREENSHOT = join(RESULTS, 'map-article.png');

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!HAS_CHROMIUM)(`the map in Chromium (${CHROMIUM})`, () => {
  let fixture: PlaceStore;
  let session: BrowserSession;
  let origin: string;
  let page: Page;
  let requests: string[];
  let dialogs: string[];
  let cspViolations: string[];

  beforeAll(async () => {
    fixture = await createPlaceStore();
    session = await openBrowserSession(createApp(fixture.store));
    ({ origin, page, requests, dialogs, cspViolations } = session);
  });

  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  it('renders the map with its circles and borders, and a click on a circle opens the place', async () => {
    await page.goto(`${origin}/map`);
    const map = page.locator('figure.place-map svg.map');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(300);
    expect(await page.locator('svg.map circle.place').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('svg.map path.land').count()).toBeGreaterThan(5);
    // The stylesheet reaches into the SVG: the sea and the circles have their colours, the hatch its pattern.
    const fill = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fill);
    expect(await fill('svg.map rect.sea')).toBe('rgb(217, 230, 239)');
    expect(await fill('svg.map circle.place')).toBe('rgb(210, 57, 47)');
    expect(await fill('svg.map path.crimea.occupied')).toMatch(/url\(.*#map-occupied-hatch/);
    await expect(page.locator('figure.place-map figcaption').textContent()).resolves.toContain('Crimea: Ukraine, occupied by Russia since 2014');
    // The most mentioned places are labelled on the map.
    await expect(page.locator('svg.map .place-labels text').allTextContents()).resolves.toEqual(expect.arrayContaining(['Kharkiv', 'Pokrovsk']));

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);

    await page.locator('svg.map a[href="/entities/kharkiv"] circle').click();
    await page.waitForURL(`${origin}/entities/kharkiv`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Kharkiv');
    expect(await page.locator('.sentences mark').count()).toBeGreaterThan(0);
  });

  it('keeps the filters, and shows an article\'s places on a small map that leads to them', async () => {
    await page.goto(`${origin}/map?outlet=Moscow+Courier`);
    await expect(page.locator('select[name="outlet"]').inputValue()).resolves.toBe('Moscow Courier');
    const circles = await page.locator('svg.map circle.place').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-entity')));
    expect(circles).toEqual(expect.arrayContaining(['kharkiv', 'belgorod']));
    expect(circles).not.toContain('sevastopol');

    const sevastopol = fixture.articles[2]!;
    await page.goto(`${origin}/articles/${sevastopol.id}`);
    expect(await page.locator('figure.place-map.compact svg.map circle.place').count()).toBeGreaterThanOrEqual(3);
    mkdirSync(RESULTS, { recursive: true });
    await page.locator('figure.place-map').screenshot({ path: ARTICLE_SCREENSHOT });
    expect(statSync(ARTICLE_SCREENSHOT).size).toBeGreaterThan(0);
    // The layer switches still work beside the map.
    const mentions = page.locator('input[data-layer="mentions"]');
    const slot = (await mentions.getAttribute('id'))!.slice('layer-'.length);
    await mentions.check();
    expect(await page.locator(`.article-text .l${slot}`).first().evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('svg.map a[href="/entities/sevastopol"] circle').click();
    await page.waitForURL(`${origin}/entities/sevastopol`);
  });

  it('shows a hostile place name as text: nothing runs, no element is made of it', async () => {
    for (const path of ['/map', `/articles/${fixture.hostile.id}`]) {
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(await page.locator('script, img').count(), path).toBe(0);
      // The one SVG is the map's own.
      expect(await page.locator('svg').count(), path).toBe(1);
      const titles = await page.locator('svg.map circle.place title').allTextContents();
      expect(titles.some((t) => t.startsWith(HOSTILE_PLACE.name)), path).toBe(true);
    }
    await page.goto(`${origin}/map`);
    await page.locator(`svg.map a[href="/entities/${encodeURIComponent(HOSTILE_PLACE.id)}"] circle`).click();
    await page.waitForURL(`${origin}/entities/${encodeURIComponent(HOSTILE_PLACE.id)}`);
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE_PLACE.name);
    expect(dialogs).toEqual([]);
  });

  it('loads nothing from another origin and breaks none of the CSP', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
