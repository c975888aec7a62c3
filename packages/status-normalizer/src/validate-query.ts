import { DEFAULT_LOCALE, DurumError, invalidQueryError, type Locale, ValidationError } from '@durum/core'
import * as v from 'valibot'
import type { StatusProvider } from './define-provider'
import { unreadable } from './read-options'

export interface ValidatedQuery {
  provider: StatusProvider
  /** The provider's query, without `provider`, as its `querySchema` output it. */
  query: object
  /** The locale its explanation and errors are written in. */
  locale: Locale
}

/**
 * Checks an engine query before anything is sent: the provider must be registered, and the rest of
 * the query must pass that provider's `querySchema`. Throws `ValidationError` naming the field.
 */
export function validateQuery(
  providers: ReadonlyMap<string, StatusProvider>,
  query: unknown,
  locale: Locale = DEFAULT_LOCALE,
): ValidatedQuery {
  const { name, rest } = splitQuery(providers, query)
  const provider = providers.get(name)
  if (provider === undefined) {
    throw new ValidationError({
      field: 'provider',
      provider: name,
      message: `No provider named "${name}" is registered with this normalizer: use one of ${listNames(providers)}, or add it to createStatusNormalizer({ providers }).`,
    })
  }
  let parsed: v.SafeParseResult<typeof provider.querySchema>
  try {
    // A schema message written as a function reads `issue.lang` to answer in the call's locale.
    parsed = v.safeParse(provider.querySchema, rest, { lang: locale })
  } catch (error) {
    throw unreadable('query', `the ${name} query`, error)
  }
  if (!parsed.success) {
    throw invalidQueryError({ provider: name, providerLabel: name }, parsed.issues[0])
  }
  return { provider, query: parsed.output as object, locale }
}

/** The provider name and the rest of the query, read once; a getter or Proxy trap that throws is refused. */
function splitQuery(
  providers: ReadonlyMap<string, StatusProvider>,
  query: unknown,
): { name: string; rest: Record<string, unknown> } {
  let name: unknown
  let rest: Record<string, unknown>
  try {
    if (typeof query !== 'object' || query === null || Array.isArray(query)) {
      throw new ValidationError({
        field: 'provider',
        message: `A status query must be an object with a \`provider\` (one of ${listNames(providers)}) and that provider's ids, not ${describe(query)}.`,
      })
    }
    ;({ provider: name, ...rest } = query as Record<string, unknown>)
  } catch (error) {
    if (DurumError.isInstance(error)) throw error
    throw unreadable('query', 'the status query', error)
  }
  if (typeof name !== 'string' || name === '') {
    throw new ValidationError({
      field: 'provider',
      message: `The query has no provider name: set \`provider\` to one of ${listNames(providers)}.`,
    })
  }
  return { name, rest }
}

function listNames(providers: ReadonlyMap<string, StatusProvider>): string {
  const names = [...providers.keys()].map((name) => `"${name}"`)
  return names.length === 0 ? 'the providers you register (none are)' : names.join(', ')
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
