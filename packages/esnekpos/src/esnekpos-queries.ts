import { oneKeyOf, queryIdSchema } from '@durum/core'
import * as v from 'valibot'

export const EsnekposPaymentRequestQuerySchema = v.strictObject({ sendPaymentRequestId: queryIdSchema })
export const EsnekposOrderQuerySchema = v.strictObject({ orderReference: queryIdSchema })

export type EsnekposPaymentRequestQuery = v.InferOutput<typeof EsnekposPaymentRequestQuerySchema>
export type EsnekposOrderQuery = v.InferOutput<typeof EsnekposOrderQuerySchema>

/** The query shapes `getStatus({ provider: 'esnekpos', … })` accepts. */
export type EsnekposStatusQuery = EsnekposPaymentRequestQuery | EsnekposOrderQuery

/** Exactly one of the two ids, then that id's own schema. */
export const EsnekposStatusQuerySchema: v.GenericSchema<unknown, EsnekposStatusQuery> =
  oneKeyOf<EsnekposStatusQuery>({
    sendPaymentRequestId: EsnekposPaymentRequestQuerySchema,
    orderReference: EsnekposOrderQuerySchema,
  })
