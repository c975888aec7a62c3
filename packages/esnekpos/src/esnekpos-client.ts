import {
  createRedactor,
  createTransport,
  type DurumError,
  givenTransportOptions,
  httpStatusError,
  parseProviderAnswerJson,
  type Redactor,
  readProviderAnswer,
  type Transport,
  type TransportResponse,
} from '@durum/core'
import * as v from 'valibot'
import {
  type EsnekposClientOptions,
  type ResolvedEsnekposOptions,
  resolveEsnekposOptions,
} from './esnekpos-options'
import {
  type EsnekposOrderQuery,
  EsnekposOrderQuerySchema,
  type EsnekposPaymentRequestQuery,
  EsnekposPaymentRequestQuerySchema,
  parseEsnekposQuery,
} from './esnekpos-queries'
import {
  EsnekposEnvelopeSchema,
  type EsnekposOrderBody,
  EsnekposOrderBodySchema,
  type EsnekposPaymentRequestBody,
  EsnekposPaymentRequestBodySchema,
} from './esnekpos-schemas'
import { mapEsnekposError } from './map-esnekpos-error'
import { ESNEKPOS_ORDER_SOURCE, ESNEKPOS_PAYMENT_REQUEST_SOURCE } from './normalize-esnekpos-payment'

export interface EsnekposCallOptions {
  signal?: AbortSignal | undefined
}

/** A typed, validated EsnekPOS body, and the same body as plain JSON with secrets redacted. */
export interface EsnekposAnswer<T> {
  body: T
  raw: unknown
}

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

/** The client's methods, answering with `raw` beside the body; what the provider builds on. */
export interface EsnekposApi {
  getPaymentRequestStatus(
    query: unknown,
    options?: EsnekposCallOptions,
  ): Promise<EsnekposAnswer<EsnekposPaymentRequestBody>>
  getOrderStatus(query: unknown, options?: EsnekposCallOptions): Promise<EsnekposAnswer<EsnekposOrderBody>>
}

interface Endpoint {
  path: string
  source: string
  /** The query field that carries the id, named by a `validation` error. */
  field: string
}

const ENDPOINTS = {
  paymentRequest: {
    path: '/api/services/SendPaymentRequestQuery',
    source: ESNEKPOS_PAYMENT_REQUEST_SOURCE,
    field: 'sendPaymentRequestId',
  },
  order: { path: '/api/services/ProcessQuery', source: ESNEKPOS_ORDER_SOURCE, field: 'orderReference' },
} as const satisfies Record<string, Endpoint>

interface Sent {
  json: unknown
  response: TransportResponse
  subject: string
}

export function createEsnekposApi(resolved: ResolvedEsnekposOptions): EsnekposApi {
  // The merchant key travels in every request body: redacted by name (MERCHANT_KEY) and by value.
  const redactor: Redactor = createRedactor({ secrets: resolved.knownSecrets })
  // Spread last into each answer's context: on Node 20, `{ ...x, more }` makes a new hidden class per
  // call, whose objects then outlive young-generation collections (measured in benchmarks/).
  const answerContext = { provider: 'esnekpos', providerLabel: 'EsnekPOS', redactor }
  let transport: Transport | undefined

  // Built at the first request, so ESNEKPOS_BASE_URL set after start-up (edge runtimes) is seen.
  function transportFor(): Transport {
    transport ??= createTransport({
      provider: 'esnekpos',
      baseUrl: resolved.baseUrl(),
      redactor,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      ...givenTransportOptions(resolved),
    })
    return transport
  }

  async function send(
    endpoint: Endpoint,
    fields: Record<string, string>,
    subject: string,
    options: EsnekposCallOptions,
  ): Promise<Sent> {
    const { merchant, merchantKey } = resolved.credentials()
    const response = await transportFor().request({
      method: 'POST',
      path: endpoint.path,
      body: JSON.stringify({ MERCHANT: merchant, MERCHANT_KEY: merchantKey, ...fields }),
      readOnly: true,
      source: endpoint.source,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    })
    return { json: interpret(endpoint, response, subject), response, subject }
  }

  /** Reads EsnekPOS's answer: RETURN_CODE ≠ "0" is a typed error, whatever the HTTP status; then the status. */
  function interpret(endpoint: Endpoint, response: TransportResponse, subject: string): unknown {
    const ok = response.status >= 200 && response.status < 300
    const json = parseProviderAnswerJson(response, {
      source: endpoint.source,
      subject,
      hint: 'Retry; if it persists, ask EsnekPOS support.',
      ...answerContext,
    })
    const envelope = v.safeParse(EsnekposEnvelopeSchema, json)
    if (envelope.success && envelope.output.RETURN_CODE !== '0') {
      const { RETURN_CODE, RETURN_MESSAGE, RETURN_MESSAGE_TR, STATUS } = envelope.output
      const message = RETURN_MESSAGE ?? RETURN_MESSAGE_TR
      throw mapEsnekposError(
        {
          returnCode: RETURN_CODE,
          returnMessage: message === undefined ? undefined : redactor.text(message),
          status: STATUS === undefined ? undefined : redactor.text(STATUS),
        },
        { source: endpoint.source, subject, field: endpoint.field, status: response.status },
      )
    }
    if (!ok) throw statusError(endpoint, response)
    return json
  }

  function statusError(endpoint: Endpoint, response: TransportResponse): DurumError {
    return httpStatusError({
      provider: 'esnekpos',
      source: endpoint.source,
      status: response.status,
      headers: response.headers,
      text: response.text,
      redactor,
    })
  }

  function read<T>(schema: v.GenericSchema<unknown, T>, endpoint: Endpoint, sent: Sent): EsnekposAnswer<T> {
    const body = readProviderAnswer(schema, sent.json, sent.response, {
      source: endpoint.source,
      subject: sent.subject,
      ...answerContext,
    })
    return { body, raw: redactor.json(sent.response.text, sent.json) }
  }

  return {
    async getPaymentRequestStatus(query, options = {}) {
      const endpoint = ENDPOINTS.paymentRequest
      const { sendPaymentRequestId } = parseEsnekposQuery(
        EsnekposPaymentRequestQuerySchema,
        query,
        endpoint.source,
      )
      const sent = await send(
        endpoint,
        { SEND_PAYMENT_REQUEST_ID: sendPaymentRequestId },
        `payment request ${sendPaymentRequestId}`,
        options,
      )
      return read(EsnekposPaymentRequestBodySchema, endpoint, sent)
    },

    async getOrderStatus(query, options = {}) {
      const endpoint = ENDPOINTS.order
      const { orderReference } = parseEsnekposQuery(EsnekposOrderQuerySchema, query, endpoint.source)
      const sent = await send(
        endpoint,
        { ORDER_REF_NUMBER: orderReference },
        `order ${orderReference}`,
        options,
      )
      return read(EsnekposOrderBodySchema, endpoint, sent)
    },
  }
}

/**
 * The low-level EsnekPOS client: one method per status query, each returning EsnekPOS's own body,
 * validated and typed: amounts as exact TRY `Money`, Istanbul times as ISO-8601, ids as strings.
 * Credentials may come from `ESNEKPOS_MERCHANT` / `ESNEKPOS_MERCHANT_KEY`, read at the first request.
 */
export function createEsnekposClient(options: EsnekposClientOptions = {}): EsnekposClient {
  const api = createEsnekposApi(resolveEsnekposOptions(options))
  return {
    getPaymentRequestStatus: async (query, callOptions) =>
      (await api.getPaymentRequestStatus(query, callOptions)).body,
    getOrderStatus: async (query, callOptions) => (await api.getOrderStatus(query, callOptions)).body,
  }
}
