/**
 * @module ingest/errors
 *
 * Every way an input can be refused, in one table (as spaCy keeps its errors
 * in one file): the code is stable for scripts, the message is for people
 * and always names the file and the problem.
 */
export const INGEST_ERRORS = {
  NOT_FOUND: 'no such file or folder',
  READ_FAILED: 'could not be read',
  TOO_LARGE: 'is larger than the size limit',
  EMPTY: 'is empty',
  BINARY: 'is a binary file, not text',
  ENCODING_UNKNOWN: 'is not UTF-8 and its encoding cannot be told with confidence',
  UNSUPPORTED_FORMAT: 'is not in a format sitrep reads',
  HTML_NO_TEXT: 'is HTML with no article text in it',
  JSON_INVALID: 'is not valid JSON',
  JSON_NO_TEXT: 'is a JSON record without a non-empty "text" (or "html") field',
  SIDECAR_INVALID: 'has a metadata sidecar that is not valid',
  ANALYSIS_FAILED: 'could not be analysed',
} as const;

export type IngestErrorCode = keyof typeof INGEST_ERRORS;

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly path: string | null,
    detail?: string,
    readonly record?: number,
  ) {
    // stdin is "input"; a record's index is given either way, or a bad record among many in a piped array could not be found.
    const where = record === undefined ? (path ?? 'input') : `${path ?? 'input'} (record ${record})`;
    super(`${where} ${INGEST_ERRORS[code]}${detail ? `: ${detail}` : ''}`);
  }
}
