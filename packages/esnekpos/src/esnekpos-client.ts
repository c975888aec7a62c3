import {
  type AnswerContext,
  bindingMessages,
  createProviderApi,
  createTransport,
  type DurumError,
  type EndpointAnswer,
  type EndpointCallOptions,
  type ProviderApi,
  type ProviderEndpoint,
  providerConnection,
} from '@durum/core'
import * as v from 'valibot'
import { esnekposMessages } from './esnekpos-messages'
import {
  type EsnekposClientOptions,
  type EsnekposCredentials,
  type ResolvedEsnekposOptions,
  resolveEsnekposOptions,
} from './esnekpos-options'
import {
  type EsnekposOrderQuery,
  EsnekposOrderQuerySchema,
  type EsnekposPaymentRequestQuery,
  EsnekposPaymentRequestQuerySchema,
} from './esnekpos-queries'
import {
  ESNEKPOS_ORDER_SOURCE,
  ESNEKPOS_PAYMENT_REQUEST_SOURCE,
  EsnekposEnvelopeSchema,
  type EsnekposOrderBody,
  EsnekposOrderBodySchema,
  type EsnekposPaymentRequestBody,
  EsnekposPaymentRequestBodySchema,
} from './esnekpos-schemas'
import { classifyEsnekposFailure, mapEsnekposError } from './map-esnekpos-error'
import { carriesEsnekposOrder, ESNEKPOS_ORDER_NOT_FOUND } from './map-esnekpos-order-answer'

export type EsnekposCallOptions = EndpointCallOptions

/** A typed, validated EsnekPOS body, and the same body as plain JSON with secrets redacted. */
export type EsnekposAnswer<T> = EndpointAnswer<T>

/** One method per EsnekPOS status query. Each validates its input first, then returns EsnekPOS's typed body. */
export interface EsnekposClient {
  /** `POST /api/services/SendPaymentRequestQuery`: every attempt to pay a payment request (link). */
  getPaymentRequestStatus(
    query: EsnekposPaymentRequestQuery,
    options?: EsnekposCallOptions,
  ): Promise<EsnekposPaymentRequestBody>
  /** `POST /api/services/ProcessQuery`: one order and its transaction history. */
  getOrderStatus(query: EsnekposOrderQuery, options?: EsnekposCallOptions): Promise<EsnekposOrderBody>
}

type EsnekposEndpoint<TQuery, TBody> = ProviderEndpoint<TQuery, TBody, EsnekposCredentials>

/**
 * RETURN_CODE ≠ "0" is a typed error, whatever the HTTP status, unless `isOutcome` reads it as the
 * payment's outcome. `field` is the query field a `validation` error names.
 */
function esnekposRefusal(field: string, isOutcome: (json: unknown, returnCode: string) => boolean) {
  return (json: unknown, answer: AnswerContext): DurumError | undefined => {
    const envelope = v.safeParse(EsnekposEnvelopeSchema, json)
    if (!envelope.success || envelope.output.RETURN_CODE === '0') return undefined
    const { RETURN_CODE, RETURN_MESSAGE, RETURN_MESSAGE_TR, STATUS } = envelope.output
    if (isOutcome(json, RETURN_CODE)) return undefined
    return mapEsnekposError(
      { returnCode: RETURN_CODE, returnMessage: RETURN_MESSAGE ?? RETURN_MESSAGE_TR, status: STATUS },
      { source: answer.source, subject: answer.subject, field, status: answer.status },
    )
  }
}

/** The EsnekPOS endpoints durum asks. */
export const ESNEKPOS_ENDPOINTS = {
  paymentRequest: {
    method: 'POST',
    path: '/api/services/SendPaymentRequestQuery',
    source: ESNEKPOS_PAYMENT_REQUEST_SOURCE,
    querySchema: EsnekposPaymentRequestQuerySchema,
    schema: EsnekposPaymentRequestBodySchema,
    fields: (query) => ({ SEND_PAYMENT_REQUEST_ID: query.sendPaymentRequestId }),
    describe: ({ sendPaymentRequestId: id }) => ({
      en: `payment request ${id}`,
      tr: `${id} numaralı ödeme isteği`,
    }),
    refusal: esnekposRefusal('sendPaymentRequestId', () => false),
    // It echoes nothing of the request (only each attempt's own order reference): it cannot be bound.
  } satisfies EsnekposEndpoint<EsnekposPaymentRequestQuery, EsnekposPaymentRequestBody>,
  order: {
    method: 'POST',
    path: '/api/services/ProcessQuery',
    source: ESNEKPOS_ORDER_SOURCE,
    querySchema: EsnekposOrderQuerySchema,
    schema: EsnekposOrderBodySchema,
    fields: (query) => ({ ORDER_REF_NUMBER: query.orderReference }),
    describe: ({ orderReference: reference }) => ({
      en: `order ${reference}`,
      tr: `${reference} numaralı sipariş`,
    }),
    // A declined card (100) or a payment in 3-D Secure (106) comes with the order; 400 without it is
    // an order with no record yet, which a hosted page opened and never paid also reads as. Refused
    // credentials (102) or fields (101) mean the query was not answered, whatever else the body holds.
    refusal: esnekposRefusal(
      'orderReference',
      (json, returnCode) =>
        returnCode === ESNEKPOS_ORDER_NOT_FOUND ||
        (carriesEsnekposOrder(json) && classifyEsnekposFailure(returnCode) === 'provider'),
    ),
    // EsnekPOS signs nothing, so the echoed order reference is all that ties an answer to its question.
    bind: (query, body, bind) => {
      bind('ORDER_REF_NO', query.orderReference, body.ORDER_REF_NO, false)
      bind('ORDER_REF_NUMBER', query.orderReference, body.ORDER_REF_NUMBER, false)
    },
  } satisfies EsnekposEndpoint<EsnekposOrderQuery, EsnekposOrderBody>,
} as const

/** The kit, configured for EsnekPOS: what the provider and the client build on. */
export function createEsnekposApi(resolved: ResolvedEsnekposOptions): ProviderApi<EsnekposCredentials> {
  return createProviderApi<EsnekposCredentials>({
    provider: 'esnekpos',
    providerLabel: 'EsnekPOS',
    // The merchant key travels in every request body: redacted by name (MERCHANT_KEY) and by value.
    ...providerConnection(resolved),
    createTransport,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    commonFields: ({ merchant, merchantKey }) => ({ MERCHANT: merchant, MERCHANT_KEY: merchantKey }),
    // Any field may echo the merchant key it was sent with.
    answersEchoSecrets: true,
    binding: bindingMessages(esnekposMessages, 'esnekpos'),
  })
}

/**
 * The low-level EsnekPOS client: one method per status query, each returning EsnekPOS's own body,
 * validated and typed: amounts as exact TRY `Money`, Istanbul times as ISO-8601, ids as strings.
 * Credentials may come from `ESNEKPOS_MERCHANT` / `ESNEKPOS_MERCHANT_KEY`, read at the first request.
 */
export function createEsnekposClient(options: EsnekposClientOptions = {}): EsnekposClient {
  const api = createEsnekposApi(resolveEsnekposOptions(options))
  return {
    getPaymentRequestStatus: api.method(ESNEKPOS_ENDPOINTS.paymentRequest),
    getOrderStatus: api.method(ESNEKPOS_ENDPOINTS.order),
  }
}
