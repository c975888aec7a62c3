import {
  createRedactor,
  createTransport,
  type DurumError,
  givenTransportOptions,
  httpStatusError,
  parseProviderAnswerJson,
  type Redactor,
  readProviderAnswer,
  type TransportResponse,
} from '@durum/core'
import * as v from 'valibot'
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
  /** Sent to iyzico and echoed back, to match a request with its answer in logs. */
  conversationId?: string | undefined
}

/** A typed, validated iyzico body, and the same body as plain JSON with secrets redacted. */
export interface IyzicoAnswer<T> {
  body: T
  raw: unknown
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
}

const ENDPOINTS = {
  paymentDetail: { method: 'POST', path: '/payment/detail', source: 'iyzico.payment-detail' },
  checkoutForm: {
    method: 'POST',
    path: '/payment/iyzipos/checkoutform/auth/ecom/detail',
    source: 'iyzico.checkout-form',
  },
  session: {
    method: 'POST',
    path: '/v1/pay-with-iyzico/third-party-session/retrieve/session',
    source: 'iyzico.tokenization-session',
  },
  reporting: {
    method: 'GET',
    path: '/v2/reporting/payment/details',
    source: 'iyzico.reporting-payment-details',
  },
} as const satisfies Record<string, Endpoint>

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
  ): Promise<{ json: unknown; response: TransportResponse; subject: string }> {
    const credentials = resolved.credentials()
    const subject = describeQuery(query)
    const fields: Record<string, string> = { locale: resolved.locale }
    if (options.conversationId !== undefined) fields.conversationId = options.conversationId
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
    return { json: interpret(endpoint, response, subject), response, subject }
  }

  /** Reads iyzico's answer: a failure body is a typed error, whatever the HTTP status; then the status. */
  function interpret(endpoint: Endpoint, response: TransportResponse, subject: string): unknown {
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
      throw mapIyzicoError(
        {
          errorCode: fields.errorCode,
          errorMessage: fields.errorMessage == null ? undefined : redactor.text(fields.errorMessage),
          errorGroup: fields.errorGroup,
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

  function read<T>(
    schema: v.GenericSchema<unknown, T>,
    endpoint: Endpoint,
    sent: { json: unknown; response: TransportResponse; subject: string },
  ): IyzicoAnswer<T> {
    const body = readProviderAnswer(schema, sent.json, sent.response, {
      source: endpoint.source,
      subject: sent.subject,
      ...answerContext,
    })
    return { body, raw: redactor.json(sent.response.text, sent.json) }
  }

  /** `read`, then the answer's own `signature` (when iyzico sent one) checked over `signedFields`. */
  async function readSigned<T extends { signature?: string | null | undefined }>(
    schema: v.GenericSchema<unknown, T>,
    endpoint: Endpoint,
    sent: { json: unknown; response: TransportResponse; subject: string },
    signedFields: (body: T) => readonly string[],
  ): Promise<IyzicoAnswer<T>> {
    const answer = read(schema, endpoint, sent)
    await assertIyzicoResponseSignature({
      secretKey: resolved.credentials().secretKey,
      signature: answer.body.signature,
      params: signedFields(answer.body),
      source: endpoint.source,
      subject: sent.subject,
      status: sent.response.status,
    })
    return answer
  }

  return {
    options: { refunds: resolved.refunds },

    async getPaymentDetail(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoPaymentDetailQuerySchema, query, ENDPOINTS.paymentDetail.source)
      const sent = await send(ENDPOINTS.paymentDetail, valid, options)
      return readSigned(
        IyzicoPaymentDetailSchema,
        ENDPOINTS.paymentDetail,
        sent,
        paymentDetailSignatureParams,
      )
    },

    async getCheckoutFormResult(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoCheckoutFormQuerySchema, query, ENDPOINTS.checkoutForm.source)
      const sent = await send(ENDPOINTS.checkoutForm, valid, options)
      return readSigned(
        IyzicoCheckoutFormResultSchema,
        ENDPOINTS.checkoutForm,
        sent,
        checkoutFormSignatureParams,
      )
    },

    async getTokenizationSession(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoTokenizationSessionQuerySchema, query, ENDPOINTS.session.source)
      const sent = await send(ENDPOINTS.session, valid, options)
      return read(IyzicoTokenizationSessionSchema, ENDPOINTS.session, sent)
    },

    async getReportingPaymentDetails(query, options = {}) {
      const valid = parseIyzicoQuery(IyzicoReportingQuerySchema, query, ENDPOINTS.reporting.source)
      const sent = await send(ENDPOINTS.reporting, valid, options)
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
