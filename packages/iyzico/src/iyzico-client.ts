import {
  type AnswerContext,
  bindingMessages,
  createProviderApi,
  createTransport,
  DurumError,
  type EndpointAnswer,
  type EndpointCallOptions,
  localizeReason,
  type ProviderApi,
  type ProviderEndpoint,
  parseRetryAfterMs,
  providerConnection,
} from '@durum/core'
import * as v from 'valibot'
import { iyzicoMessages } from './iyzico-messages'
import {
  type IyzicoClientOptions,
  type IyzicoCredentials,
  type ResolvedIyzicoOptions,
  resolveIyzicoOptions,
} from './iyzico-options'
import {
  type IyzicoCheckoutFormQuery,
  IyzicoCheckoutFormQuerySchema,
  type IyzicoPaymentDetailQuery,
  IyzicoPaymentDetailQuerySchema,
  type IyzicoReportingQuery,
  IyzicoReportingQuerySchema,
  type IyzicoTokenizationSessionQuery,
  IyzicoTokenizationSessionQuerySchema,
} from './iyzico-queries'
import {
  type IyzicoCheckoutFormResult,
  IyzicoCheckoutFormResultSchema,
  IyzicoEnvelopeSchema,
  type IyzicoPaymentDetail,
  IyzicoPaymentDetailSchema,
  type IyzicoReportingPaymentDetails,
  IyzicoReportingPaymentDetailsSchema,
  type IyzicoTokenizationSession,
  IyzicoTokenizationSessionSchema,
} from './iyzico-schemas'
import { mapIyzicoError } from './map-iyzico-error'
import { generateRandomKey, signIyzicoRequest } from './sign-iyzico-request'
import {
  assertIyzicoResponseSignature,
  checkoutFormSignatureParams,
  paymentDetailSignatureParams,
} from './verify-iyzico-response-signature'

export type IyzicoCallOptions = EndpointCallOptions

/** A typed, validated iyzico body, and the same body as plain JSON with secrets redacted. */
export type IyzicoAnswer<T> = EndpointAnswer<T>

/** One method per iyzico status query. Each validates its input first, then returns iyzico's typed body. */
export interface IyzicoClient {
  /** `POST /payment/detail` by `paymentId` or `paymentConversationId` (exactly one). */
  getPaymentDetail(query: IyzicoPaymentDetailQuery, options?: IyzicoCallOptions): Promise<IyzicoPaymentDetail>
  /** `POST /payment/iyzipos/checkoutform/auth/ecom/detail` by the checkout form's `token`. */
  getCheckoutFormResult(
    query: IyzicoCheckoutFormQuery,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoCheckoutFormResult>
  /** `POST /v1/pay-with-iyzico/third-party-session/retrieve/session`. */
  getTokenizationSession(
    query: IyzicoTokenizationSessionQuery,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoTokenizationSession>
  /**
   * `GET /v2/reporting/payment/details` by `paymentId` (that payment) or `paymentConversationId` (every
   * attempt under it), exactly one: the payments with their refunds and cancels.
   */
  getReportingPaymentDetails(
    query: IyzicoReportingQuery,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoReportingPaymentDetails>
}

/** What one call reads of the options: the keys, and whether an unsigned answer is refused. */
export interface IyzicoCall extends IyzicoCredentials {
  requireSignature: boolean
}

type IyzicoEndpoint<TQuery, TBody> = ProviderEndpoint<TQuery, TBody, IyzicoCall>

/**
 * A `status: "failure"` body is a typed error, whatever the HTTP status, except a payment's own
 * failed outcome (it carries `paymentStatus`) where `carriesPayment` says an endpoint answers with one.
 */
function iyzicoRefusal(carriesPayment: boolean) {
  return (json: unknown, answer: AnswerContext): DurumError | undefined => {
    if (typeof json !== 'object' || json === null) return undefined
    const body = json as { status?: unknown; paymentStatus?: unknown }
    if (body.status !== 'failure' || (carriesPayment && body.paymentStatus != null)) return undefined
    const envelope = v.safeParse(IyzicoEnvelopeSchema, json)
    return mapIyzicoError(envelope.success ? envelope.output : {}, {
      source: answer.source,
      subject: answer.subject,
      status: answer.status,
      retryAfterMs: parseRetryAfterMs(answer.headers.get('retry-after')),
    })
  }
}

/**
 * The answer's own `signature`, checked over `signedFields`. An answer without one is used, marked
 * `signed: false`, unless `requireSignature` is set.
 */
function iyzicoSignature<T extends { signature?: string | null | undefined }>(
  signedFields: (body: T) => readonly string[],
) {
  return async (body: T, answer: AnswerContext, call: IyzicoCall): Promise<boolean> => {
    if (body.signature == null) {
      if (!call.requireSignature) return false
      throw new DurumError({
        code: 'response_format',
        provider: 'iyzico',
        source: answer.source,
        status: answer.status,
        reason: 'iyzico.unsigned_answer',
        message: localizeReason(iyzicoMessages, {
          reason: 'iyzico.unsigned_answer',
          params: { subject: answer.subject },
        }),
      })
    }
    await assertIyzicoResponseSignature({
      secretKey: call.secretKey,
      signature: body.signature,
      params: signedFields(body),
      source: answer.source,
      subject: answer.subject,
      status: answer.status,
    })
    return true
  }
}

/** The iyzico endpoints durum asks. */
export const IYZICO_ENDPOINTS = {
  paymentDetail: {
    method: 'POST',
    path: '/payment/detail',
    source: 'iyzico.payment-detail',
    querySchema: IyzicoPaymentDetailQuerySchema,
    schema: IyzicoPaymentDetailSchema,
    refusal: iyzicoRefusal(true),
    verify: iyzicoSignature(paymentDetailSignatureParams),
    // Asked by conversation id, the answer carries no paymentConversationId to compare: the echo binds it.
    bind: (query, body, bind) => {
      if ('paymentId' in query) bind('paymentId', query.paymentId, body.paymentId, true)
    },
  } satisfies IyzicoEndpoint<IyzicoPaymentDetailQuery, IyzicoPaymentDetail>,
  checkoutForm: {
    method: 'POST',
    path: '/payment/iyzipos/checkoutform/auth/ecom/detail',
    source: 'iyzico.checkout-form',
    querySchema: IyzicoCheckoutFormQuerySchema,
    schema: IyzicoCheckoutFormResultSchema,
    refusal: iyzicoRefusal(true),
    verify: iyzicoSignature(checkoutFormSignatureParams),
    bind: (query, body, bind) => bind('token', query.token, body.token, true),
  } satisfies IyzicoEndpoint<IyzicoCheckoutFormQuery, IyzicoCheckoutFormResult>,
  session: {
    method: 'POST',
    path: '/v1/pay-with-iyzico/third-party-session/retrieve/session',
    source: 'iyzico.tokenization-session',
    querySchema: IyzicoTokenizationSessionQuerySchema,
    schema: IyzicoTokenizationSessionSchema,
    refusal: iyzicoRefusal(false),
    // iyzico documents the echo for every request, but its session example answer carries none, nor
    // any id asked: taken without one (never with another one). A session is never "paid".
    echo: 'optional',
  } satisfies IyzicoEndpoint<IyzicoTokenizationSessionQuery, IyzicoTokenizationSession>,
  reporting: {
    method: 'GET',
    path: '/v2/reporting/payment/details',
    source: 'iyzico.reporting-payment-details',
    querySchema: IyzicoReportingQuerySchema,
    schema: IyzicoReportingPaymentDetailsSchema,
    refusal: iyzicoRefusal(true),
    // Its entries are matched to the payment by the provider; the echo keeps an old answer (from
    // before a refund) from being served as today's.
  } satisfies IyzicoEndpoint<IyzicoReportingQuery, IyzicoReportingPaymentDetails>,
} as const

/** The kit, configured for iyzico: what the provider and the client build on. */
export function createIyzicoApi(resolved: ResolvedIyzicoOptions): ProviderApi<IyzicoCall> {
  const randomKey = resolved.randomKey ?? generateRandomKey
  const { locale, requireSignature } = resolved
  return createProviderApi<IyzicoCall>({
    provider: 'iyzico',
    providerLabel: 'iyzico',
    // Stored-card tokens are not secrets to iyzico, but they let a card be charged again: keep them out of raw.
    ...providerConnection(resolved, ['cardToken', 'cardUserKey']),
    createTransport,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: () => Object.assign(resolved.credentials(), { requireSignature }),
    commonFields: () => ({ locale }),
    // Fresh per request: iyzico echoes it ("sent with the request, returned in the result, to match
    // the two") and signs it into its response signature.
    echo: { field: 'conversationId', next: resolved.conversationId },
    // A fresh random key, so a fresh signature, for every attempt. A GET carries no body (fetch cannot
    // send one), so none is signed: the path alone, as iyzipay-java, -php and -dotnet sign it.
    sign: async ({ path, body }, { apiKey, secretKey }) => {
      const rnd = randomKey()
      const { authorization } = await signIyzicoRequest({ randomKey: rnd, path, body, apiKey, secretKey })
      return { authorization, 'x-iyzi-rnd': rnd }
    },
    // iyzico may echo a key in any field: read answers redacted, so no result or error carries one.
    answersEchoSecrets: true,
    unreadableHint: {
      en: "Retry; if it persists, check iyzico's status page.",
      tr: "Yeniden deneyin; sürerse iyzico'nun durum sayfasına bakın.",
    },
    binding: bindingMessages(iyzicoMessages, 'iyzico'),
  })
}

/**
 * The low-level iyzico client: one method per status query, each returning iyzico's own body,
 * validated and typed, with money as exact decimal strings. Credentials may come from
 * `IYZICO_API_KEY` / `IYZICO_SECRET_KEY`, read at the first request.
 */
export function createIyzicoClient(options: IyzicoClientOptions = {}): IyzicoClient {
  const api = createIyzicoApi(resolveIyzicoOptions(options))
  return {
    getPaymentDetail: api.method(IYZICO_ENDPOINTS.paymentDetail),
    getCheckoutFormResult: api.method(IYZICO_ENDPOINTS.checkoutForm),
    getTokenizationSession: api.method(IYZICO_ENDPOINTS.session),
    getReportingPaymentDetails: api.method(IYZICO_ENDPOINTS.reporting),
  }
}
