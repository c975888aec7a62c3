import { ValidationError } from '@durum/core'
import * as v from 'valibot'

/** A non-empty id; EsnekPOS documents both ids as strings. */
const Id = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(256, 'must be at most 256 characters'),
)

export const EsnekposPaymentRequestQuerySchema = v.strictObject({ sendPaymentRequestId: Id })
export const EsnekposOrderQuerySchema = v.strictObject({ orderReference: Id })

export type EsnekposPaymentRequestQuery = v.InferOutput<typeof EsnekposPaymentRequestQuerySchema>
export type EsnekposOrderQuery = v.InferOutput<typeof EsnekposOrderQuerySchema>

/** The query shapes `getStatus({ provider: 'esnekpos', … })` accepts. */
export type EsnekposStatusQuery = EsnekposPaymentRequestQuery | EsnekposOrderQuery

const KEYS = ['sendPaymentRequestId', 'orderReference'] as const

/**
 * Exactly one of the two ids, then that id's own schema. A plain `v.union` would answer "both given"
 * with the first option's complaint; this names the field at fault.
 */
export const EsnekposStatusQuerySchema: v.GenericSchema<unknown, EsnekposStatusQuery> = v.pipe(
  v.record(v.string(), v.unknown(), 'must be an object'),
  v.rawTransform<Record<string, unknown>, EsnekposStatusQuery>(({ dataset, addIssue, NEVER }) => {
    const query = dataset.value
    const path = (key: string): [v.IssuePathItem] => [
      { type: 'object', origin: 'value', input: query, key, value: query[key] },
    ]
    const [first, second] = KEYS.filter((key) => query[key] !== undefined)
    if (first === undefined) {
      addIssue({ message: 'is missing: give sendPaymentRequestId or orderReference', path: path(KEYS[0]) })
      return NEVER
    }
    if (second !== undefined) {
      addIssue({
        message: 'must be left out: give sendPaymentRequestId or orderReference, not both',
        path: path(second),
      })
      return NEVER
    }
    const schema =
      first === 'sendPaymentRequestId' ? EsnekposPaymentRequestQuerySchema : EsnekposOrderQuerySchema
    const result = v.safeParse(schema, query)
    if (result.success) return result.output
    for (const issue of result.issues)
      addIssue({ message: issue.message, ...(issue.path ? { path: issue.path } : {}) })
    return NEVER
  }),
)

/** Validates a query before anything is sent; the error names the offending field by its dotted path. */
export function parseEsnekposQuery<T>(
  schema: v.GenericSchema<unknown, T>,
  query: unknown,
  source: string,
): T {
  const result = v.safeParse(schema, query)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = (issue && v.getDotPath(issue)) || 'query'
  throw new ValidationError({
    provider: 'esnekpos',
    source,
    field,
    message: `The EsnekPOS query is invalid: ${field} ${issue?.message ?? 'is malformed'}. Nothing was sent to EsnekPOS.`,
  })
}
