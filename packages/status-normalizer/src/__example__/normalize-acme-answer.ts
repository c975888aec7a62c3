import { money } from '@durum/core'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import type { AcmePaymentBody, AcmeSessionBody } from './acme-schemas'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

export interface AcmeAnswerContext {
  /** The answer as plain JSON, redacted by the kit. */
  raw: unknown
  checkedAt: string
}

/**
 * Pure: acme's payment body → the normalized payment, its state kept as `rawStatus`. Optional fields
 * are assigned, not spread in: docs/PERFORMANCE.md, "No leading spread on a hot path".
 */
export function normalizeAcmePayment(body: AcmePaymentBody, context: AcmeAnswerContext): NormalizedPayment {
  const mapping = mapAcmePaymentState(body.state, body.reason)
  const payment: NormalizedPayment = {
    kind: 'payment',
    provider: 'acme',
    source: 'acme.payment-status',
    status: mapping.status,
    rawStatus: body.state,
    explanation: mapping.explanation,
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
  return {
    kind: 'session',
    provider: 'acme',
    source: 'acme.session-status',
    status: mapAcmeSessionState(body.state),
    rawStatus: body.state,
    explanation: `acme reports the session as "${body.state}".`,
    sessionToken: body.token,
    paymentMethod: 'unknown',
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
}
