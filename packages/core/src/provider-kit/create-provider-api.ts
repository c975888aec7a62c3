import { type ClientTransportOptions, givenTransportOptions } from '../client-options'
import { httpStatusError } from '../http-status-error'
import type { LocalizedText } from '../locale'
import { toPlainJson } from '../parse-json'
import { type ProviderAnswerContext, parseProviderAnswerJson, readProviderAnswer } from '../provider-answer'
import { createRedactor, type Redactor } from '../redact'
import type { Transport, TransportOptions, TransportRequest, TransportResponse } from '../transport'
import { assertAnswerBound, type BindingContext, type BindingMessages } from './bind-answer'
import type {
  AnswerContext,
  BindField,
  EndpointAnswer,
  EndpointCallOptions,
  ProviderEndpoint,
} from './provider-endpoint'
import type { ResolvedProviderOptions } from './provider-options'
import { type ProviderIdentity, parseProviderQuery } from './provider-query'

/** The request a provider signs, per attempt. `body` is `''` for a GET, which carries none. */
export interface OutgoingRequest {
  method: 'GET' | 'POST'
  path: string
  body: string
}

/** What a provider brings besides its endpoint table: where, who, how to sign and how to word. */
export interface ProviderApiSpec<TCredentials> extends ProviderIdentity {
  /** A URL checked at setup, or a function read at the first request (edge runtimes set env late). */
  baseUrl: string | (() => string)
  transportOptions: ClientTransportOptions
  /**
   * `createTransport` as the provider imports it from `@durum/core`: each build's own (`node:http`
   * under the `node` export condition, fetch elsewhere).
   */
  createTransport(options: TransportOptions): Transport
  redactor: Redactor
  /** Headers every request carries (a signature's win). */
  headers?: Record<string, string>
  /** Reads the credentials once per call; a missing one throws before anything is sent. */
  credentials(): TCredentials
  /** Fields every request carries, before `echo` and the endpoint's fields; a fresh object per call. */
  commonFields?(credentials: TCredentials): Record<string, string>
  /**
   * Fields computed over the request's others and the credentials, added last, once per call (a
   * token over the values sent, as PayTR's `paytr_token`). Async, so Web Crypto can compute them.
   */
  signFields?(
    fields: Readonly<Record<string, string>>,
    credentials: TCredentials,
  ): Promise<Record<string, string>>
  /** How a POST's fields are sent: a JSON object (the default), or a form (`a=1&b=2`). */
  bodyEncoding?: 'json' | 'form'
  /**
   * A fresh value sent with each call that the answer must echo (iyzico's `conversationId`): an answer
   * recorded for an earlier request then cannot be served as this one's.
   */
  echo?: { field: string; next(): string }
  /** Headers signing one attempt; called again for each retry, so every attempt is signed afresh. */
  sign?(request: OutgoingRequest, credentials: TCredentials): Promise<Record<string, string>>
  /**
   * Whether any field of an answer may echo a secret (a merchant key sent in every body): then the
   * parsed answer is redacted before any of it is read, so no error or result can carry one.
   */
  answersEchoSecrets?: boolean
  /**
   * Ends the message for an answer that is not JSON: what the merchant can do, in every locale or
   * English only. By default: retry, then ask the provider's support.
   */
  unreadableHint?: string | LocalizedText
  binding: BindingMessages
}

/** The fields of a `ProviderApiSpec` every provider fills the same way from its resolved options. */
export type ProviderConnectionSpec<TCredential extends string> = Pick<
  ProviderApiSpec<Record<TCredential, string>>,
  'baseUrl' | 'transportOptions' | 'redactor' | 'credentials'
>

/**
 * Where and as whom a provider calls, from its resolved options: the base URL (read at the first
 * request where it is a function), the shared transport options, the credentials read per call, and a
 * redactor for every secret credential and for `redactKeys` (values that are not secrets to the
 * provider but must stay out of results, such as stored-card tokens).
 */
export function providerConnection<TCredential extends string>(
  resolved: ResolvedProviderOptions<TCredential>,
  redactKeys: readonly string[] = [],
): ProviderConnectionSpec<TCredential> {
  return {
    baseUrl: resolved.baseUrl,
    transportOptions: resolved,
    redactor: createRedactor({ keys: redactKeys, secrets: resolved.knownSecrets }),
    credentials: resolved.credentials,
  }
}

const askSupport = (label: string): LocalizedText => ({
  en: `Retry; if it persists, ask ${label} support.`,
  tr: `Yeniden deneyin; sürerse ${label} destek ekibine başvurun.`,
})

export interface ProviderApi<TCredentials> {
  /**
   * One typed query to one endpoint: send (signing each attempt), parse, the envelope check, the
   * HTTP status, schema validation, the echo and id binding, the endpoint's verification, and `raw`.
   * The query is trusted: validation belongs to the public doors (`method`, the engine).
   */
  call<TQuery, TBody>(
    endpoint: ProviderEndpoint<TQuery, TBody, TCredentials>,
    query: TQuery,
    options?: EndpointCallOptions,
  ): Promise<EndpointAnswer<TBody>>
  /** The client's public door to one endpoint: validates the query, then answers with the body. */
  method<TQuery, TBody>(
    endpoint: ProviderEndpoint<TQuery, TBody, TCredentials>,
  ): (query: TQuery, options?: EndpointCallOptions) => Promise<TBody>
}

/** What every step of one call reads: the answer, the provider and its wording. */
interface CallContext extends AnswerContext, BindingContext, ProviderAnswerContext {
  hint: string | LocalizedText
}

/**
 * One call's `CallContext`. A class whose `headers` reads the answer's only when a step asks for them
 * (a refusal's `Retry-After`): a `node:http` answer builds its `Headers` on first read, and most
 * answers are judged by status and body alone (docs/PERFORMANCE.md, "Node answers are a class,
 * headers built lazily").
 */
class CallReading implements CallContext {
  readonly provider: string
  readonly providerLabel: string
  readonly source: string
  readonly subject: LocalizedText
  readonly status: number
  readonly redactor: Redactor
  readonly hint: string | LocalizedText
  readonly messages: BindingMessages
  readonly #response: TransportResponse

  constructor(
    spec: ProviderApiSpec<unknown>,
    source: string,
    subject: LocalizedText,
    response: TransportResponse,
  ) {
    this.provider = spec.provider
    this.providerLabel = spec.providerLabel
    this.source = source
    this.subject = subject
    this.status = response.status
    this.redactor = spec.redactor
    this.hint = spec.unreadableHint ?? askSupport(spec.providerLabel)
    this.messages = spec.binding
    this.#response = response
  }

  get headers(): Headers {
    return this.#response.headers
  }
}

function describeQuery(query: unknown): string {
  return Object.entries(query as Record<string, unknown>)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The provider kit: the call path every provider shares, written once. A provider hands it its
 * endpoint table (`ProviderEndpoint`s), its signing and its wording; see `ProviderApiSpec`.
 */
export function createProviderApi<TCredentials>(
  spec: ProviderApiSpec<TCredentials>,
): ProviderApi<TCredentials> {
  const { provider, providerLabel, redactor, echo, sign } = spec
  const identity: ProviderIdentity = { provider, providerLabel }
  let transport: Transport | undefined
  const transportFor = (): Transport => {
    if (transport !== undefined) return transport
    const baseUrl = typeof spec.baseUrl === 'string' ? spec.baseUrl : spec.baseUrl()
    const options = { provider, baseUrl, redactor, ...givenTransportOptions(spec.transportOptions) }
    if (spec.headers !== undefined) Object.assign(options, { headers: spec.headers })
    transport = spec.createTransport(options)
    return transport
  }
  // A URL given as a string fails at setup, with a clear sentence, not at the first request.
  if (typeof spec.baseUrl === 'string') transportFor()

  function fieldsOf<TQuery>(
    endpoint: ProviderEndpoint<TQuery, unknown, TCredentials>,
    query: TQuery,
    credentials: TCredentials,
    echoed: string | undefined,
  ): Record<string, string> {
    const fields = spec.commonFields === undefined ? {} : spec.commonFields(credentials)
    if (echo !== undefined && echoed !== undefined) fields[echo.field] = echoed
    return Object.assign(fields, endpoint.fields === undefined ? query : endpoint.fields(query))
  }

  /**
   * The answer's JSON, redacted first where answers may echo a secret; `text` says what is known of
   * the answer's text, so `raw` is neither redacted nor searched a second time.
   */
  function parse(
    response: TransportResponse,
    context: CallContext,
  ): { json: unknown; text: 'redacted' | 'secret-free' | 'unsearched' } {
    const parsed = parseProviderAnswerJson(response, context)
    if (spec.answersEchoSecrets !== true) return { json: parsed, text: 'unsearched' }
    // A text with no secret in any form and no escape (which could spell one once decoded) needs no
    // deep copy: that spares one for nearly every answer.
    if (!redactor.mayHoldSecret(response.text)) return { json: parsed, text: 'secret-free' }
    return { json: redactor.value(parsed), text: 'redacted' }
  }

  /** `raw`: plain JSON, redacted as the parse step left it to be. */
  function rawOf(json: unknown, text: string, known: 'redacted' | 'secret-free' | 'unsearched'): unknown {
    // Already redacted whole (secret-keyed values too): `raw` only needs to be plain JSON.
    if (known === 'redacted') return toPlainJson(json)
    return known === 'secret-free' ? redactor.plainJson(json) : redactor.json(text, json)
  }

  async function call<TQuery, TBody>(
    endpoint: ProviderEndpoint<TQuery, TBody, TCredentials>,
    query: TQuery,
    options: EndpointCallOptions = {},
  ): Promise<EndpointAnswer<TBody>> {
    const credentials = spec.credentials()
    const { source, method } = endpoint
    const described = endpoint.describe === undefined ? describeQuery(query) : endpoint.describe(query)
    const subject = typeof described === 'string' ? { en: described, tr: described } : described
    const echoed = echo?.next()
    const fields = fieldsOf(endpoint, query, credentials, echoed)
    if (spec.signFields !== undefined) Object.assign(fields, await spec.signFields(fields, credentials))
    const isGet = method === 'GET'
    const path = isGet ? `${endpoint.path}?${new URLSearchParams(fields).toString()}` : endpoint.path
    const body = isGet
      ? undefined
      : spec.bodyEncoding === 'form'
        ? new URLSearchParams(fields).toString()
        : JSON.stringify(fields)
    const request: TransportRequest = { method, path, readOnly: true, source }
    if (body !== undefined) request.body = body
    if (options.signal !== undefined) request.signal = options.signal
    if (sign !== undefined) {
      const outgoing: OutgoingRequest = { method, path, body: body ?? '' }
      request.headers = () => sign(outgoing, credentials)
    }
    const response = await transportFor().request(request)
    const { status, text } = response
    // One context per answer, read by each step below (and the provider's refusal and verify).
    const context = new CallReading(spec, source, subject, response)
    const { json, text: known } = parse(response, context)
    const echoedBack = echo !== undefined && isRecord(json) ? json[echo.field] : undefined
    const refusal = endpoint.refusal(json, context)
    if (refusal !== undefined) {
      // A refusal echoes the value when the request had one; another one is another request's refusal.
      if (echo !== undefined && echoed !== undefined) {
        assertAnswerBound(context, echo.field, echoed, echoedBack, false)
      }
      throw redactor.error(refusal)
    }
    if (status < 200 || status >= 300) {
      throw httpStatusError({ provider, source, status, headers: response.headers, text, redactor })
    }
    const typed = readProviderAnswer(endpoint.schema, json, response, context)
    if (echo !== undefined && echoed !== undefined) {
      assertAnswerBound(context, echo.field, echoed, echoedBack, endpoint.echo !== 'optional')
    }
    const result: EndpointAnswer<TBody> = { body: typed, raw: rawOf(json, text, known) }
    if (endpoint.verify !== undefined) result.signed = await endpoint.verify(typed, context, credentials)
    if (endpoint.bind !== undefined) {
      const bind: BindField = (field, asked, answered, required) =>
        assertAnswerBound(context, field, asked, answered, required)
      endpoint.bind(query, typed, bind)
    }
    return result
  }

  return {
    call,
    method(endpoint) {
      return async (query, options) =>
        (
          await call(
            endpoint,
            parseProviderQuery(identity, endpoint.querySchema, query, endpoint.source),
            options,
          )
        ).body
    },
  }
}
