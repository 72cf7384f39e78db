/**
 * @module surfaces/web/timeline.browser.test
 *
 * The timeline in a real browser (Debian's Chromium through playwright-core),
 * served on a loopback port: the bars are drawn with heights in proportion to
 * their counts and the stylesheet's colour, a click on a bar goes one level
 * down (years → months → days) and the breadcrumb back up, no script runs
 * from a hostile article, and nothing breaks the CSP or loads from elsewhere.
 * Saves test-results/timeline.png. Skipped where /usr/bin/chromium is not installed.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAS_CHROMIUM, openBrowserSession, type BrowserSession } from '../testing/browser.js';
import { createApp } from '../api/app.js';
import { createTimelineStore, type TimelineStore } from '../testing/fixture-timeline.js';

const RESULTS = join(process.cwd(), 'test-results');
const SCREENSHOT = join(RESULTS, 'timeline.png');

describe.skipIf(!HAS_CHROMIUM)(`the timeline in Chromium (${CHROMIUM})`, () => {
  let fixture: TimelineStore;
  let session: BrowserSession;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    fixture = await createTimelineStore();
    session = await openBrowserSession(createApp(fixture.store));
    ({ origin, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  const barHeights = () => page.locator('svg.timeline rect.bar').evaluateAll((bars) => bars.map((bar) => Math.round(bar.getBoundingClientRect().height)));

  it('draws the bars in proportion, and drills from a year to its months, to a day, and back up', async () => {
    await page.goto(`${origin}/timeline`);
    // 1, 10 and 1 times: the middle bar is the tallest, ten times the others less rounding.
    const [a, b, c] = await barHeights();
    expect(b).toBeGreaterThan(100);
    expect(a).toBe(c);
    expect(b! / a!).toBeGreaterThan(8);
    expect(await page.locator('svg.timeline rect.bar').first().evaluate((bar) => getComputedStyle(bar).fill)).toBe('rgb(11, 87, 208)');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(5_000);

    await page.locator('svg.timeline a[href="/timeline?about=2024"] rect').click();
    await page.waitForURL(`${origin}/timeline?about=2024`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Timeline: 2024');
    await page.locator('svg.timeline a[href="/timeline?about=2024-05"] rect').click();
    await page.waitForURL(`${origin}/timeline?about=2024-05`);
    expect(await page.locator('svg.timeline .bar-label').count()).toBe(31);
    await page.locator('svg.timeline a[href="/timeline?about=2024-05-10"] rect').click();
    await page.waitForURL(`${origin}/timeline?about=2024-05-10`);
    expect(await page.locator('.timeline-times mark').allTextContents()).toEqual(['May 10, 2024', 'May 10, 2024', 'May 10, 2024']);
    await page.locator('nav.breadcrumb a', { hasText: 'May 2024' }).click();
    await page.waitForURL(`${origin}/timeline?about=2024-05`);
  });

  it('runs nothing from a hostile article, loads nothing from elsewhere and breaks none of the CSP', async () => {
    await page.goto(`${origin}/timeline?about=2024-05-10`);
    await page.waitForLoadState('load');
    expect(await page.locator('script, img').count()).toBe(0);
    await expect(page.locator('.timeline-times').textContent()).resolves.toContain('Depot <script>window.__pwned=3</script> burned');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(session.dialogs).toEqual([]);
    expect(session.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
