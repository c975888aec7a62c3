import {
  constantTimeEqual,
  createRedactor,
  DurumError,
  hmacSha256,
  isLocale,
  type Locale,
  localizeReason,
} from '@durum/core'
import type { NormalizedPayment } from '@durum/status-normalizer'
import { iyzicoMessages } from './iyzico-messages'
import {
  type IyzicoWebhookPayload,
  iyzicoWebhookRejected,
  parseIyzicoWebhookPayload,
} from './iyzico-webhook-schemas'
import { normalizeIyzicoWebhook } from './map-iyzico-webhook'

/** The only webhook signature iyzico still sends; X-Iyz-Signature and -V2 are retired. */
export const IYZICO_WEBHOOK_SIGNATURE_HEADER = 'x-iyz-signature-v3'
const RETIRED_HEADERS = ['x-iyz-signature', 'x-iyz-signature-v2']

export interface IyzicoWebhookEvent {
  format: IyzicoWebhookPayload['format']
  payload: IyzicoWebhookPayload
  /** What the notification says, normalized; `source` is `iyzico.webhook`. */
  payment: NormalizedPayment
}

export type IyzicoWebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>

export interface VerifyIyzicoWebhookInput {
  headers: IyzicoWebhookHeaders
  /** The raw request body, exactly as received (do not parse and re-serialize it first). */
  body: string | Uint8Array
  secretKey: string
  /** The language of `payment.explanation`: `en` (default) or `tr`. */
  locale?: Locale | undefined
}

function header(headers: IyzicoWebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue
    const first = typeof value === 'string' ? value : value?.[0]
    return first === undefined || first === '' ? undefined : first
  }
  return undefined
}

/** The text iyzico signs for each format (DESIGN.md, iyzico's webhook page). */
export function iyzicoWebhookSignedText(payload: IyzicoWebhookPayload, secretKey: string): string {
  switch (payload.format) {
    case 'direct':
      return `${secretKey}${payload.iyziEventType}${payload.paymentId}${payload.paymentConversationId}${payload.status}`
    case 'hpp':
      return `${secretKey}${payload.iyziEventType}${payload.iyziPaymentId}${payload.token}${payload.paymentConversationId}${payload.status}`
    case 'subscription':
      return `${payload.merchantId}${secretKey}${payload.iyziEventType}${payload.subscriptionReferenceCode}${payload.orderReferenceCode}${payload.customerReferenceCode}`
  }
}

/** The `X-IYZ-SIGNATURE-V3` value iyzico would send for a payload: for tests and simulators. */
export function computeIyzicoWebhookSignature(
  payload: IyzicoWebhookPayload,
  secretKey: string,
): Promise<string> {
  return hmacSha256(secretKey, iyzicoWebhookSignedText(payload, secretKey), 'hex')
}

/**
 * Verifies an iyzico webhook (`X-IYZ-SIGNATURE-V3`, compared in constant time) and reads it.
 * Throws `DurumError`: `authentication` for a missing or wrong signature (tampered body, wrong
 * secret), `response_format` for a body that is not one of iyzico's formats.
 */
export async function verifyIyzicoWebhook(input: VerifyIyzicoWebhookInput): Promise<IyzicoWebhookEvent> {
  if (input.locale !== undefined && !isLocale(input.locale)) {
    throw new DurumError({
      code: 'validation',
      provider: 'iyzico',
      source: 'iyzico.webhook',
      field: 'locale',
      message: `verifyIyzicoWebhook's locale must be 'en' or 'tr'.`,
    })
  }
  try {
    return await verifiedEvent(input)
  } catch (error) {
    throw DurumError.isInstance(error) ? error.inLocale(input.locale ?? 'en') : error
  }
}

async function verifiedEvent(input: VerifyIyzicoWebhookInput): Promise<IyzicoWebhookEvent> {
  if (typeof input.secretKey !== 'string' || input.secretKey === '') {
    throw new DurumError({
      code: 'validation',
      provider: 'iyzico',
      source: 'iyzico.webhook',
      field: 'secretKey',
      reason: 'iyzico.webhook_secret_missing',
      message: localizeReason(iyzicoMessages, { reason: 'iyzico.webhook_secret_missing' }),
    })
  }
  const signature = header(input.headers, IYZICO_WEBHOOK_SIGNATURE_HEADER)
  if (signature === undefined) {
    const retired = RETIRED_HEADERS.some((name) => header(input.headers, name) !== undefined)
    throw iyzicoWebhookRejected('authentication', {
      reason: retired ? 'iyzico.webhook_retired_signature' : 'iyzico.webhook_unsigned',
    })
  }
  const body = typeof input.body === 'string' ? input.body : new TextDecoder().decode(input.body)
  const payload = parseIyzicoWebhookPayload(body)
  const expected = await computeIyzicoWebhookSignature(payload, input.secretKey)
  if (!constantTimeEqual(expected, signature.trim().toLowerCase())) {
    throw iyzicoWebhookRejected('authentication', { reason: 'iyzico.webhook_signature_mismatch' })
  }
  // The notification's own signature verified; a secret it echoes never leaves in the event.
  const redactor = createRedactor({ secrets: () => [input.secretKey] })
  const payment = Object.assign(normalizeIyzicoWebhook(payload, input.locale), { signed: true })
  return { format: payload.format, payload: redactor.value(payload), payment: redactor.value(payment) }
}
