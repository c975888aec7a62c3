import { epochMillisToIso, nowIso, printable, toPlainJson } from '@durum/core'
import type { NormalizedPayment, PaymentIds } from '@durum/status-normalizer'
import type { IyzicoWebhookPayload } from './iyzico-webhook-schemas'
import { type IyzicoStatusMapping, mapIyzicoPaymentStatus } from './map-iyzico-payment-status'

function mapWebhookStatus(payload: IyzicoWebhookPayload): IyzicoStatusMapping {
  if (payload.format === 'subscription') {
    const eventType = payload.iyziEventType
    if (eventType === 'subscription.order.failure') {
      return {
        status: 'FAILED',
        rawStatus: eventType,
        failure: { category: 'declined' },
        explanation: 'iyzico notifies that this subscription order could not be charged.',
      }
    }
    return {
      status: 'UNKNOWN',
      rawStatus: eventType,
      explanation: `iyzico notifies ${printable(eventType)} for order ${printable(payload.orderReferenceCode)}; a notification carries no fraud verdict, so confirm the charge with iyzico before relying on it.`,
    }
  }
  const mapping = mapIyzicoPaymentStatus({ paymentStatus: payload.status })
  if (payload.status !== 'SUCCESS') return mapping
  const paymentId = payload.format === 'hpp' ? payload.iyziPaymentId : payload.paymentId
  // Rule zero: SUCCESS without fraudStatus and phase is not proof; the query is.
  return {
    ...mapping,
    explanation: `iyzico's signed notification says SUCCESS, but a notification carries no fraud verdict or phase: confirm with getStatus({ provider: 'iyzico', paymentId: '${printable(paymentId)}' }) before shipping.`,
  }
}

function idsOf(payload: IyzicoWebhookPayload): PaymentIds {
  switch (payload.format) {
    case 'direct':
      return { paymentId: payload.paymentId, merchantReference: payload.paymentConversationId }
    case 'hpp':
      return {
        paymentId: payload.iyziPaymentId,
        merchantReference: payload.paymentConversationId,
        token: payload.token,
      }
    case 'subscription':
      return { merchantReference: payload.orderReferenceCode }
  }
}

/** A webhook payload → the normalized payment it describes (`signed` is for the verifier to set). Pure. */
export function normalizeIyzicoWebhook(payload: IyzicoWebhookPayload): NormalizedPayment {
  const mapping = mapWebhookStatus(payload)
  const { format: _, ...raw } = payload
  const payment: NormalizedPayment = {
    kind: 'payment',
    provider: 'iyzico',
    source: 'iyzico.webhook',
    status: mapping.status,
    rawStatus: mapping.rawStatus,
    explanation: mapping.explanation,
    ids: idsOf(payload),
    checkedAt: payload.iyziEventTime == null ? nowIso() : epochMillisToIso(payload.iyziEventTime),
    raw: toPlainJson(raw),
  }
  if (mapping.nextAction !== undefined) payment.nextAction = mapping.nextAction
  if (mapping.failure !== undefined) payment.failure = mapping.failure
  return payment
}
