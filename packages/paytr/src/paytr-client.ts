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
import { mapPaytrError } from './map-paytr-error'
import { PAYTR_MESSAGES } from './paytr-messages'
import {
  type PaytrClientOptions,
  type PaytrCredentials,
  type ResolvedPaytrOptions,
  resolvePaytrOptions,
} from './paytr-options'
import { type PaytrStatusQuery, PaytrStatusQuerySchema } from './paytr-queries'
import {
  PAYTR_STATUS_SOURCE,
  PaytrEnvelopeSchema,
  type PaytrStatusBody,
  PaytrStatusBodySchema,
} from './paytr-schemas'
import { paytrStatusToken } from './sign-paytr-request'

export type PaytrCallOptions = EndpointCallOptions

/** A typed, validated PayTR body, and the same body as plain JSON with secrets redacted. */
export type PaytrAnswer<T> = EndpointAnswer<T>

/** One method per PayTR status query. Each validates its input first, then returns PayTR's typed body. */
export interface PaytrClient {
  /**
   * `POST /odeme/durum-sorgu`: the order's successful payment and its refunds, or `004` when it has
   * none. Any other `err_no` is a typed error.
   */
  getPaymentStatus(query: PaytrStatusQuery, options?: PaytrCallOptions): Promise<PaytrStatusBody>
}

type PaytrEndpoint<TQuery, TBody> = ProviderEndpoint<TQuery, TBody, PaytrCredentials>

/** `status: "error"` is a typed error, whatever the HTTP status, unless its `err_no` is 004: no payment yet. */
function paytrRefusal(json: unknown, answer: AnswerContext): DurumError | undefined {
  const envelope = v.safeParse(PaytrEnvelopeSchema, json)
  if (!envelope.success || envelope.output.status !== 'error' || envelope.output.err_no === '004')
    return undefined
  return mapPaytrError(
    { errNo: envelope.output.err_no, errMsg: envelope.output.err_msg },
    { source: answer.source, subject: answer.subject, status: answer.status },
  )
}

/** The PayTR endpoints durum asks. */
export const PAYTR_ENDPOINTS = {
  status: {
    method: 'POST',
    path: '/odeme/durum-sorgu',
    source: PAYTR_STATUS_SOURCE,
    querySchema: PaytrStatusQuerySchema,
    schema: PaytrStatusBodySchema,
    // merchant_id comes first (common), paytr_token last (signed over both): exactly PayTR's three fields.
    fields: (query) => ({ merchant_oid: query.merchantOid }),
    describe: (query) => `merchant_oid "${query.merchantOid}"`,
    refusal: paytrRefusal,
    // PayTR's answer names no order (README, "Which answer is about which order"); one that does must
    // name the order asked.
    bind: (query, body, bind) => {
      if ('merchant_oid' in body) bind('merchant_oid', query.merchantOid, body.merchant_oid, false)
    },
  } satisfies PaytrEndpoint<PaytrStatusQuery, PaytrStatusBody>,
} as const

/** The kit, configured for PayTR: what the provider and the client build on. */
export function createPaytrApi(resolved: ResolvedPaytrOptions): ProviderApi<PaytrCredentials> {
  return createProviderApi<PaytrCredentials>({
    provider: 'paytr',
    providerLabel: 'PayTR',
    // The key and the salt never travel, but a misbehaving answer or proxy could still quote them.
    ...providerConnection(resolved),
    createTransport,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    bodyEncoding: 'form',
    commonFields: ({ merchantId }) => ({ merchant_id: merchantId }),
    signFields: async (fields, { merchantKey, merchantSalt }) => ({
      paytr_token: await paytrStatusToken({
        merchantId: fields.merchant_id ?? '',
        merchantOid: fields.merchant_oid ?? '',
        merchantKey,
        merchantSalt,
      }),
    }),
    binding: bindingMessages(PAYTR_MESSAGES, 'paytr'),
  })
}

/**
 * The low-level PayTR client: PayTR's own status body, validated and typed (amounts exact, `TL` as
 * `TRY`, Istanbul times as ISO-8601). Credentials may come from `PAYTR_MERCHANT_ID`,
 * `PAYTR_MERCHANT_KEY` and `PAYTR_MERCHANT_SALT`, read at the first request.
 */
export function createPaytrClient(options: PaytrClientOptions = {}): PaytrClient {
  const api = createPaytrApi(resolvePaytrOptions(options))
  return { getPaymentStatus: api.method(PAYTR_ENDPOINTS.status) }
}
