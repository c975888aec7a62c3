import { oneKeyOf, queryIdSchema, strictQuery } from '@durum/core'
import type * as v from 'valibot'

export const EsnekposPaymentRequestQuerySchema = strictQuery({ sendPaymentRequestId: queryIdSchema })
export const EsnekposOrderQuerySchema = strictQuery({ orderReference: queryIdSchema })

/** A payment request (payment link) by its id: `POST /api/services/SendPaymentRequestQuery`. */
export type EsnekposPaymentRequestQuery = {
  /**
   * The payment request's id (`SEND_PAYMENT_REQUEST_ID`), e.g. `'2482'`.
   */
  sendPaymentRequestId: string
}

/** An order by your own reference: `POST /api/services/ProcessQuery`. */
export type EsnekposOrderQuery = {
  /**
   * The order reference you sent with the payment (`ORDER_REF_NUMBER`).
   */
  orderReference: string
}

/** The query shapes `getStatus({ provider: 'esnekpos', … })` accepts: exactly one of them. */
export type EsnekposStatusQuery = EsnekposPaymentRequestQuery | EsnekposOrderQuery

/** Exactly one of the two ids, then that id's own schema. */
export const EsnekposStatusQuerySchema: v.GenericSchema<unknown, EsnekposStatusQuery> =
  oneKeyOf<EsnekposStatusQuery>({
    sendPaymentRequestId: EsnekposPaymentRequestQuerySchema,
    orderReference: EsnekposOrderQuerySchema,
  })
