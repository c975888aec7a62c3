import type { Locale } from '@durum/core'
import { createRedactor } from '@durum/status-normalizer'
import picocolors from 'picocolors'

/** picocolors' colour functions (its types file is not among its exports). */
export type Colors = ReturnType<typeof picocolors.createColors>

import { type CliText, cliText } from './cli-messages'
import { secretsIn } from './cli-providers'

export type Env = Readonly<Record<string, string | undefined>>

/** The part of a Node stream the CLI writes to: stdout, stderr, or a test's capture. */
export interface OutputStream {
  write(text: string): boolean
  isTTY?: boolean | undefined
  columns?: number | undefined
}

/** What a run of `durum` is given by its process. */
export interface CliIo {
  env: Env
  stdout: OutputStream
  stderr: OutputStream
  /** Aborts on Ctrl-C. */
  signal: AbortSignal
}

/** What every command works with: the locale's text, and output that never prints a credential. */
export interface CliContext {
  env: Env
  locale: Locale
  text: CliText
  signal: AbortSignal
  stdout: OutputStream
  stderr: OutputStream
  /** `text` with every credential found in the environment redacted, for a file. */
  redact(text: string): string
  /** Writes `text` to stdout, every credential found in the environment redacted. */
  out(text: string): void
  /** Writes `text` to stderr, every credential found in the environment redacted. */
  err(text: string): void
  /** Colours for stdout: on only when it is a terminal (or FORCE_COLOR), off under NO_COLOR. */
  colors: Colors
}

export function createCliContext(io: CliIo, locale: Locale): CliContext {
  // The libraries keep secrets out of results and errors; this is the last line before the terminal.
  const redactor = createRedactor({ secrets: () => secretsIn(io.env) })
  return {
    env: io.env,
    locale,
    text: cliText(locale),
    signal: io.signal,
    stdout: io.stdout,
    stderr: io.stderr,
    redact: (text) => redactor.text(text),
    out: (text) => void io.stdout.write(redactor.text(text)),
    err: (text) => void io.stderr.write(redactor.text(text)),
    colors: picocolors.createColors(colorsWanted(io.stdout, io.env)),
  }
}

/** The NO_COLOR / FORCE_COLOR conventions, judged on the stream itself (picocolors' own check reads process.stdout). */
function colorsWanted(stream: OutputStream, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0'
  return stream.isTTY === true && env.TERM !== 'dumb'
}
