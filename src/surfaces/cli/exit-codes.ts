/**
 * @module surfaces/cli/exit-codes
 *
 * What `sitrep`'s exit status means, for scripts (the README repeats this table).
 */
export const EXIT = {
  /** Everything asked for was done. */
  OK: 0,
  /** Some inputs could not be read or analysed (the others were); or, for `search`, nothing matched, as grep does. */
  PARTIAL: 1,
  /** The command line is wrong: an unknown option, a bad date, a query with no words. */
  USAGE: 2,
  /** The store could not be opened or written. */
  STORE: 3,
  /** Stopped by Ctrl-C (128 + SIGINT); what was acknowledged is stored. */
  INTERRUPTED: 130,
} as const;
