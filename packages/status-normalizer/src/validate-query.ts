import { DurumError, ValidationError } from '@durum/core'
import * as v from 'valibot'
import type { StatusProvider } from './define-provider'
import { unreadable } from './read-options'

export interface ValidatedQuery {
  provider: StatusProvider
  /** The provider's query, without `provider`, as its `querySchema` output it. */
  query: object
}

/**
 * Checks an engine query before anything is sent: the provider must be registered, and the rest of
 * the query must pass that provider's `querySchema`. Throws `ValidationError` naming the field.
 */
export function validateQuery(
  providers: ReadonlyMap<string, StatusProvider>,
  query: unknown,
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
    parsed = v.safeParse(provider.querySchema, rest)
  } catch (error) {
    throw unreadable('query', `the ${name} query`, error)
  }
  if (!parsed.success) {
    const { field, issue } = pickIssue(parsed.issues[0])
    throw new ValidationError({
      field,
      provider: name,
      message: `The ${name} query is invalid at \`${field}\`: ${sentence(issue.message)} Nothing was sent; fix the query and try again.`,
    })
  }
  return { provider, query: parsed.output as object }
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

/**
 * The issue to report and its dotted path. A union that failed as a whole carries one sub-issue per
 * option; the deepest path points into the option the query came closest to (`session.token` rather
 * than `paymentId` for `{ session: {} }`).
 */
function pickIssue(issue: v.BaseIssue<unknown>): { field: string; issue: v.BaseIssue<unknown> } {
  const path = v.getDotPath(issue)
  if (path) return { field: path, issue }
  let best = { field: 'query', issue }
  let bestDepth = 0
  for (const nested of issue.issues ?? []) {
    const candidate = pickIssue(nested)
    const depth = candidate.field === 'query' ? 0 : candidate.field.split('.').length
    if (depth > bestDepth) {
      best = candidate
      bestDepth = depth
    }
  }
  return best
}

function sentence(message: string): string {
  const trimmed = message.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
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
