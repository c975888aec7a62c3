import { oneKeyOf, queryIdSchema, strictQuery } from '@durum/core'
import type * as v from 'valibot'

/** iyzico ids are strings in requests, even the numeric ones. */
const Id = queryIdSchema

export const IyzicoPaymentIdQuerySchema = strictQuery({ paymentId: Id })
export const IyzicoPaymentConversationIdQuerySchema = strictQuery({ paymentConversationId: Id })
export const IyzicoCheckoutFormQuerySchema = strictQuery({ token: Id })
export const IyzicoTokenizationSessionQuerySchema = strictQuery({ checkoutFormToken: Id, paymentId: Id })

/** A payment by iyzico's `paymentId` (as a string, even where it looks numeric). */
export type IyzicoPaymentIdQuery = {
  /**
   * iyzico's id of the payment, e.g. `'20885695'`.
   */
  paymentId: string
}

/** A payment by your own order id: the `conversationId` you sent when the payment was created. */
export type IyzicoPaymentConversationIdQuery = {
  /**
   * The `conversationId` of the payment's creation request, e.g. `'order-42'`.
   */
  paymentConversationId: string
}

/** The client's checkout-form result query (`POST /payment/iyzipos/checkoutform/auth/ecom/detail`). */
export type IyzicoCheckoutFormQuery = {
  /**
   * The token iyzico posts to your `callbackUrl`, or returned when the form was created.
   */
  token: string
}

/** A pay-with-iyzico tokenization session (`POST /v1/pay-with-iyzico/third-party-session/retrieve/session`). */
export type IyzicoTokenizationSessionQuery = {
  /**
   * The checkout-form token of the session.
   */
  checkoutFormToken: string
  /**
   * iyzico's id of the payment made in the session.
   */
  paymentId: string
}

/** `POST /payment/detail` takes exactly one of the two ids. */
export type IyzicoPaymentDetailQuery = IyzicoPaymentIdQuery | IyzicoPaymentConversationIdQuery
/** `GET /v2/reporting/payment/details` takes either id, as iyzico documents ("at least one"); durum sends one. */
export type IyzicoReportingQuery = IyzicoPaymentIdQuery | IyzicoPaymentConversationIdQuery

export const IyzicoPaymentDetailQuerySchema: v.GenericSchema<unknown, IyzicoPaymentDetailQuery> =
  oneKeyOf<IyzicoPaymentDetailQuery>({
    paymentId: IyzicoPaymentIdQuerySchema,
    paymentConversationId: IyzicoPaymentConversationIdQuerySchema,
  })

export const IyzicoReportingQuerySchema: v.GenericSchema<unknown, IyzicoReportingQuery> =
  oneKeyOf<IyzicoReportingQuery>({
    paymentId: IyzicoPaymentIdQuerySchema,
    paymentConversationId: IyzicoPaymentConversationIdQuerySchema,
  })

/** A checkout-form payment by its token, as `getStatus` takes it. */
export type IyzicoCheckoutFormTokenQuery = {
  /**
   * The token iyzico posts to your `callbackUrl`, or returned when the form was created.
   */
  checkoutFormToken: string
}

/** A tokenization session, as `getStatus` takes it: answered with a `NormalizedSession`. */
export type IyzicoSessionQuery = {
  /**
   * The session's checkout-form token and payment id.
   */
  session: IyzicoTokenizationSessionQuery
}

/** The query shapes `getStatus({ provider: 'iyzico', … })` accepts: exactly one of them. */
export type IyzicoStatusQuery =
  | IyzicoPaymentIdQuery
  | IyzicoPaymentConversationIdQuery
  | IyzicoCheckoutFormTokenQuery
  | IyzicoSessionQuery

export const IyzicoStatusQuerySchema: v.GenericSchema<unknown, IyzicoStatusQuery> =
  oneKeyOf<IyzicoStatusQuery>({
    paymentId: IyzicoPaymentIdQuerySchema,
    paymentConversationId: IyzicoPaymentConversationIdQuerySchema,
    checkoutFormToken: strictQuery({ checkoutFormToken: Id }),
    session: strictQuery({ session: IyzicoTokenizationSessionQuerySchema }),
  })
