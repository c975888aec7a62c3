import { DurumError } from '@durum/core'
import * as v from 'valibot'
import { defineProvider } from '../define-provider'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

/**
 * The example provider: a made-up payment service "acme" with two queries, written the way a real
 * provider package is (but in one file, on plain `fetch`). Copy its shape, not its API.
 */
export interface AcmeOptions {
  apiKey: string
  baseUrl?: string
  fetch?: typeof fetch
  /** ms per request. Default 10 000. */
  timeout?: number
}

export type AcmeVariants =
  | { query: { paymentId: string }; result: NormalizedPayment }
  | { query: { session: { token: string } }; result: NormalizedSession }

const nonEmpty = (field: string) =>
  v.pipe(v.string(`${field} must be a string.`), v.trim(), v.nonEmpty(`${field} must not be empty.`))

export const acmeQuerySchema = v.union([
  v.strictObject({ paymentId: nonEmpty('paymentId') }),
  v.strictObject({ session: v.strictObject({ token: nonEmpty('session.token') }) }),
])

const PaymentBodySchema = v.object({
  id: v.string(),
  state: v.string(),
  amount: v.pipe(v.string(), v.regex(/^\d+\.\d{2}$/)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  paid: v.optional(v.pipe(v.string(), v.regex(/^\d+\.\d{2}$/))),
  reason: v.optional(v.string()),
  updated: v.string(),
})

const SessionBodySchema = v.object({ token: v.string(), state: v.string() })

export function acme(options: AcmeOptions) {
  const baseUrl = options.baseUrl ?? 'https://api.acme.example'
  const fetchImpl = options.fetch ?? globalThis.fetch
  const timeout = options.timeout ?? 10_000
  // Every secret this provider knows: scrubbed from anything it hands back.
  const redact = (text: string) => text.split(options.apiKey).join('[REDACTED]')

  const post = async <T>(
    path: string,
    source: string,
    body: object,
    schema: v.GenericSchema<unknown, T>,
    signal?: AbortSignal,
  ) => {
    const timeoutSignal = AbortSignal.timeout(timeout)
    const context = { provider: 'acme', source }
    let status: number
    let retryAfter: string | null
    let text: string
    try {
      const response = await fetchImpl(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal,
      })
      status = response.status
      retryAfter = response.headers.get('retry-after')
      text = await response.text()
    } catch (error) {
      if (signal?.aborted) {
        throw new DurumError({
          ...context,
          code: 'transport',
          retryable: false,
          message: 'The acme status query was cancelled.',
          cause: signal.reason,
        })
      }
      const timedOut = timeoutSignal.aborted
      throw new DurumError({
        ...context,
        code: 'transport',
        message: timedOut
          ? `acme did not answer within ${timeout} ms; try again later.`
          : 'The connection to acme failed before its answer arrived; try again later.',
        cause: timedOut ? undefined : error,
      })
    }
    const excerpt = redact(text).slice(0, 200)
    if (status === 401 || status === 403) {
      throw new DurumError({
        ...context,
        code: 'authentication',
        status,
        message: 'acme rejected the API key; check apiKey.',
      })
    }
    if (status === 404)
      throw new DurumError({ ...context, code: 'not_found', status, message: 'acme has no such record.' })
    if (status === 429) {
      const seconds = Number(retryAfter)
      throw new DurumError({
        ...context,
        code: 'rate_limited',
        status,
        ...(Number.isFinite(seconds) && retryAfter !== null ? { retryAfterMs: seconds * 1000 } : {}),
        message: 'acme asks us to slow down; retry later.',
      })
    }
    if (status < 200 || status >= 300) {
      throw new DurumError({
        ...context,
        code: 'provider',
        status,
        retryable: status >= 500,
        excerpt,
        message: `acme answered HTTP ${status}.`,
      })
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new DurumError({
        ...context,
        code: 'response_format',
        status,
        excerpt,
        message: 'acme answered with a body that is not JSON.',
      })
    }
    const parsed = v.safeParse(schema, json)
    if (!parsed.success) {
      throw new DurumError({
        ...context,
        code: 'response_format',
        status,
        excerpt,
        message: `acme answered in an unexpected shape (at ${v.getDotPath(parsed.issues[0]) ?? 'the top level'}).`,
      })
    }
    return { body: parsed.output, raw: JSON.parse(redact(text)) as unknown }
  }

  return defineProvider<'acme', AcmeVariants>({
    name: 'acme',
    querySchema: acmeQuerySchema,
    async getStatus(query, callOptions) {
      const checkedAt = new Date().toISOString()
      if ('session' in query) {
        const source = 'acme.session-status'
        const { body, raw } = await post(
          '/v1/sessions/status',
          source,
          { token: query.session.token },
          SessionBodySchema,
          callOptions?.signal,
        )
        const status = mapAcmeSessionState(body.state)
        return {
          kind: 'session',
          provider: 'acme',
          source,
          status,
          rawStatus: body.state,
          explanation: `acme session state "${body.state}".`,
          sessionToken: body.token,
          paymentMethod: 'unknown',
          checkedAt,
          raw,
        }
      }
      const source = 'acme.payment-status'
      const { body, raw } = await post(
        '/v1/payments/status',
        source,
        { id: query.paymentId },
        PaymentBodySchema,
        callOptions?.signal,
      )
      const mapping = mapAcmePaymentState(body.state, body.reason)
      return {
        kind: 'payment',
        provider: 'acme',
        source,
        ...mapping,
        rawStatus: body.state,
        ids: { paymentId: body.id },
        amount: { amount: body.amount, currency: body.currency },
        ...(body.paid === undefined ? {} : { paidAmount: { amount: body.paid, currency: body.currency } }),
        occurredAt: body.updated,
        checkedAt,
        raw,
      }
    },
  })
}
