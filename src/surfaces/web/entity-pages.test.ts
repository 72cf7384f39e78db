/**
 * @module surfaces/web/entity-pages.test
 *
 * The reader's entity pages and the mention links in the article text,
 * through app.request(), on a store whose mention layers are filled by
 * hand (fixture-mentions): the list and its filters, an entity's spellings
 * by outlet, reasons, articles and marked sentences, corrections, JSON
 * twins, and entity names and spellings that are hostile markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternateHref, escapeHtml, pageFetcher } from '../testing/html.js';
import { createApp } from '../api/app.js';
import { createRegistryStore, HOSTILE_ENTITY, type RegistryStore } from '../testing/fixture-mentions.js';
import { HOSTILE_PAYLOADS } from '../testing/fixture-store.js';

let fixture: RegistryStore;
let app: ReturnType<typeof createApp>;

const page = pageFetcher(() => app);

/** The HTML of the section under a heading, up to the next one. */
const section = (html: string, heading: string) => html.slice(html.indexOf(`<h2>${heading}</h2>`)).split('<h2>')[1] ?? '';

beforeAll(async () => {
  fixture = await createRegistryStore();
  app = createApp(fixture.store);
});
afterAll(async () => fixture?.close());

describe('entity list', () => {
  it('lists every entity with its counts, linked to its page, and is in the navigation', async () => {
    const html = await page('/entities');
    expect(html).toContain('<a href="/entities">Entities</a>');
    expect(html).toContain('<a href="/entities/kharkiv">Kharkiv</a>');
    expect(html).toContain('<a href="/entities/russian-defence-ministry">Ministry of Defence of Russia</a>');
    const row = html.slice(html.indexOf('/entities/kharkiv"')).split('</tr>')[0];
    expect(row).toContain('<td>GPE</td><td>6</td><td>3</td><td>2</td>');
    expect(row).toContain('2024-05-19');
    expect(html).toContain('1–7 of 7 entities');
    expect(await page('/')).toContain('<a href="/entities">Entities</a>');
  });

  it('has a search box and type and outlet filters, keeps the choices, and links its JSON twin', async () => {
    const html = await page('/entities?q=Kiev&type=gpe&outlet=');
    expect(html).toContain('<input type="search" name="q" value="Kiev"');
    expect(html).toContain('<option value="GPE" selected="">GPE</option>');
    expect(html).toContain('<option value="Moscow Courier">Moscow Courier</option>');
    expect(html).toContain('/entities/kyiv');
    expect(html).not.toContain('/entities/kharkiv"');
    expect(alternateHref(html)).toBe('/api/entities?q=Kiev&type=gpe');
    const twin = (await (await app.request(alternateHref(html)!)).json()) as { entities: Array<{ id: string }> };
    expect(twin.entities.map((e) => e.id)).toEqual(['kyiv']);
  });

  it('pages, and refuses a bad page size on the page with 400', async () => {
    const first = await page('/entities?limit=2');
    expect(first).toContain('href="/entities?limit=2&amp;offset=2" rel="next"');
    const bad = await page('/entities?limit=0', 400);
    expect(bad).toMatch(/<p class="notice-error">limit: /);
  });
});

describe('entity page', () => {
  it('shows name, type and Wikidata id as text, first and last seen', async () => {
    const html = await page('/entities/kharkiv');
    expect(html).toContain('<h1>Kharkiv<span class="badge">GPE</span></h1>');
    expect(html).toContain('<code>Q42308</code>');
    expect(html).not.toMatch(/href="[^"]*wikidata/);
    expect(html).toContain('<time datetime="2024-05-19">2024-05-19</time>');
    expect(html).toContain('<time datetime="2024-06-11">2024-06-11</time>');
    expect(alternateHref(html)).toBe('/api/entities/kharkiv');
  });

  it('tables each spelling against the outlets that write it', async () => {
    const table = section(await page('/entities/kharkiv'), 'Spellings by outlet');
    expect(table).toContain('<th>Spelling</th><th scope="col">Kyiv Wire</th><th scope="col">Moscow Courier</th><th>All</th>');
    expect(table).toContain('<th scope="row">Kharkiv</th><td>3</td><td><span class="muted">—</span></td><td>3</td>');
    expect(table).toContain('<th scope="row">Kharkov</th><td><span class="muted">—</span></td><td>2</td><td>2</td>');
    expect(table).toContain('<th scope="row">Kharkiv Oblast</th><td>1</td>');
  });

  it('says why the names are one, lists the articles, and marks the mentions in their sentences', async () => {
    const html = await page('/entities/kharkiv');
    expect(section(html, 'Why these names are one entity')).toContain('same id &quot;kharkiv&quot; from the analyzer in 3 articles');
    const [wire] = fixture.articles;
    expect(section(html, 'Articles')).toContain(`<a href="/articles/${wire!.id}">Drones strike Kharkiv overnight</a>`);
    const sentences = section(html, 'Sentences');
    expect(sentences).toContain('<p class="snippet">Officials met in Kyiv to discuss air defence for <mark>Kharkiv</mark>.</p>');
    expect(sentences).toContain('near <mark>Kharkov</mark> overnight, after Kiev had moved new air defence systems to <mark>Kharkov</mark>.');
    expect(sentences).toContain('<mark>Kharkiv Oblast</mark>');
    expect(section(html, 'Corrections')).toContain('No user has corrected this entity.');
  });

  it('is a 404 page for an unknown id', async () => {
    expect(await page('/entities/vuhledar', 404)).toContain('no entity has this id');
  });
});

describe('mentions in the article page', () => {
  it('link each mention to its entity, inside the segment that keeps the layer classes', async () => {
    const [wire] = fixture.articles;
    const html = await page(`/articles/${wire!.id}`);
    expect(html).toMatch(/<span class="[^"]*" title="[^"]*mentions: type=GPE entity=kharkiv[^"]*"><a class="entity" href="\/entities\/kharkiv">Kharkiv<\/a><\/span>/);
    expect(html).toContain('<a class="entity" href="/entities/oleh-syniehubov">Oleh Syniehubov</a>');
    expect(html).toContain('<a class="entity" href="/entities/kharkiv">Kharkiv Oblast</a>');
    const box = (html.match(/<input type="checkbox"[^>]*>/g) ?? []).find((input) => input.includes('data-layer="mentions"'));
    expect(box).not.toContain('disabled');
    // The text is still whole: links add markup, never characters.
    const text = html.slice(html.indexOf('<div class="article-text">')).split('</div>')[0]!.replace(/<[^>]+>/g, '');
    expect(text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(wire!.text);
  });
});

describe('corrections on the pages', () => {
  it('show the merge with its note, and send an old link to where its mentions went', async () => {
    await fixture.store.mergeEntities('kharkiv', 'kharkov', 'same city, <b>Russian</b> spelling');
    const html = await page('/entities/kharkiv');
    const corrections = section(html, 'Corrections');
    expect(corrections).toContain('merged <a href="/entities/kharkov"><code>kharkov</code></a> into <code>kharkiv</code>');
    expect(corrections).toContain('same city, &lt;b&gt;Russian&lt;/b&gt; spelling');
    expect(section(html, 'Why these names are one entity')).toMatch(/merged by a user on \d{4}-\d{2}-\d{2} \(correction #1\): &quot;kharkov&quot; into &quot;kharkiv&quot;/);
    expect(section(html, 'Spellings by outlet')).toContain('<th scope="row">Kharkov</th><td><span class="muted">—</span></td><td>4</td><td>4</td>');
    const response = await app.request('/entities/kharkov');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/entities/kharkiv');
    expect(await page('/entities')).not.toContain('/entities/kharkov"');
  });
});

describe('hostile entity names and spellings', () => {
  const hostilePath = () => `/entities/${encodeURIComponent(HOSTILE_ENTITY.id)}`;

  it('come out escaped on the list, the entity page and the article page', async () => {
    for (const path of ['/entities', '/entities?q=script', hostilePath(), `/articles/${fixture.hostile.id}`]) {
      const html = await page(path);
      expect(html, path).not.toContain('<script>window.__pwned');
      expect(html, path).not.toContain('<img src=x onerror');
      expect(html, path).not.toContain('<svg onload');
      expect(html, path).toContain(escapeHtml(HOSTILE_ENTITY.name));
    }
  });

  it('show the alias containing <script> as text in the spelling table, and the id as text', async () => {
    const html = await page(hostilePath());
    const table = section(html, 'Spellings by outlet');
    for (const spelling of HOSTILE_ENTITY.spellings) expect(table).toContain(`<th scope="row">${escapeHtml(spelling)}</th>`);
    expect(html).toContain(`<code>${escapeHtml(HOSTILE_ENTITY.id)}</code>`);
    expect(html).toContain(`<title>${escapeHtml(HOSTILE_ENTITY.name)} · sitrep</title>`);
    expect(alternateHref(html)).toBe(`/api/entities/${encodeURIComponent(HOSTILE_ENTITY.id)}`);
    for (const payload of HOSTILE_PAYLOADS.slice(0, 2)) expect(section(html, 'Sentences')).toContain(`<mark>${escapeHtml(payload)}</mark>`);
  });

  it('link from the article text with the id percent-encoded', async () => {
    const html = await page(`/articles/${fixture.hostile.id}`);
    expect(html).toContain(`<a class="entity" href="${hostilePath()}">${escapeHtml(HOSTILE_ENTITY.spellings[0])}</a>`);
  });

  it('leave the pages without script, inline style or anything from another origin', async () => {
    for (const path of ['/entities', '/entities/kharkiv', hostilePath(), `/articles/${fixture.hostile.id}`]) {
      const html = await page(path);
      expect(html, path).not.toMatch(/<script|<style|\sstyle=/i);
      expect(html, path).not.toMatch(/\s(?:src|href|action)="(?:[a-z]+:)?\/\//i);
    }
  });
});
