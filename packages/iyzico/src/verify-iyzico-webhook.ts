import {
  createRedactor,
  DurumError,
  epochMillisToIso,
  idSchema,
  integerSchema,
  nowIso,
  parseJson,
  printable,
  toPlainJson,
} from '@durum/core'
import type { NormalizedPayment, PaymentIds } from '@durum/status-normalizer'
import * as v from 'valibot'
import { constantTimeEqual, hmacSha256Hex } from './hmac-sha256'
import { type IyzicoStatusMapping, mapIyzicoPaymentStatus } from './map-iyzico-payment-status'

/** The only webhook signature iyzico still sends; X-Iyz-Signature and -V2 are retired. */
export const IYZICO_WEBHOOK_SIGNATURE_HEADER = 'x-iyz-signature-v3'
const RETIRED_HEADERS = ['x-iyz-signature', 'x-iyz-signature-v2']

const text = v.pipe(v.string(), v.nonEmpty())
const optionalText = v.nullish(v.string())

const common = {
  merchantId: v.nullish(idSchema),
  iyziReferenceCode: optionalText,
  iyziEventType: text,
  /** Epoch milliseconds of the first notification. */
  iyziEventTime: v.nullish(integerSchema),
}

/** Direct format: API and 3-D Secure payments. */
export const IyzicoDirectWebhookSchema = v.object({
  ...common,
  paymentId: idSchema,
  paymentConversationId: v.string(),
  status: text,
  iyziPaymentId: v.nullish(idSchema),
})

/** HPP format: hosted pages (checkout form, pay with iyzico). */
export const IyzicoHppWebhookSchema = v.object({
  ...common,
  iyziPaymentId: idSchema,
  token: text,
  paymentConversationId: v.string(),
  status: text,
})

/** Subscription format. */
export const IyzicoSubscriptionWebhookSchema = v.object({
  ...common,
  merchantId: idSchema,
  subscriptionReferenceCode: text,
  orderReferenceCode: text,
  customerReferenceCode: text,
})

export type IyzicoWebhookPayload =
  | ({ format: 'direct' } & v.InferOutput<typeof IyzicoDirectWebhookSchema>)
  | ({ format: 'hpp' } & v.InferOutput<typeof IyzicoHppWebhookSchema>)
  | ({ format: 'subscription' } & v.InferOutput<typeof IyzicoSubscriptionWebhookSchema>)

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

function rejected(code: 'authentication' | 'response_format', message: string, cause?: unknown): DurumError {
  return new DurumError({ code, provider: 'iyzico', source: 'iyzico.webhook', message, cause })
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
  return hmacSha256Hex(secretKey, iyzicoWebhookSignedText(payload, secretKey))
}

/** Reads a webhook body into its format. Throws `response_format` when it is none of them. */
export function parseIyzicoWebhookPayload(body: string): IyzicoWebhookPayload {
  let json: unknown
  try {
    json = parseJson(body)
  } catch (cause) {
    throw rejected(
      'response_format',
      'The iyzico webhook body is not JSON: it was not sent by iyzico, or was cut off.',
      cause,
    )
  }
  const record =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
  const [format, schema] =
    record.subscriptionReferenceCode !== undefined
      ? (['subscription', IyzicoSubscriptionWebhookSchema] as const)
      : record.token !== undefined
        ? (['hpp', IyzicoHppWebhookSchema] as const)
        : (['direct', IyzicoDirectWebhookSchema] as const)
  const result = v.safeParse(schema, json)
  if (!result.success) {
    const path = v.getDotPath(result.issues[0]) ?? '(the whole body)'
    throw rejected(
      'response_format',
      `The iyzico webhook body does not match its ${format} format (at ${path}: ${result.issues[0].message}); it was rejected.`,
    )
  }
  return { format, ...result.output } as IyzicoWebhookPayload
}

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

/**
 * Verifies an iyzico webhook (`X-IYZ-SIGNATURE-V3`, compared in constant time) and reads it.
 * Throws `DurumError`: `authentication` for a missing or wrong signature (tampered body, wrong
 * secret), `response_format` for a body that is not one of iyzico's formats.
 */
export async function verifyIyzicoWebhook(input: VerifyIyzicoWebhookInput): Promise<IyzicoWebhookEvent> {
  if (typeof input.secretKey !== 'string' || input.secretKey === '') {
    throw new DurumError({
      code: 'validation',
      provider: 'iyzico',
      source: 'iyzico.webhook',
      field: 'secretKey',
      message: 'verifyIyzicoWebhook needs the iyzico secret key (secretKey) to check the signature.',
    })
  }
  const signature = header(input.headers, IYZICO_WEBHOOK_SIGNATURE_HEADER)
  if (signature === undefined) {
    const retired = RETIRED_HEADERS.some((name) => header(input.headers, name) !== undefined)
    throw rejected(
      'authentication',
      retired
        ? 'The iyzico webhook is signed only with the retired X-Iyz-Signature / -V2 header: enable X-IYZ-SIGNATURE-V3 for your account (entegrasyon@iyzico.com). It was rejected.'
        : 'The iyzico webhook has no X-IYZ-SIGNATURE-V3 header, so it cannot be trusted and was rejected. Enable webhook signatures for your iyzico account.',
    )
  }
  const body = typeof input.body === 'string' ? input.body : new TextDecoder().decode(input.body)
  const payload = parseIyzicoWebhookPayload(body)
  const expected = await computeIyzicoWebhookSignature(payload, input.secretKey)
  if (!constantTimeEqual(expected, signature.trim().toLowerCase())) {
    throw rejected(
      'authentication',
      'The iyzico webhook signature (X-IYZ-SIGNATURE-V3) does not match its body: the body was altered, or it was signed with another secret key. It was rejected.',
    )
  }
  // The notification's own signature verified; a secret it echoes never leaves in the event.
  const redactor = createRedactor({ secrets: () => [input.secretKey] })
  const payment = Object.assign(normalizeIyzicoWebhook(payload), { signed: true })
  return { format: payload.format, payload: redactor.value(payload), payment: redactor.value(payment) }
}
