import {
  createRedactor,
  createTransport,
  DurumError,
  decimalSchema,
  httpStatusError,
  money,
  nowIso,
  parseJsonBody,
  parseProviderBody,
  type RetryOptions,
  toPlainJson,
} from '@durum/core'
import * as v from 'valibot'
import { defineProvider } from '../define-provider'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

/**
 * The example provider: a made-up payment service "acme" with two queries, written the way a real
 * provider package is — core's transport, redactor and body parsing, a pure mapping in its own file —
 * but small enough to read in one sitting. Copy its shape, not its API.
 */
export interface AcmeOptions {
  apiKey: string
  baseUrl?: string
  fetch?: typeof fetch
  /** ms per attempt. Default 10 000. */
  timeout?: number
  retry?: number | RetryOptions | false
}

/** The query shapes acme answers, and what each answers with: the engine types `getStatus` from this. */
export type AcmeVariants =
  | { query: { paymentId: string }; result: NormalizedPayment }
  | { query: { session: { token: string } }; result: NormalizedSession }

const id = (field: string) =>
  v.pipe(v.string(`${field} must be a string.`), v.trim(), v.nonEmpty(`${field} must not be empty.`))

export const acmeQuerySchema = v.union([
  v.strictObject({ paymentId: id('paymentId') }),
  v.strictObject({ session: v.strictObject({ token: id('session.token') }) }),
])

const AcmePaymentSchema = v.object({
  id: v.string(),
  state: v.string(),
  amount: decimalSchema,
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  paid: v.optional(decimalSchema),
  reason: v.optional(v.string()),
  updated: v.string(),
})

const AcmeSessionSchema = v.object({ token: v.string(), state: v.string() })

export function acme(options: AcmeOptions) {
  // Every secret this provider knows, scrubbed from errors, hooks and `raw`.
  const redactor = createRedactor({ secrets: () => [options.apiKey] })
  const transport = createTransport({
    provider: 'acme',
    baseUrl: options.baseUrl ?? 'https://api.acme.example',
    redactor,
    headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  })

  /** One read-only POST: the typed body, and the redacted body for `raw`. */
  async function post<TSchema extends v.GenericSchema>(
    path: string,
    source: string,
    payload: object,
    schema: TSchema,
    signal: AbortSignal | undefined,
  ) {
    const response = await transport.request({
      method: 'POST',
      path,
      body: JSON.stringify(payload),
      readOnly: true,
      source,
      ...(signal === undefined ? {} : { signal }),
    })
    const context = { provider: 'acme', source, status: response.status, redactor }
    if (response.status < 200 || response.status >= 300) {
      throw httpStatusError({ ...context, headers: response.headers, text: response.text })
    }
    return {
      body: parseProviderBody(schema, response.text, context) as v.InferOutput<TSchema>,
      raw: toPlainJson(redactor.value(parseJsonBody(response.text, context))),
    }
  }

  /**
   * The answer must be about what was asked: one about another record (a replaying proxy, a mixed-up
   * cache) is refused, naming both ids, never mapped.
   */
  function requireAbout(asked: string, answered: string, what: string, source: string): void {
    if (answered === asked) return
    throw new DurumError({
      code: 'response_format',
      provider: 'acme',
      source,
      message: redactor.text(
        `acme answered about ${what} "${answered}", not the "${asked}" that was asked for; the answer was refused.`,
      ),
    })
  }

  return defineProvider<'acme', AcmeVariants>({
    name: 'acme',
    querySchema: acmeQuerySchema,
    async getStatus(query, callOptions = {}) {
      if ('session' in query) {
        const source = 'acme.session-status'
        const { body, raw } = await post(
          '/v1/sessions/status',
          source,
          { token: query.session.token },
          AcmeSessionSchema,
          callOptions.signal,
        )
        requireAbout(query.session.token, body.token, 'session', source)
        return {
          kind: 'session',
          provider: 'acme',
          source,
          status: mapAcmeSessionState(body.state),
          rawStatus: body.state,
          explanation: `acme reports the session as "${body.state}".`,
          sessionToken: body.token,
          paymentMethod: 'unknown',
          checkedAt: nowIso(),
          raw,
        }
      }
      const source = 'acme.payment-status'
      const { body, raw } = await post(
        '/v1/payments/status',
        source,
        { id: query.paymentId },
        AcmePaymentSchema,
        callOptions.signal,
      )
      requireAbout(query.paymentId, body.id, 'payment', source)
      return {
        kind: 'payment',
        provider: 'acme',
        source,
        ...mapAcmePaymentState(body.state, body.reason),
        rawStatus: body.state,
        ids: { paymentId: body.id },
        amount: money(body.amount, body.currency),
        ...(body.paid === undefined ? {} : { paidAmount: money(body.paid, body.currency) }),
        occurredAt: body.updated,
        checkedAt: nowIso(),
        raw,
      }
    },
  })
}
