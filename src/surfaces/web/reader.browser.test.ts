/**
 * @module surfaces/web/reader.browser.test
 *
 * The reader in a real browser (Debian's Chromium through playwright-core),
 * served by @hono/node-server on a loopback port: a reader's click path,
 * the pure-CSS layer switches, and hostile article data that must neither
 * run nor make the page reach out. Skipped where /usr/bin/chromium is not
 * installed (`apt-get install chromium`).
 */
import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAS_CHROMIUM, openBrowserSession, type BrowserSession } from '../testing/browser.js';
import { createApp } from '../api/app.js';
import { createFixtureStore, type FixtureStore } from '../testing/fixture-store.js';
import { createRegistryStore, HOSTILE_ENTITY, type RegistryStore } from '../testing/fixture-mentions.js';

const SCREENSHOT = join(process.cwd(), 'test-results', 'reader-article.png');

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!HAS_CHROMIUM)(`the reader in Chromium (${CHROMIUM})`, () => {
  let fixture: FixtureStore;
  let session: BrowserSession;
  let origin: string;
  let page: Page;
  let requests: string[];
  let dialogs: string[];
  let cspViolations: string[];

  beforeAll(async () => {
    fixture = await createFixtureStore();
    session = await openBrowserSession(createApp(fixture.store));
    ({ origin, page, requests, dialogs, cspViolations } = session);
  });

  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  const backgroundOf = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);

  /** The palette class of a layer, read from its checkbox: slots are the reader's business, not the test's. */
  async function layerClassOf(layer: string): Promise<string> {
    const id = await page.locator(`input[data-layer="${layer}"]`).getAttribute('id');
    expect(id, layer).toMatch(/^layer-\d+$/);
    return `l${id!.slice('layer-'.length)}`;
  }

  it('goes from the list to an article and colours its sentences and metadata on demand', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Drones strike Kharkiv power grid overnight' }).click();
    await page.waitForURL(`${origin}/articles/${fixture.dispatch.id}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Drones strike Kharkiv power grid overnight');

    const sentenceClass = await layerClassOf('sentences');
    const metadataClass = await layerClassOf('metadata');
    const sentence = `.article-text .${sentenceClass}`;
    const metadata = `.article-text .${metadataClass}`;
    const sentenceBefore = await backgroundOf(sentence);
    const metadataBefore = await backgroundOf(metadata);
    expect(sentenceBefore).toBe('rgba(0, 0, 0, 0)');

    await page.locator('input[data-layer="sentences"]').check();
    const sentenceAfter = await backgroundOf(sentence);
    expect(sentenceAfter).not.toBe(sentenceBefore);

    await page.locator('input[data-layer="metadata"]').check();
    const metadataAfter = await backgroundOf(metadata);
    expect(metadataAfter).not.toBe(metadataBefore);
    // The finer layer shows over the sentence it lies in.
    expect(metadataAfter).not.toBe(sentenceAfter);

    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(0);

    await page.locator('input[data-layer="sentences"]').uncheck();
    expect(await backgroundOf(`${sentence}:not(.${metadataClass})`)).toBe('rgba(0, 0, 0, 0)');
    expect(await backgroundOf(metadata)).toBe(metadataAfter);

    // A layer's switch is disabled exactly when the article has no span of it (mentions: as the recognizer finds them).
    await expect(page.locator('input[data-layer="mentions"]').isDisabled()).resolves.toBe(fixture.dispatch.analysis.mentions.length === 0);
    // pre-wrap keeps the paragraph breaks of the text visible.
    await expect(page.locator('.article-text').evaluate((element) => getComputedStyle(element).whiteSpace)).resolves.toBe('pre-wrap');
  });

  it('shows hostile article data as text: nothing runs, nothing is created, no dialog opens', async () => {
    for (const path of [`/articles/${fixture.hostile.id}`, '/', '/search?q=hostile']) {
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('load');
      // Time for an onerror or onload to fire, had any such element been created.
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => typeof (window as unknown as { __pwned?: unknown }).__pwned), path).toBe('undefined');
      // The article's map of its places is the one SVG allowed (an article naming Kyiv has one): none is made of the markup.
      expect(await page.locator('script, img, svg:not(figure.place-map > svg.map), a[href^="javascript:"]').count(), path).toBe(0);
    }
    await page.goto(`${origin}/articles/${fixture.hostile.id}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('<script>window.__pwned=1</script>');
    expect(dialogs).toEqual([]);
  });

  it('loads nothing from another origin and breaks none of the CSP', () => {
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)(`mention links in Chromium (${CHROMIUM})`, () => {
  let registry: RegistryStore;
  let server: ServerType;
  let browser: Browser;
  let origin: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    registry = await createRegistryStore();
    const app = createApp(registry.store);
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await registry?.close();
  });

  it('goes from a highlighted mention in an article to its entity page, and nothing hostile runs there', async () => {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${origin}/articles/${registry.articles[0]!.id}`);
    const mentions = page.locator('input[data-layer="mentions"]');
    const slot = (await mentions.getAttribute('id'))!.slice('layer-'.length);
    const link = page.locator('.article-text a.entity', { hasText: 'Kharkiv Oblast' });
    const before = await link.evaluate((element) => getComputedStyle(element.parentElement!).backgroundColor);
    await mentions.check();
    expect(await page.locator(`.article-text .l${slot} a.entity`).count()).toBeGreaterThan(0);
    expect(await link.evaluate((element) => getComputedStyle(element.parentElement!).backgroundColor)).not.toBe(before);
    await link.click();
    await page.waitForURL(`${origin}/entities/kharkiv`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Kharkiv');
    expect(await page.locator('.sentences mark').count()).toBeGreaterThan(0);

    await page.goto(`${origin}/entities/${encodeURIComponent(HOSTILE_ENTITY.id)}`);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => typeof (window as unknown as { __pwned?: unknown }).__pwned)).toBe('undefined');
    expect(await page.locator('script, img, svg').count()).toBe(0);
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE_ENTITY.name);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
