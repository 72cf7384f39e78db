/**
 * The reader shows the times layer like every other: each time highlighted,
 * its normalized value (and what it was resolved against) on hover, the
 * text still escaped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../api/app.js';
import { analyze } from '../../analyze/index.js';
import { emptyMeta, type Analysis } from '../../format/analysis.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { pageFetcher } from '../testing/html.js';

describe('times in the reader', () => {
  let dir: string;
  let store: SqliteStore;
  let app: ReturnType<typeof createApp>;
  let analysis: Analysis;
  const page = pageFetcher(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-times-reader-'));
    store = new SqliteStore(join(dir, 'reader.db'));
    analysis = analyze({
      text: 'Drones <b>struck</b> Odesa yesterday and again on May 8.',
      source: { path: 'odesa.txt', url: null, format: 'txt' },
      meta: { ...emptyMeta(), published: '2024-05-13', language: 'en' },
      metaProvenance: { published: 'sidecar' },
      notes: [],
    });
    await store.saveBatch([{ analysis, source: { path: join(dir, 'odesa.txt') } }]);
    app = createApp(store);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('highlights each time with its value as the title', async () => {
    expect(analysis.times.map((t) => [t.text, t.value])).toEqual([['yesterday', '2024-05-12'], ['May 8', '2024-05-08']]);
    const html = await page(`/articles/${analysis.id}`);
    expect(html).toMatch(/<span class="[^"]*" title="[^"]*times: type=DATE value=2024-05-12 anchor=published[^"]*">yesterday<\/span>/);
    expect(html).toMatch(/title="[^"]*times: type=DATE value=2024-05-08[^"]*">May 8<\/span>/);
    expect(html).toContain('&lt;b&gt;struck&lt;/b&gt;');
    expect(html).not.toContain('<b>struck</b>');
  });
});
