import {
  DEFAULT_LOCALE,
  epochMillisToIso,
  type Locale,
  nowIso,
  printable,
  renderReason,
  toPlainJson,
} from '@durum/core'
import type { NormalizedPayment, PaymentIds } from '@durum/status-normalizer'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'
import type { IyzicoWebhookPayload } from './iyzico-webhook-schemas'
import { type IyzicoStatusMapping, mapIyzicoPaymentStatus } from './map-iyzico-payment-status'

function mapWebhookStatus(payload: IyzicoWebhookPayload, locale: Locale): IyzicoStatusMapping {
  const because = (why: IyzicoWhy) => ({
    reason: why.reason,
    explanation: renderReason(iyzicoMessages, why, locale),
  })
  if (payload.format === 'subscription') {
    const eventType = payload.iyziEventType
    if (eventType === 'subscription.order.failure') {
      return {
        status: 'FAILED',
        rawStatus: eventType,
        failure: { category: 'declined' },
        ...because({ reason: 'iyzico.subscription_order_failed' }),
      }
    }
    return {
      status: 'UNKNOWN',
      rawStatus: eventType,
      ...because({
        reason: 'iyzico.subscription_event',
        params: { event: printable(eventType), order: printable(payload.orderReferenceCode) },
      }),
    }
  }
  const mapping = mapIyzicoPaymentStatus({ paymentStatus: payload.status }, locale)
  if (payload.status !== 'SUCCESS') return mapping
  const paymentId = payload.format === 'hpp' ? payload.iyziPaymentId : payload.paymentId
  // Rule zero: SUCCESS without fraudStatus and phase is not proof; the query is.
  return {
    ...mapping,
    ...because({ reason: 'iyzico.webhook_unconfirmed', params: { paymentId: printable(paymentId) } }),
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

/**
 * A webhook payload → the normalized payment it describes, explained in `locale` (`signed` is for the
 * verifier to set). Pure.
 */
export function normalizeIyzicoWebhook(
  payload: IyzicoWebhookPayload,
  locale: Locale = DEFAULT_LOCALE,
): NormalizedPayment {
  const mapping = mapWebhookStatus(payload, locale)
  const { format: _, ...raw } = payload
  const payment: NormalizedPayment = {
    kind: 'payment',
    provider: 'iyzico',
    source: 'iyzico.webhook',
    status: mapping.status,
    rawStatus: mapping.rawStatus,
    explanation: mapping.explanation,
    reason: mapping.reason,
    ids: idsOf(payload),
    checkedAt: payload.iyziEventTime == null ? nowIso() : epochMillisToIso(payload.iyziEventTime),
    raw: toPlainJson(raw),
  }
  if (mapping.nextAction !== undefined) payment.nextAction = mapping.nextAction
  if (mapping.failure !== undefined) payment.failure = mapping.failure
  return payment
}
