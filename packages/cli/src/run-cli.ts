import { LOCALES, type Locale } from '@durum/status-normalizer'
import { type CliIo, createCliContext } from './cli-context'
import { cliText } from './cli-messages'
import { buildProgram, reportFailure } from './cli-program'
import { EXIT, type ExitCode } from './exit-codes'

/** Runs `durum` with `argv` (the arguments after the program name) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const locale = localeOf(argv, io)
  if (locale === undefined) return EXIT.usage
  const context = createCliContext(io, locale)
  let exitCode: ExitCode = EXIT.ok
  const program = buildProgram(context, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    return reportFailure(context, error)
  }
}

/**
 * The locale, read before the program is built because every help text depends on it: `--locale`
 * anywhere on the line, else `DURUM_LOCALE`, else English. An unknown one is refused in both languages.
 */
function localeOf(argv: readonly string[], io: CliIo): Locale | undefined {
  let given = io.env.DURUM_LOCALE?.trim() || undefined
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') break
    if (argument === '--locale') given = argv[index + 1] ?? ''
    else if (argument.startsWith('--locale=')) given = argument.slice('--locale='.length)
  }
  if (given === undefined) return 'en'
  const locale = LOCALES.find((known: Locale) => known === given)
  if (locale === undefined) {
    for (const known of LOCALES) {
      io.stderr.write(`${cliText(known)('unknownLocale', { given, locales: LOCALES.join(', ') })}\n`)
    }
  }
  return locale
}
