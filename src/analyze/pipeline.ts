/**
 * @module analyze/pipeline
 *
 * The analyzer is a plain array of annotators run in order over one
 * Document, in the spirit of spaCy's `Language.__call__`. Each annotator
 * declares the layers it `requires` and the ones it `assigns`; the pipeline
 * checks at construction that every requirement is assigned by an earlier
 * annotator, so a misordered pipeline fails at start-up rather than on the
 * thousandth article.
 */
import { Document } from './document.js';

export interface Annotator {
  /** Short, unique, kebab-case: shown by `sitrep pipeline` and in errors. */
  readonly name: string;
  /** Layers (or `meta.*` fields) that must exist before this annotator runs. */
  readonly requires: readonly string[];
  /** Layers (or `meta.*` fields) this annotator adds. */
  readonly assigns: readonly string[];
  /** ISO 639-1 codes of the languages it reads; `any` when it does not depend on language. */
  readonly languages: readonly string[] | 'any';
  annotate(doc: Document): void;
}

export class PipelineError extends Error {}

/** Thrown when one annotator fails on one document: names the annotator, keeps the cause. */
export class AnnotatorFailure extends Error {
  constructor(
    readonly annotator: string,
    cause: unknown,
  ) {
    super(`annotator "${annotator}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface PipelineRun {
  /** Annotators that ran on this document. */
  ran: string[];
  /** Annotators skipped because they do not read the document's language. */
  skipped: string[];
}

export class Pipeline {
  readonly annotators: readonly Annotator[];

  constructor(annotators: readonly Annotator[]) {
    const assigned = new Set<string>();
    const names = new Set<string>();
    for (const annotator of annotators) {
      if (names.has(annotator.name)) throw new PipelineError(`two annotators are named "${annotator.name}"`);
      names.add(annotator.name);
      for (const need of annotator.requires) {
        if (!assigned.has(need)) {
          throw new PipelineError(`annotator "${annotator.name}" requires "${need}", which no earlier annotator assigns`);
        }
      }
      for (const layer of annotator.assigns) assigned.add(layer);
    }
    this.annotators = annotators;
  }

  /**
   * Runs every annotator that reads the document's language. A document whose
   * language is unknown is read as English (the only language so far) and a
   * note says so; one in another language gets only the language-free layers.
   */
  run(doc: Document): PipelineRun {
    const ran: string[] = [];
    const skipped: string[] = [];
    for (const annotator of this.annotators) {
      if (!reads(annotator, doc.meta.language)) {
        skipped.push(annotator.name);
        continue;
      }
      try {
        annotator.annotate(doc);
      } catch (error) {
        throw new AnnotatorFailure(annotator.name, error);
      }
      ran.push(annotator.name);
    }
    return { ran, skipped };
  }

  /** One row per annotator, for `sitrep pipeline`. */
  describe(): Array<{ name: string; requires: string; assigns: string; languages: string }> {
    return this.annotators.map((a) => ({
      name: a.name,
      requires: a.requires.join(', ') || '-',
      assigns: a.assigns.join(', '),
      languages: a.languages === 'any' ? 'any' : a.languages.join(', '),
    }));
  }
}

function reads(annotator: Annotator, language: string | null): boolean {
  if (annotator.languages === 'any') return true;
  return annotator.languages.includes(language ?? 'en');
}
