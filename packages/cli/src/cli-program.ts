import { readFileSync } from 'node:fs'
import { DurumError } from '@durum/status-normalizer'
import { type Command, CommanderError, Help, InvalidArgumentError, Command as Program } from 'commander'
import { runCheck } from './check-command'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { CLI_PROVIDERS, flagOf } from './cli-providers'
import type { RecordsDestination } from './deliver-records'
import { EXIT, type ExitCode } from './exit-codes'
import type { ProviderChoice } from './open-providers'
import { type ReconcileTarget, runEnqueue, runReport, runWork } from './reconcile-command'
import { runLocal } from './reconcile-local-command'
import type { ProgressMode } from './run-progress'
import { runSimulate } from './simulate-command'
import { runStatus } from './status-command'

/** Sets the exit code a command's action arrived at. */
type Finish = (code: ExitCode) => void

/** The `durum` program: every text in the context's locale, errors left to `runCli`. */
export function buildProgram(context: CliContext, finish: Finish): Command {
  const { text } = context
  const program = new Program('durum')
    .description(text('programDescription'))
    .version(packageVersion(), '-V, --version', text('versionHelp'))
    .option('--locale <locale>', text('localeHelp'))
    .helpOption('-h, --help', text('helpHelp'))
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (line) => context.out(line),
      writeErr: (line) => context.err(line),
      // runCli prints the error itself, in the locale.
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title) => translatedTitle(context, title),
      // Each description states its default in the locale; commander's "(default: …)" is English only.
      optionDescription: (option) => option.description,
      formatHelp: (command, helper) =>
        translatedPlaceholders(context, Help.prototype.formatHelp.call(helper, command, helper)),
    })
    .showSuggestionAfterError(context.locale === 'en')

  const status = program.command('status').description(text('statusDescription'))
  for (const provider of CLI_PROVIDERS) {
    const command = status
      .command(provider.name)
      .description(text('statusProviderDescription', { provider: provider.name }))
    for (const field of provider.queryFields) {
      // iyzico's one pair of fields: a checkout-form token with a payment id is the tokenization session.
      const help =
        provider.name === 'iyzico' && field === 'checkoutFormToken'
          ? text('checkoutFormTokenHelp')
          : text('queryFieldHelp', { field })
      command.option(`${flagOf(field)} <value>`, help)
    }
    addProviderChoice(command, context)
      .option('--json', text('jsonHelp'))
      .action(async (options: Record<string, string | boolean | undefined>) => {
        const fields = Object.fromEntries(provider.queryFields.map((field) => [field, options[field]]))
        finish(
          await runStatus(context, provider, {
            ...providerChoice(options),
            json: options.json === true,
            fields: fields as Record<string, string | undefined>,
          }),
        )
      })
  }

  const check = addRunOutput(
    program.command('check').description(text('checkDescription')).argument('<file>', text('checkFileHelp')),
    context,
  )
    .option('--concurrency <n>', text('concurrencyHelp'), wholeNumber(context, 1, 1000), 8)
    .option('--rate <perMinute>', text('rateHelp'), wholeNumber(context, 1, 1_000_000))
  addProviderChoice(check, context).action(async (file: string, options: Record<string, unknown>) => {
    finish(
      await runCheck(context, file, {
        ...providerChoice(options),
        ...runOutput(options),
        concurrency: options.concurrency as number,
        ratePerMinute: options.rate as number | undefined,
      }),
    )
  })

  const reconcile = program.command('reconcile').description(text('reconcileDescription'))
  addReconcileTarget(reconcile.command('enqueue'), context)
    .description(text('enqueueDescription'))
    .argument('<file>', text('enqueueFileHelp'))
    .option('--run <id>', text('runHelp'))
    .action(async (file: string, options: Record<string, unknown>) => {
      finish(
        await runEnqueue(context, file, {
          ...reconcileTarget(context, options),
          run: options.run as string | undefined,
        }),
      )
    })
  addProviderChoice(addReconcileTarget(reconcile.command('work'), context), context)
    .description(text('workDescription'))
    .option('--concurrency <n>', text('workConcurrencyHelp'), wholeNumber(context, 1, 1000), 16)
    .option('--rate <perMinute>', text('workRateHelp'), wholeNumber(context, 1, 1_000_000))
    .option('--until <run>', text('untilHelp'))
    .action(async (options: Record<string, unknown>) => {
      finish(
        await runWork(context, {
          ...reconcileTarget(context, options),
          ...providerChoice(options),
          concurrency: options.concurrency as number,
          ratePerMinute: options.rate as number | undefined,
          until: options.until as string | undefined,
        }),
      )
    })
  const report = addReconcileTarget(reconcile.command('report'), context)
    .description(text('reportDescription'))
    .requiredOption('--run <id>', text('runHelp'))
    .option('--watch', text('watchHelp'))
  addRunOutput(report, context).action(async (options: Record<string, unknown>) => {
    finish(
      await runReport(context, {
        ...reconcileTarget(context, options),
        ...runOutput(options),
        run: options.run as string,
        watch: options.watch === true,
      }),
    )
  })

  addRunOutput(
    reconcile
      .command('local')
      .description(text('localDescription'))
      .argument('[file]', text('localFileHelp')),
    context,
  )
    .option('--concurrency <n>', text('workConcurrencyHelp'), wholeNumber(context, 1, 1000), 16)
    .action(async (file: string | undefined, options: Record<string, unknown>) => {
      finish(
        await runLocal(context, file, { ...runOutput(options), concurrency: options.concurrency as number }),
      )
    })

  program
    .command('simulate')
    .description(text('simulateDescription'))
    .option('--port <port>', text('portHelp'), wholeNumber(context, 0, 65_535), 4010)
    .option('--latency <ms>', text('latencyHelp'), wholeNumber(context, 0, 60_000), 0)
    .action(async (options: { port: number; latency: number }) => {
      finish(await runSimulate(context, { port: options.port, latencyMs: options.latency }))
    })
  return program
}

/** `--simulator` and `--environment`, shared by every command that queries providers. */
function addProviderChoice(command: Command, context: CliContext): Command {
  const { text } = context
  return command
    .option('--simulator', text('simulatorHelp'))
    .option('--environment <environment>', text('environmentHelp'), oneOf(context, ['sandbox', 'production']))
}

/** `--out`, `--format` and `--no-progress`, shared by the commands that report on orders. */
function addRunOutput(command: Command, context: CliContext): Command {
  const { text } = context
  return command
    .option('--out <file>', text('outHelp'))
    .option('--format <format>', text('formatHelp'), oneOf(context, ['csv', 'ndjson']))
    .option('--no-progress', text('noProgressHelp'))
}

function runOutput(options: Record<string, unknown>): RecordsDestination & { progress: ProgressMode } {
  return {
    out: options.out as string | undefined,
    format: options.format as 'csv' | 'ndjson' | undefined,
    progress: options.progress === false ? 'none' : 'auto',
  }
}

/** `--redis`, `--queue` and `--prefix`, shared by the reconcile commands. */
function addReconcileTarget(command: Command, { text }: CliContext): Command {
  return command
    .option('--redis <url>', text('redisHelp'))
    .option('--queue <name>', text('queueHelp'))
    .option('--prefix <prefix>', text('prefixHelp'))
}

function reconcileTarget(context: CliContext, options: Record<string, unknown>): ReconcileTarget {
  const redis = (options.redis as string | undefined) ?? context.env.REDIS_URL?.trim()
  if (!redis) throw new CliFailure(EXIT.usage, context.text('redisMissing'))
  return {
    redis,
    queue: options.queue as string | undefined,
    prefix: options.prefix as string | undefined,
  }
}

function providerChoice(options: Record<string, unknown>): ProviderChoice {
  return {
    simulator: options.simulator === true,
    environment: options.environment === 'production' ? 'production' : 'sandbox',
  }
}

const TITLES: Record<string, 'titleUsage' | 'titleOptions' | 'titleCommands' | 'titleArguments'> = {
  'Usage:': 'titleUsage',
  'Options:': 'titleOptions',
  'Commands:': 'titleCommands',
  'Arguments:': 'titleArguments',
}

function translatedTitle({ text }: CliContext, title: string): string {
  const key = TITLES[title]
  return key === undefined ? title : text(key)
}

/** Commander's usage placeholders (`[options]`, `[command]`), said in the locale. */
/** This package's version, from its manifest (one directory above `dist/`, as published). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return manifest.version
}

function translatedPlaceholders({ text }: CliContext, help: string): string {
  return help
    .replaceAll('[options]', text('placeholderOptions'))
    .replaceAll('[command]', text('placeholderCommand'))
}

/** One of `values`, or commander's invalid-argument error in the locale. */
export function oneOf(context: CliContext, values: readonly string[]): (value: string) => string {
  return (value) => {
    if (!values.includes(value))
      throw new InvalidArgumentError(context.text('notOneOf', { values: values.join(', ') }))
    return value
  }
}

/** A whole number in `[min, max]`, or commander's invalid-argument error in the locale. */
export function wholeNumber(context: CliContext, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!/^\d+$/.test(value) || number < min || number > max) {
      throw new InvalidArgumentError(context.text('notWholeNumber', { min, max }))
    }
    return number
  }
}

/**
 * The exit code for what stopped the program, after telling the user in their language: a usage
 * error, a failure they can fix, or (never expected) a bug, without a stack trace.
 */
export function reportFailure(context: CliContext, error: unknown): ExitCode {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok
    // Help shown because a command was missing: the help itself is the message.
    if (error.code !== 'commander.help') context.err(`${commanderMessage(context, error)}\n`)
    context.err(`${context.text('usageHint')}\n`)
    return EXIT.usage
  }
  if (error instanceof CliFailure) {
    context.err(`${error.message}\n`)
    return error.exitCode
  }
  // A value the libraries refused before any work (a run id with a space, say): the user's to fix.
  if (DurumError.isInstance(error) && error.code === 'validation') {
    context.err(`${error.message}\n`)
    return EXIT.usage
  }
  const message = error instanceof Error ? error.message : String(error)
  context.err(`${context.text('internalError', { message })}\n`)
  return EXIT.internal
}

/** Commander's own sentence in English; in Turkish, the same error said in Turkish. */
function commanderMessage({ locale, text }: CliContext, error: CommanderError): string {
  const english = error.message.replace(/^error: /, '')
  if (locale === 'en') return english.charAt(0).toUpperCase() + english.slice(1)
  const token = /'([^']*)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'commander.unknownOption':
      return text('unknownOption', { token })
    case 'commander.unknownCommand':
      return text('unknownCommand', { token })
    case 'commander.missingArgument':
      return text('missingArgument', { token })
    case 'commander.optionMissingArgument':
      return text('optionMissingArgument', { token })
    case 'commander.missingMandatoryOptionValue':
      return text('missingMandatoryOption', { token })
    case 'commander.excessArguments':
      return text('excessArguments')
    case 'commander.invalidArgument':
      // Our own parsers' sentence, already in the locale, follows commander's English preamble.
      return `${token}: ${english.replace(/^.*? is invalid\. /, '')}`
    default:
      return english
  }
}
