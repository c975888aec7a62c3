/**
 * What `durum` exits with (the README's table). Usage and configuration problems are told apart from
 * a check's verdict, so a script can tell "the orders disagree" from "the command never ran".
 */
export const EXIT = {
  /** Everything as expected; for `status`, the provider answered. */
  ok: 0,
  /** At least one answer differs from what the CSV expected. */
  mismatches: 1,
  /** At least one query failed (not found, refused, unreachable): its answer is unknown. */
  errors: 2,
  /** A reconcile report while some queries are still unanswered. */
  unfinished: 3,
  /** The command line or an input file is wrong (sysexits EX_USAGE). */
  usage: 64,
  /** A bug in durum: it stopped without a verdict (sysexits EX_SOFTWARE). */
  internal: 70,
  /** Credentials or a service the command needs are missing (sysexits EX_CONFIG). */
  config: 78,
  /** Stopped by Ctrl-C before the verdict (128 + SIGINT). */
  interrupted: 130,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
