import * as v from 'valibot'
import { coreMessages } from '../core-messages'
import { ValidationError } from '../durum-error'
import { localized, localizeReason } from '../locale'

/** The provider, as errors name it. */
export interface ProviderIdentity {
  /** The provider's id in errors, e.g. `esnekpos`. */
  provider: string
  /** The provider's name in sentences, e.g. `EsnekPOS`. */
  providerLabel: string
}

/** A non-empty id string of at most 256 characters, trimmed: what every provider's query ids are. */
export const queryIdSchema = v.pipe(
  v.string(localized({ en: 'must be a string', tr: 'metin olmalı' })),
  v.trim(),
  v.nonEmpty(localized({ en: 'must not be empty', tr: 'boş olmamalı' })),
  v.maxLength(256, localized({ en: 'must be at most 256 characters', tr: 'en fazla 256 karakter olmalı' })),
)

/**
 * valibot's three issues of a strict object, in the parse's language: a key the query does not
 * have, a key it needs that is missing, and a value that is no object.
 */
function strictQueryMessage(issue: v.StrictObjectIssue): string {
  const tr = issue.lang === 'tr'
  if (issue.expected === 'never') return tr ? 'bu sorguda böyle bir alan yok' : 'is not a field of this query'
  if (issue.expected?.startsWith('"')) return tr ? 'eksik' : 'is missing'
  return tr ? 'bir nesne olmalı' : 'must be an object'
}

/**
 * A provider's query object: its `entries` and no other key (a typo such as `paymentID` is refused,
 * not ignored), every refusal worded in the parse's language.
 */
export function strictQuery<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries, strictQueryMessage)
}

function keyPath(input: Record<string, unknown>, key: string): [v.IssuePathItem] {
  return [{ type: 'object', origin: 'value', input, key, value: input[key] }]
}

/**
 * Exactly one of the given keys, then that key's own schema. A plain `v.union` would report "both
 * ids given" or a bad nested query with the first option's complaint; this names the field at fault.
 */
export function oneKeyOf<TOutput>(
  schemas: Record<string, v.GenericSchema<unknown, TOutput>>,
): v.GenericSchema<unknown, TOutput> {
  const keys = Object.keys(schemas)
  const label = `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`
  const labelTr = `${keys.slice(0, -1).join(', ')} ya da ${keys.at(-1)}`
  return v.pipe(
    v.record(v.string(), v.unknown(), localized({ en: 'must be an object', tr: 'bir nesne olmalı' })),
    v.rawTransform<Record<string, unknown>, TOutput>(({ dataset, config, addIssue, NEVER }) => {
      const query = dataset.value
      const present = keys.filter((key) => query[key] !== undefined)
      const [first, second] = present
      const tr = config.lang === 'tr'
      if (first === undefined) {
        addIssue({
          message: tr ? `eksik: ${labelTr} alanlarından birini verin` : `is missing: give one of ${label}`,
          path: keyPath(query, keys[0] ?? ''),
        })
        return NEVER
      }
      if (second !== undefined) {
        addIssue({
          message: tr
            ? `verilmemeli: ${labelTr} alanlarından yalnızca birini verin, ikisini birden değil`
            : `must be left out: give only one of ${label}, not both`,
          path: keyPath(query, second),
        })
        return NEVER
      }
      const result = v.safeParse(schemas[first] as v.GenericSchema<unknown, TOutput>, query, {
        lang: config.lang,
      })
      if (result.success) return result.output
      for (const issue of result.issues) {
        addIssue({ message: issue.message, ...(issue.path === undefined ? {} : { path: issue.path }) })
      }
      return NEVER
    }),
  )
}

/**
 * Validates a query at a public door, before anything is sent. The `ValidationError` names the
 * offending field by its dotted path.
 */
export function parseProviderQuery<T>(
  identity: ProviderIdentity,
  schema: v.GenericSchema<unknown, T>,
  query: unknown,
  source: string,
): T {
  const result = v.safeParse(schema, query)
  if (result.success) return result.output
  throw invalidQueryError(identity, result.issues[0], source)
}

/**
 * The error for a query its schema refused, worded alike at every door (the engine's and a client's):
 * "The iyzico query is invalid at `paymentId`: must not be empty. Nothing was sent to iyzico."
 */
export function invalidQueryError(
  identity: ProviderIdentity,
  issue: v.BaseIssue<unknown>,
  source?: string,
): ValidationError {
  const { field, issue: picked } = pickIssue(issue)
  const label = identity.providerLabel
  return new ValidationError({
    provider: identity.provider,
    source,
    field,
    reason: 'core.invalid_query',
    // The schema's words are already in the parse's language: the engine shows this in that one.
    message: localizeReason(coreMessages, {
      reason: 'core.invalid_query',
      params: { label, field, issue: sentence(picked.message) },
    }),
  })
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
