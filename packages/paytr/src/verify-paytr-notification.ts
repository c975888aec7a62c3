import {
  createRedactor,
  DEFAULT_LOCALE,
  DurumError,
  type DurumErrorCode,
  type Locale,
  localizeReason,
  nowIso,
  type ReasonOf,
} from '@durum/core'
import {
  normalizePaytrNotification,
  PAYTR_NOTIFICATION_SOURCE,
  type PaytrNotificationFields,
} from './map-paytr-notification'
import type { PaytrPayment } from './normalize-paytr-payment'
import { PAYTR_MESSAGES } from './paytr-messages'
import { paytrNotificationHashText, verifyPaytrHmac } from './sign-paytr-request'

/** The reply PayTR waits for: the bare text `OK`, nothing before or after it. */
export const PAYTR_NOTIFICATION_REPLY = 'OK'

export interface VerifyPaytrNotificationInput {
  /**
   * The POST PayTR sent to the Bildirim URL: the raw form text, a `URLSearchParams` (`await
   * request.formData()` works too), or the fields your framework parsed (`req.body`).
   */
  body: string | URLSearchParams | FormData | Readonly<Record<string, unknown>>
  merchantKey: string
  merchantSalt: string
  /** The language of the result's explanation and of errors. Default `en`. */
  locale?: Locale | undefined
}

export interface PaytrNotification {
  merchantOid: string
  /** `success` or `failed`, as PayTR posted it. */
  status: string
  /** What the notification says, normalized; `source` is `paytr.notification`, `signed` is `true`. */
  payment: PaytrPayment
  /** The posted fields, secrets redacted. */
  fields: PaytrNotificationFields
}

const REQUIRED = ['merchant_oid', 'status', 'total_amount', 'hash'] as const
const OPTIONAL = [
  'failed_reason_code',
  'failed_reason_msg',
  'test_mode',
  'payment_type',
  'currency',
  'payment_amount',
  'installment_count',
] as const

type RejectionReason = Extract<
  ReasonOf<typeof PAYTR_MESSAGES>,
  {
    reason:
      | 'paytr.notification_credentials'
      | 'paytr.notification_malformed'
      | 'paytr.notification_hash_mismatch'
  }
>

function rejected(code: DurumErrorCode, reason: RejectionReason, locale: Locale): DurumError {
  return new DurumError({
    code,
    reason: reason.reason,
    message: localizeReason(PAYTR_MESSAGES, reason),
    locale,
    provider: 'paytr',
    source: PAYTR_NOTIFICATION_SOURCE,
    field: reason.params?.field,
  })
}

const malformed = (field: string, locale: Locale) =>
  rejected('response_format', { reason: 'paytr.notification_malformed', params: { field } }, locale)

function readField(body: VerifyPaytrNotificationInput['body'], name: string): string | undefined {
  if (body instanceof URLSearchParams) return body.get(name) ?? undefined
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const value = body.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const value = (body as Readonly<Record<string, unknown>>)[name]
  if (typeof value === 'string') return value
  // Some frameworks parse `3456` or `1` into numbers: the hash is over the posted text, which an integer keeps.
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined
}

/** The posted fields, each checked to be text and the hashed ones present. */
function readFields(input: VerifyPaytrNotificationInput, locale: Locale): PaytrNotificationFields {
  const given: unknown = input.body
  // Anything but text or an object of fields has none of them: refused below, naming the first.
  const body =
    typeof given === 'string'
      ? new URLSearchParams(given)
      : typeof given === 'object' && given !== null
        ? input.body
        : new URLSearchParams()
  const fields: Record<string, string> = {}
  for (const name of REQUIRED) {
    const value = readField(body, name)
    if (value === undefined || value === '') throw malformed(name, locale)
    fields[name] = value
  }
  if (!/^\d+$/.test(fields.total_amount ?? '')) {
    throw malformed('total_amount', locale)
  }
  for (const name of OPTIONAL) {
    const value = readField(body, name)
    if (value !== undefined) fields[name] = value
  }
  for (const name of ['payment_amount', 'installment_count'] as const) {
    const value = fields[name]
    if (value !== undefined && !/^\d+$/.test(value)) throw malformed(name, locale)
  }
  return fields as unknown as PaytrNotificationFields
}

/**
 * Verifies a PayTR payment notification (its `hash`, compared in constant time) and reads it. Throws
 * `DurumError`: `validation` without the merchant key or salt, `response_format` for a body that is
 * not a PayTR notification, `authentication` when the hash does not match. After it returns, reply
 * `PAYTR_NOTIFICATION_REPLY` (`OK`), and act on each `merchantOid` once: PayTR repeats a notification
 * until it gets `OK`.
 */
export async function verifyPaytrNotification(
  input: VerifyPaytrNotificationInput,
): Promise<PaytrNotification> {
  const locale = input.locale ?? DEFAULT_LOCALE
  for (const name of ['merchantKey', 'merchantSalt'] as const) {
    if (typeof input[name] !== 'string' || input[name] === '') {
      throw rejected(
        'validation',
        { reason: 'paytr.notification_credentials', params: { field: name } },
        locale,
      )
    }
  }
  const fields = readFields(input, locale)
  const text = paytrNotificationHashText({
    merchantOid: fields.merchant_oid,
    merchantSalt: input.merchantSalt,
    status: fields.status,
    totalAmount: fields.total_amount,
  })
  if (!(await verifyPaytrHmac(input.merchantKey, text, fields.hash))) {
    throw rejected('authentication', { reason: 'paytr.notification_hash_mismatch' }, locale)
  }
  // The notification's own hash verified; a secret it echoes never leaves in the result.
  const redactor = createRedactor({ secrets: () => [input.merchantKey, input.merchantSalt] })
  const payment = normalizePaytrNotification(fields, { checkedAt: nowIso(), locale })
  return redactor.value({ merchantOid: fields.merchant_oid, status: fields.status, payment, fields })
}
