import { type Locale, money, renderReason } from '@durum/core'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import { acmeMessages } from './acme-messages'
import type { AcmePaymentBody, AcmeSessionBody } from './acme-schemas'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

export interface AcmeAnswerContext {
  /** The answer as plain JSON, redacted by the kit. */
  raw: unknown
  checkedAt: string
  /** The language of the explanation. */
  locale: Locale
}

/**
 * Pure: acme's payment body → the normalized payment, its state kept as `rawStatus`. Optional fields
 * are assigned, not spread in: docs/PERFORMANCE.md, "No leading spread on a hot path".
 */
export function normalizeAcmePayment(body: AcmePaymentBody, context: AcmeAnswerContext): NormalizedPayment {
  const mapping = mapAcmePaymentState(body.state, body.reason, context.locale)
  const payment: NormalizedPayment = {
    kind: 'payment',
    provider: 'acme',
    source: 'acme.payment-status',
    status: mapping.status,
    rawStatus: body.state,
    explanation: mapping.explanation,
    reason: mapping.reason,
    ids: { paymentId: body.id },
    amount: money(body.amount, body.currency),
    occurredAt: body.updated,
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
  if (mapping.nextAction !== undefined) payment.nextAction = mapping.nextAction
  if (mapping.failure !== undefined) payment.failure = mapping.failure
  if (body.paid !== undefined) payment.paidAmount = money(body.paid, body.currency)
  return payment
}

/** Pure: acme's session body → the normalized session. */
export function normalizeAcmeSession(body: AcmeSessionBody, context: AcmeAnswerContext): NormalizedSession {
  const session = { reason: 'acme.session', params: { state: body.state } } as const
  return {
    kind: 'session',
    provider: 'acme',
    source: 'acme.session-status',
    status: mapAcmeSessionState(body.state),
    rawStatus: body.state,
    explanation: renderReason(acmeMessages, session, context.locale),
    reason: session.reason,
    sessionToken: body.token,
    paymentMethod: 'unknown',
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
}
