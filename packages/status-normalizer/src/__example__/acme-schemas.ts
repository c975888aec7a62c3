import { decimalSchema, oneKeyOf, queryIdSchema, strictQuery } from '@durum/core'
import * as v from 'valibot'

/*
 * The queries acme answers, checked at the public doors (the engine, `createAcmeClient`), and the
 * documented shapes of its answers, checked by the kit before anything is read from them.
 */

export const AcmePaymentQuerySchema = strictQuery({ paymentId: queryIdSchema })
export const AcmeSessionQuerySchema = strictQuery({ session: strictQuery({ token: queryIdSchema }) })

export type AcmePaymentQuery = v.InferOutput<typeof AcmePaymentQuerySchema>
export type AcmeSessionQuery = v.InferOutput<typeof AcmeSessionQuerySchema>
export type AcmeStatusQuery = AcmePaymentQuery | AcmeSessionQuery

/** Exactly one of `paymentId` or `session`, so an error names the field at fault. */
export const AcmeStatusQuerySchema: v.GenericSchema<unknown, AcmeStatusQuery> = oneKeyOf<AcmeStatusQuery>({
  paymentId: AcmePaymentQuerySchema,
  session: AcmeSessionQuerySchema,
})

export const AcmePaymentBodySchema = v.object({
  id: v.string(),
  state: v.string(),
  amount: decimalSchema,
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  paid: v.optional(decimalSchema),
  reason: v.optional(v.string()),
  updated: v.string(),
})
export type AcmePaymentBody = v.InferOutput<typeof AcmePaymentBodySchema>

export const AcmeSessionBodySchema = v.object({ token: v.string(), state: v.string() })
export type AcmeSessionBody = v.InferOutput<typeof AcmeSessionBodySchema>

/** acme's refusal: an error code and a sentence, with a 4xx status. */
export const AcmeErrorBodySchema = v.object({ error: v.string(), message: v.optional(v.string()) })
