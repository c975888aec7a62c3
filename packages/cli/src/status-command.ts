import { DurumError } from '@durum/status-normalizer'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { type CliProvider, flagOf } from './cli-providers'
import { EXIT, type ExitCode } from './exit-codes'
import { formatQueryError } from './format-error'
import { formatResult } from './format-result'
import { openProviders, type ProviderChoice } from './open-providers'

export interface StatusOptions extends ProviderChoice {
  json: boolean
  /** The query flags given, by field name (`paymentId`), as typed. */
  fields: Readonly<Record<string, string | undefined>>
}

/** `durum status <provider> --<field> <id>`: one payment's answer, as a block or as JSON. */
export async function runStatus(
  context: CliContext,
  provider: CliProvider,
  options: StatusOptions,
): Promise<ExitCode> {
  const query = { provider: provider.name, ...queryOf(context, provider, options.fields) }
  const opened = await openProviders(context, [provider], options)
  try {
    const result = await opened.normalizer.getStatus(query as never, { signal: context.signal })
    context.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, context))
    return EXIT.ok
  } catch (error) {
    if (!DurumError.isInstance(error)) throw error
    // The error's own log-safe view: code, reason, message, provider, never a cause.
    if (options.json) context.out(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`)
    else context.err(formatQueryError(error, context))
    return context.signal.aborted ? EXIT.interrupted : EXIT.errors
  } finally {
    await opened.close()
  }
}

/** The query the flags make; none, or several that make no query together, is a usage error naming the flags. */
function queryOf(
  context: CliContext,
  provider: CliProvider,
  fields: StatusOptions['fields'],
): Record<string, unknown> {
  const given = provider.queryFields.filter((field) => fields[field] !== undefined)
  const query = provider.queryOf(Object.fromEntries(given.map((field) => [field, fields[field]!])))
  if (query !== undefined) return query
  const flags = provider.queryFields.map(flagOf).join(', ')
  throw new CliFailure(
    EXIT.usage,
    given.length === 0
      ? context.text('noQueryFlag', { provider: provider.name, flags })
      : context.text('manyQueryFlags', {
          provider: provider.name,
          flags,
          given: given.map(flagOf).join(', '),
        }),
  )
}
