import {
  createRedactor,
  createTransport,
  DurumError,
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
import { classifyEsnekposFailure, mapEsnekposError } from './map-esnekpos-error'
import { carriesEsnekposOrder, ESNEKPOS_ORDER_NOT_FOUND } from './map-esnekpos-order-answer'
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
  /** Whether an answer with RETURN_CODE ≠ "0" is the payment's outcome rather than a query error. */
  isOutcome(json: unknown, returnCode: string): boolean
}

const ENDPOINTS = {
  paymentRequest: {
    path: '/api/services/SendPaymentRequestQuery',
    source: ESNEKPOS_PAYMENT_REQUEST_SOURCE,
    field: 'sendPaymentRequestId',
    isOutcome: () => false,
  },
  order: {
    path: '/api/services/ProcessQuery',
    source: ESNEKPOS_ORDER_SOURCE,
    field: 'orderReference',
    // A declined card (100) or a payment in 3-D Secure (106) comes with the order; 400 without it is
    // an order with no record yet, which a hosted page opened and never paid also reads as. Refused
    // credentials (102) or fields (101) mean the query was not answered, whatever else the body holds.
    isOutcome: (json, returnCode) =>
      returnCode === ESNEKPOS_ORDER_NOT_FOUND ||
      (carriesEsnekposOrder(json) && classifyEsnekposFailure(returnCode) === 'provider'),
  },
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

  /**
   * Reads EsnekPOS's answer, with every echoed secret redacted before any of it is read, so no field
   * can carry the merchant key into an error or a result. RETURN_CODE ≠ "0" is a typed error, whatever
   * the HTTP status, unless the endpoint reads it as the payment's outcome; then the HTTP status.
   */
  function interpret(endpoint: Endpoint, response: TransportResponse, subject: string): unknown {
    const ok = response.status >= 200 && response.status < 300
    const parsed = parseProviderAnswerJson(response, {
      source: endpoint.source,
      subject,
      hint: 'Retry; if it persists, ask EsnekPOS support.',
      ...answerContext,
    })
    // A text with no secret in any form and no escape (which could spell one once decoded) needs no
    // deep copy: that spares one for nearly every answer.
    const clean = !response.text.includes('\\') && redactor.text(response.text) === response.text
    const json = clean ? parsed : redactor.value(parsed)
    const envelope = v.safeParse(EsnekposEnvelopeSchema, json)
    if (
      envelope.success &&
      envelope.output.RETURN_CODE !== '0' &&
      !endpoint.isOutcome(json, envelope.output.RETURN_CODE)
    ) {
      const { RETURN_CODE, RETURN_MESSAGE, RETURN_MESSAGE_TR, STATUS } = envelope.output
      throw mapEsnekposError(
        { returnCode: RETURN_CODE, returnMessage: RETURN_MESSAGE ?? RETURN_MESSAGE_TR, status: STATUS },
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

  /**
   * EsnekPOS signs nothing, so the echoed order reference is all that ties an answer to its question:
   * an answer about another order is refused. SendPaymentRequestQuery echoes nothing of the request
   * (only each attempt's own order reference), so its answers cannot be bound.
   */
  function bindToOrder(body: EsnekposOrderBody, orderReference: string, status: number): void {
    for (const [field, echoed] of [
      ['ORDER_REF_NO', body.ORDER_REF_NO],
      ['ORDER_REF_NUMBER', body.ORDER_REF_NUMBER],
    ] as const) {
      if (echoed === undefined || echoed === orderReference) continue
      throw new DurumError({
        code: 'response_format',
        provider: 'esnekpos',
        source: ENDPOINTS.order.source,
        status,
        message: `EsnekPOS answered about order "${echoed}" (${field}) when asked about order "${orderReference}", so the answer was not used. Retry; if it persists, something between durum and EsnekPOS is mixing up answers.`,
      })
    }
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
      const answer = read(EsnekposOrderBodySchema, endpoint, sent)
      bindToOrder(answer.body, orderReference, sent.response.status)
      return answer
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
