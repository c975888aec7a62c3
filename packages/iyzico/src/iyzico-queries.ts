import { oneKeyOf, queryIdSchema } from '@durum/core'
import * as v from 'valibot'

/** iyzico ids are strings in requests, even the numeric ones. */
const Id = queryIdSchema

export const IyzicoPaymentIdQuerySchema = v.strictObject({ paymentId: Id })
export const IyzicoPaymentConversationIdQuerySchema = v.strictObject({ paymentConversationId: Id })
export const IyzicoCheckoutFormQuerySchema = v.strictObject({ token: Id })
export const IyzicoTokenizationSessionQuerySchema = v.strictObject({ checkoutFormToken: Id, paymentId: Id })

export type IyzicoPaymentDetailQuery = { paymentId: string } | { paymentConversationId: string }
export type IyzicoCheckoutFormQuery = v.InferOutput<typeof IyzicoCheckoutFormQuerySchema>
export type IyzicoTokenizationSessionQuery = v.InferOutput<typeof IyzicoTokenizationSessionQuerySchema>
/** `GET /v2/reporting/payment/details` takes either id, as iyzico documents ("at least one"); durum sends one. */
export type IyzicoReportingQuery = { paymentId: string } | { paymentConversationId: string }

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

/** The query shapes `getStatus({ provider: 'iyzico', … })` accepts. */
export type IyzicoStatusQuery =
  | { paymentId: string }
  | { paymentConversationId: string }
  | { checkoutFormToken: string }
  | { session: { checkoutFormToken: string; paymentId: string } }

export const IyzicoStatusQuerySchema: v.GenericSchema<unknown, IyzicoStatusQuery> =
  oneKeyOf<IyzicoStatusQuery>({
    paymentId: IyzicoPaymentIdQuerySchema,
    paymentConversationId: IyzicoPaymentConversationIdQuerySchema,
    checkoutFormToken: v.strictObject({ checkoutFormToken: Id }),
    session: v.strictObject({ session: IyzicoTokenizationSessionQuerySchema }),
  })
