/** The session log's bounds, without zod: the recorder runs on the first screen. */

/** How much of the terminal a session keeps: the file says so, and says what it left out. */
export const LOG_LIMITS = {
  /** The most recent commands kept; older ones are dropped and counted. */
  commands: 1000,
  /** A command line longer than this is cut. */
  lineChars: 2000,
  /** Output kept per command. */
  outputPerCommand: 4000,
  /** Output kept in the whole session; later outputs are cut to what is left. */
  outputTotal: 256_000,
} as const;

/** Learner names are for people; a longer one is cut when typed. */
export const NAME_MAX = 80;
