import { ValidationError } from '@durum/core'
import * as v from 'valibot'

/** A non-empty id string; iyzico ids are strings in requests, even the numeric ones. */
const Id = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(256, 'must be at most 256 characters'),
)

export const IyzicoPaymentIdQuerySchema = v.strictObject({ paymentId: Id })
export const IyzicoPaymentConversationIdQuerySchema = v.strictObject({ paymentConversationId: Id })
export const IyzicoCheckoutFormQuerySchema = v.strictObject({ token: Id })
export const IyzicoTokenizationSessionQuerySchema = v.strictObject({ checkoutFormToken: Id, paymentId: Id })

export type IyzicoPaymentDetailQuery = { paymentId: string } | { paymentConversationId: string }
export type IyzicoCheckoutFormQuery = v.InferOutput<typeof IyzicoCheckoutFormQuerySchema>
export type IyzicoTokenizationSessionQuery = v.InferOutput<typeof IyzicoTokenizationSessionQuerySchema>
/** `GET /v2/reporting/payment/details` takes either id, as iyzico documents ("at least one"); durum sends one. */
export type IyzicoReportingQuery = { paymentId: string } | { paymentConversationId: string }

type PathItem = v.IssuePathItem

function keyPath(input: Record<string, unknown>, key: string): [PathItem] {
  return [{ type: 'object', origin: 'value', input, key, value: input[key] }]
}

/**
 * Exactly one of the given keys, then that key's own schema. A plain `v.union` would report "both
 * ids given" or a bad session with the first option's complaint; this names the field at fault.
 */
function oneKeyOf<TOutput>(schemas: Record<string, v.GenericSchema<unknown, TOutput>>, label: string) {
  const keys = Object.keys(schemas)
  return v.pipe(
    v.record(v.string(), v.unknown(), 'must be an object'),
    v.rawTransform<Record<string, unknown>, TOutput>(({ dataset, addIssue, NEVER }) => {
      const query = dataset.value
      const present = keys.filter((key) => query[key] !== undefined)
      const [first, second] = present
      if (first === undefined) {
        addIssue({ message: `is missing: give one of ${label}`, path: keyPath(query, keys[0] ?? '') })
        return NEVER
      }
      if (second !== undefined) {
        addIssue({
          message: `must be left out: give only one of ${label}, not both`,
          path: keyPath(query, second),
        })
        return NEVER
      }
      const result = v.safeParse(schemas[first] as v.GenericSchema<unknown, TOutput>, query)
      if (result.success) return result.output
      for (const issue of result.issues) {
        addIssue({ message: issue.message, ...(issue.path === undefined ? {} : { path: issue.path }) })
      }
      return NEVER
    }),
  )
}

export const IyzicoPaymentDetailQuerySchema: v.GenericSchema<unknown, IyzicoPaymentDetailQuery> =
  oneKeyOf<IyzicoPaymentDetailQuery>(
    { paymentId: IyzicoPaymentIdQuerySchema, paymentConversationId: IyzicoPaymentConversationIdQuerySchema },
    'paymentId or paymentConversationId',
  )

export const IyzicoReportingQuerySchema: v.GenericSchema<unknown, IyzicoReportingQuery> =
  oneKeyOf<IyzicoReportingQuery>(
    { paymentId: IyzicoPaymentIdQuerySchema, paymentConversationId: IyzicoPaymentConversationIdQuerySchema },
    'paymentId or paymentConversationId',
  )

/** The query shapes `getStatus({ provider: 'iyzico', … })` accepts. */
export type IyzicoStatusQuery =
  | { paymentId: string }
  | { paymentConversationId: string }
  | { checkoutFormToken: string }
  | { session: { checkoutFormToken: string; paymentId: string } }

export const IyzicoStatusQuerySchema: v.GenericSchema<unknown, IyzicoStatusQuery> =
  oneKeyOf<IyzicoStatusQuery>(
    {
      paymentId: IyzicoPaymentIdQuerySchema,
      paymentConversationId: IyzicoPaymentConversationIdQuerySchema,
      checkoutFormToken: v.strictObject({ checkoutFormToken: Id }),
      session: v.strictObject({ session: IyzicoTokenizationSessionQuerySchema }),
    },
    'paymentId, paymentConversationId, checkoutFormToken or session',
  )

/** Validates a query before anything is sent; the error names the offending field by its dotted path. */
export function parseIyzicoQuery<T>(schema: v.GenericSchema<unknown, T>, query: unknown, source: string): T {
  const result = v.safeParse(schema, query)
  if (result.success) return result.output
  const issue = result.issues[0]
  const field = (issue && v.getDotPath(issue)) || 'query'
  throw new ValidationError({
    provider: 'iyzico',
    source,
    field,
    message: `The iyzico query is invalid: ${field} ${issue?.message ?? 'is malformed'}. Nothing was sent to iyzico.`,
  })
}
