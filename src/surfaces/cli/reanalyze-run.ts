/**
 * @module surfaces/cli/reanalyze-run
 *
 * Stored articles analysed again, in batches: each article's input is rebuilt from the store
 * (store/reanalysis.ts), analysed, and, where anything differs, its analysis replaced, one
 * transaction a batch. A line is reported for an article once its batch is committed; one that the
 * analyzer fails on, or that the store refuses, is reported failed and keeps what it had.
 */
import type { ArticleInput } from '../../analyze/index.js';
import type { Analysis } from '../../format/analysis.js';
import { changedParts, reanalysisInput } from '../../store/reanalysis.js';
import type { ReanalysisCandidate, Store } from '../../store/store.js';

export interface ReanalyzeLine {
  id: string;
  status: 'reanalyzed' | 'unchanged' | 'failed';
  /** The versions the stored analysis has now (for a failed article, still the old ones; null for an id no article has). */
  formatVersion: string | null;
  analyzerVersion: string | null;
  /** For a reanalyzed article: the versions it had, and the parts of its analysis that changed. */
  was?: { formatVersion: string; analyzerVersion: string };
  changed?: string[];
  error?: { code: 'NOT_FOUND' | 'ANALYZE_FAILED' | 'STORE_REFUSED'; message: string };
}

export type ReanalyzeCounts = Record<ReanalyzeLine['status'], number>;

export interface ReanalyzeOptions {
  analyze: (input: ArticleInput) => Analysis;
  /** Articles per transaction. */
  batch: number;
  onLine?: (line: ReanalyzeLine) => void;
  /** Called after each article with the number done. */
  onArticle?: (done: number) => void;
  /** Asked between articles: true stops after committing what is in hand. */
  shouldStop?: () => boolean;
}

export async function reanalyzeArticles(
  store: Store,
  candidates: readonly ReanalysisCandidate[],
  options: ReanalyzeOptions,
): Promise<{ counts: ReanalyzeCounts; interrupted: boolean }> {
  const counts: ReanalyzeCounts = { reanalyzed: 0, unchanged: 0, failed: 0 };
  const report = (line: ReanalyzeLine) => {
    counts[line.status]++;
    options.onLine?.(line);
  };
  let pending: Array<{ candidate: ReanalysisCandidate; analysis: Analysis; changed: string[] }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const results = await store.replaceAnalyses(pending.map(({ candidate, analysis }) => ({ id: candidate.id, analysis })));
    results.forEach((result, i) => {
      const { candidate, analysis, changed } = pending[i]!;
      if (result.status === 'failed') report(failed(candidate, 'STORE_REFUSED', result.error));
      else
        report({
          id: candidate.id,
          status: 'reanalyzed',
          formatVersion: analysis.formatVersion,
          analyzerVersion: analysis.analyzer.version,
          was: { formatVersion: candidate.formatVersion, analyzerVersion: candidate.analyzerVersion },
          changed,
        });
    });
    pending = [];
  };

  let interrupted = false;
  for (const [i, candidate] of candidates.entries()) {
    // Yield to the event loop so that a Ctrl-C handler can run between articles.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.shouldStop?.()) {
      interrupted = true;
      break;
    }
    const stored = await store.getArticle(candidate.id);
    if (!stored) report(failed(candidate, 'NOT_FOUND', `no article has the id ${candidate.id}`));
    else {
      let analysis: Analysis | null = null;
      try {
        analysis = options.analyze(reanalysisInput(stored));
      } catch (error) {
        report(failed(candidate, 'ANALYZE_FAILED', (error as Error).message));
      }
      if (analysis) {
        const changed = changedParts(stored.analysis, analysis);
        if (changed.length === 0) report({ id: candidate.id, status: 'unchanged', formatVersion: candidate.formatVersion, analyzerVersion: candidate.analyzerVersion });
        else pending.push({ candidate, analysis, changed });
      }
    }
    if (pending.length >= options.batch) await flush();
    options.onArticle?.(i + 1);
  }
  await flush();
  return { counts, interrupted };
}

function failed(candidate: ReanalysisCandidate, code: NonNullable<ReanalyzeLine['error']>['code'], message: string): ReanalyzeLine {
  return { id: candidate.id, status: 'failed', formatVersion: candidate.formatVersion, analyzerVersion: candidate.analyzerVersion, error: { code, message } };
}
