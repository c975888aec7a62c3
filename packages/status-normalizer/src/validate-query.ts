import { DEFAULT_LOCALE, DurumError, invalidQueryError, type Locale, ValidationError } from '@durum/core'
import * as v from 'valibot'
import type { StatusProvider } from './define-provider'
import { engineSaid, shownValue } from './engine-messages'
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
      ...engineSaid({ reason: 'core.unknown_provider', params: { name, names: [...providers.keys()] } }),
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
        ...engineSaid({
          reason: 'core.query_not_object',
          params: { names: [...providers.keys()], value: shownValue(query) },
        }),
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
      ...engineSaid({ reason: 'core.no_provider', params: { names: [...providers.keys()] } }),
    })
  }
  return { name, rest }
}
