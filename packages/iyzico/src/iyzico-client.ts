import {
  createRedactor,
  createTransport,
  DurumError,
  givenTransportOptions,
  httpStatusError,
  parseProviderAnswerJson,
  type Redactor,
  readProviderAnswer,
  type TransportResponse,
} from '@durum/core'
import * as v from 'valibot'
import { assertIyzicoAnswerBound, type IyzicoBindingContext } from './bind-iyzico-answer'
import { type IyzicoClientOptions, type ResolvedIyzicoOptions, resolveIyzicoOptions } from './iyzico-options'
import {
  type IyzicoCheckoutFormQuery,
  IyzicoCheckoutFormQuerySchema,
  type IyzicoPaymentDetailQuery,
  IyzicoPaymentDetailQuerySchema,
  type IyzicoReportingQuery,
  IyzicoReportingQuerySchema,
  type IyzicoTokenizationSessionQuery,
  IyzicoTokenizationSessionQuerySchema,
  parseIyzicoQuery,
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
import { type IyzicoFailureFields, mapIyzicoError } from './map-iyzico-error'
import { generateRandomKey, signIyzicoRequest } from './sign-iyzico-request'
import {
  assertIyzicoResponseSignature,
  checkoutFormSignatureParams,
  paymentDetailSignatureParams,
} from './verify-iyzico-response-signature'

export interface IyzicoCallOptions {
  signal?: AbortSignal | undefined
}

/** A typed, validated iyzico body, and the same body as plain JSON with secrets redacted. */
export interface IyzicoAnswer<T> {
  body: T
  raw: unknown
  /** Whether the answer carried a response signature, which verified; absent where iyzico never signs. */
  signed?: boolean
}

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

/** The client's methods, answering with `raw` beside the body; what the provider builds on. */
export interface IyzicoApi {
  readonly options: Pick<ResolvedIyzicoOptions, 'refunds'>
  /** The client's redactor: whatever leaves built from iyzico's answers goes through it. */
  readonly redactor: Redactor
  getPaymentDetail(query: unknown, options?: IyzicoCallOptions): Promise<IyzicoAnswer<IyzicoPaymentDetail>>
  getCheckoutFormResult(
    query: unknown,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoAnswer<IyzicoCheckoutFormResult>>
  getTokenizationSession(
    query: unknown,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoAnswer<IyzicoTokenizationSession>>
  getReportingPaymentDetails(
    query: unknown,
    options?: IyzicoCallOptions,
  ): Promise<IyzicoAnswer<IyzicoReportingPaymentDetails>>
}

interface Endpoint {
  method: 'GET' | 'POST'
  path: string
  source: string
  /**
   * Whether an answer lacking the `conversationId` echo is refused. iyzico documents the echo for
   * every request, but its tokenization-session example answer carries none: that endpoint's answer
   * is taken without one (never with another one).
   */
  echoRequired: boolean
}

const ENDPOINTS = {
  paymentDetail: {
    method: 'POST',
    path: '/payment/detail',
    source: 'iyzico.payment-detail',
    echoRequired: true,
  },
  checkoutForm: {
    method: 'POST',
    path: '/payment/iyzipos/checkoutform/auth/ecom/detail',
    source: 'iyzico.checkout-form',
    echoRequired: true,
  },
  session: {
    method: 'POST',
    path: '/v1/pay-with-iyzico/third-party-session/retrieve/session',
    source: 'iyzico.tokenization-session',
    echoRequired: false,
  },
  reporting: {
    method: 'GET',
    path: '/v2/reporting/payment/details',
    source: 'iyzico.reporting-payment-details',
    echoRequired: true,
  },
} as const satisfies Record<string, Endpoint>

/** One request as sent, with iyzico's parsed answer. */
interface Sent {
  json: unknown
  response: TransportResponse
  subject: string
  /** The fresh `conversationId` sent, which the answer must echo. */
  conversationId: string
}

function describeQuery(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
}

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after')
  if (value === null) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function createIyzicoApi(resolved: ResolvedIyzicoOptions): IyzicoApi {
  const redactor: Redactor = createRedactor({
    // Stored-card tokens are not secrets to iyzico, but they let a card be charged again: keep them out of raw.
    keys: ['cardToken', 'cardUserKey'],
    secrets: resolved.knownSecrets,
  })
  // Spread last into each answer's context: on Node 20, `{ ...x, more }` makes a new hidden class per
  // call, whose objects then outlive young-generation collections (measured in benchmarks/).
  const answerContext = { provider: 'iyzico', providerLabel: 'iyzico', redactor }
  const transport = createTransport({
    provider: 'iyzico',
    baseUrl: resolved.baseUrl,
    redactor,
    ...givenTransportOptions(resolved),
  })
  const randomKey = resolved.randomKey ?? generateRandomKey

  async function send(
    endpoint: Endpoint,
    query: Record<string, string>,
    options: IyzicoCallOptions,
  ): Promise<Sent> {
    const credentials = resolved.credentials()
    const subject = describeQuery(query)
    // Fresh per request: iyzico echoes it (and signs it into its response signature), so an
    // answer recorded for an earlier request cannot be served as this one's.
    const conversationId = resolved.conversationId()
    const fields: Record<string, string> = { locale: resolved.locale, conversationId }
    Object.assign(fields, query)
    const isGet = endpoint.method === 'GET'
    const path = isGet ? `${endpoint.path}?${new URLSearchParams(fields).toString()}` : endpoint.path
    const body = isGet ? undefined : JSON.stringify(fields)
    const response = await transport.request({
      method: endpoint.method,
      path,
      ...(body === undefined ? {} : { body }),
      readOnly: true,
      source: endpoint.source,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      // A fresh random key, so a fresh signature, for every attempt.
      headers: async () => {
        const rnd = randomKey()
        const { authorization } = await signIyzicoRequest({
          randomKey: rnd,
          path,
          // A GET carries no body (fetch cannot send one), so none is signed: the path alone, as
          // iyzipay-java, -php and -dotnet sign it. iyzico checks the bytes it receives.
          body: body ?? '',
          ...credentials,
        })
        return {
          authorization,
          'x-iyzi-rnd': rnd,
          'content-type': 'application/json',
          accept: 'application/json',
        }
      },
    })
    return { json: interpret(endpoint, response, subject, conversationId), response, subject, conversationId }
  }

  const bindingOf = (endpoint: Endpoint, sent: Pick<Sent, 'subject' | 'response'>): IyzicoBindingContext => ({
    source: endpoint.source,
    subject: sent.subject,
    status: sent.response.status,
    redactor,
  })

  const redacted = (text: string | null | undefined) => (text == null ? undefined : redactor.text(text))

  /** Reads iyzico's answer: a failure body is a typed error, whatever the HTTP status; then the status. */
  function interpret(
    endpoint: Endpoint,
    response: TransportResponse,
    subject: string,
    conversationId: string,
  ): unknown {
    const ok = response.status >= 200 && response.status < 300
    const json = parseProviderAnswerJson(response, {
      source: endpoint.source,
      subject,
      hint: "Retry; if it persists, check iyzico's status page.",
      ...answerContext,
    })
    const failure = isRecord(json) && json.status === 'failure'
    const carriesPayment =
      isRecord(json) && json.paymentStatus != null && endpoint.source !== ENDPOINTS.session.source
    if (failure && !carriesPayment) {
      const envelope = v.safeParse(IyzicoEnvelopeSchema, json)
      const fields: IyzicoFailureFields = envelope.success ? envelope.output : {}
      // iyzico's error bodies echo the conversationId when the request had one; another one is
      // another request's refusal.
      assertIyzicoAnswerBound(
        bindingOf(endpoint, { subject, response }),
        'conversationId',
        conversationId,
        json.conversationId,
        false,
      )
      throw mapIyzicoError(
        {
          errorCode: redacted(fields.errorCode),
          errorMessage: redacted(fields.errorMessage),
          errorGroup: redacted(fields.errorGroup),
        },
        {
          source: endpoint.source,
          subject,
          status: response.status,
          retryAfterMs: retryAfterMs(response.headers),
        },
      )
    }
    if (!ok) throw statusError(endpoint, response)
    return json
  }

  function statusError(endpoint: Endpoint, response: TransportResponse): DurumError {
    return httpStatusError({
      provider: 'iyzico',
      source: endpoint.source,
      status: response.status,
      headers: response.headers,
      text: response.text,
      redactor,
    })
  }

  /**
   * Validates the answer, then binds it to the request: it must echo the `conversationId` sent, as
   * iyzico documents for every request ("sent with the request, returned in the result, to match
   * the two"). Without it, an answer cannot be told from one recorded earlier and replayed.
   */
  function read<T>(schema: v.GenericSchema<unknown, T>, endpoint: Endpoint, sent: Sent): IyzicoAnswer<T> {
    const body = readProviderAnswer(schema, sent.json, sent.response, {
      source: endpoint.source,
      subject: sent.subject,
      ...answerContext,
    })
    assertIyzicoAnswerBound(
      bindingOf(endpoint, sent),
      'conversationId',
      sent.conversationId,
      isRecord(sent.json) ? sent.json.conversationId : undefined,
      endpoint.echoRequired,
    )
    return { body, raw: redactor.json(sent.response.text, sent.json) }
  }

  /**
   * `read`, then the answer's own `signature` checked over `signedFields`. An answer without one is
   * used, marked `signed: false`, unless `requireSignature` is set.
   */
  async function readSigned<T extends { signature?: string | null | undefined }>(
    schema: v.GenericSchema<unknown, T>,
    endpoint: Endpoint,
    sent: Sent,
    signedFields: (body: T) => readonly string[],
  ): Promise<IyzicoAnswer<T>> {
    const answer = read(schema, endpoint, sent)
    if (answer.body.signature == null) {
      if (resolved.requireSignature) {
        throw new DurumError({
          code: 'response_format',
          provider: 'iyzico',
          source: endpoint.source,
          status: sent.response.status,
          message: `iyzico's answer for ${sent.subject} carries no response signature, and requireSignature is set, so it was not used. Ask iyzico to sign this account's answers, or leave requireSignature out to accept unsigned ones (marked signed: false).`,
        })
      }
      return { ...answer, signed: false }
    }
    await assertIyzicoResponseSignature({
      secretKey: resolved.credentials().secretKey,
      signature: answer.body.signature,
      params: signedFields(answer.body),
      source: endpoint.source,
      subject: sent.subject,
      status: sent.response.status,
    })
    return { ...answer, signed: true }
  }

  return {
    options: { refunds: resolved.refunds },
    redactor,

    async getPaymentDetail(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoPaymentDetailQuerySchema, query, ENDPOINTS.paymentDetail.source)
      const sent = await send(ENDPOINTS.paymentDetail, valid, options)
      const answer = await readSigned(
        IyzicoPaymentDetailSchema,
        ENDPOINTS.paymentDetail,
        sent,
        paymentDetailSignatureParams,
      )
      // Asked by conversation id, the answer carries no paymentConversationId to compare: the echo binds it.
      if ('paymentId' in valid) {
        const binding = bindingOf(ENDPOINTS.paymentDetail, sent)
        assertIyzicoAnswerBound(binding, 'paymentId', valid.paymentId, answer.body.paymentId, true)
      }
      return answer
    },

    async getCheckoutFormResult(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoCheckoutFormQuerySchema, query, ENDPOINTS.checkoutForm.source)
      const sent = await send(ENDPOINTS.checkoutForm, valid, options)
      const answer = await readSigned(
        IyzicoCheckoutFormResultSchema,
        ENDPOINTS.checkoutForm,
        sent,
        checkoutFormSignatureParams,
      )
      const binding = bindingOf(ENDPOINTS.checkoutForm, sent)
      assertIyzicoAnswerBound(binding, 'token', valid.token, answer.body.token, true)
      return answer
    },

    async getTokenizationSession(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoTokenizationSessionQuerySchema, query, ENDPOINTS.session.source)
      const sent = await send(ENDPOINTS.session, valid, options)
      // The session answer carries none of the ids asked, and iyzico's documented example carries
      // no echo either: one that echoes another conversationId is still refused. A session is never
      // "paid", so an unbound one cannot ship an order.
      return read(IyzicoTokenizationSessionSchema, ENDPOINTS.session, sent)
    },

    async getReportingPaymentDetails(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoReportingQuerySchema, query, ENDPOINTS.reporting.source)
      const sent = await send(ENDPOINTS.reporting, valid, options)
      // Its entries are matched to the payment by the provider; the echo keeps an old answer (from
      // before a refund) from being served as today's.
      return read(IyzicoReportingPaymentDetailsSchema, ENDPOINTS.reporting, sent)
    },
  }
}

/**
 * The low-level iyzico client: one method per status query, each returning iyzico's own body,
 * validated and typed, with money as exact decimal strings. Credentials may come from
 * `IYZICO_API_KEY` / `IYZICO_SECRET_KEY`, read at the first request.
 */
export function createIyzicoClient(options: IyzicoClientOptions = {}): IyzicoClient {
  const api = createIyzicoApi(resolveIyzicoOptions(options))
  return {
    getPaymentDetail: async (query, callOptions) => (await api.getPaymentDetail(query, callOptions)).body,
    getCheckoutFormResult: async (query, callOptions) =>
      (await api.getCheckoutFormResult(query, callOptions)).body,
    getTokenizationSession: async (query, callOptions) =>
      (await api.getTokenizationSession(query, callOptions)).body,
    getReportingPaymentDetails: async (query, callOptions) =>
      (await api.getReportingPaymentDetails(query, callOptions)).body,
  }
}
