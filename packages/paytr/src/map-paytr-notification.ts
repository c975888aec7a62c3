import {
  DEFAULT_LOCALE,
  type Locale,
  type Money,
  parseDecimal,
  type ReasonOf,
  renderReason,
} from '@durum/core'
import type { FailureCategory, PaymentStatus } from '@durum/status-normalizer'
import type { PaytrPayment } from './normalize-paytr-payment'
import { PAYTR_MESSAGES } from './paytr-messages'
import { paytrCurrencyCode } from './paytr-schemas'

/** The notification, as its source in results and errors. */
export const PAYTR_NOTIFICATION_SOURCE = 'paytr.notification'

/** The fields PayTR posts to the Bildirim URL, checked present by the verifier (hashed ones first). */
export interface PaytrNotificationFields {
  merchant_oid: string
  status: string
  /** What was collected, in kuruş (`"3456"` = 34,56); `"0"` on failure. */
  total_amount: string
  hash: string
  failed_reason_code?: string | undefined
  failed_reason_msg?: string | undefined
  test_mode?: string | undefined
  payment_type?: string | undefined
  currency?: string | undefined
  /** The order amount, in kuruş. */
  payment_amount?: string | undefined
  installment_count?: string | undefined
}

/** Integer kuruş (`"3456"`) → canonical lira (`"34.56"`). */
export function kurusToDecimal(kurus: string): string {
  const digits = kurus.padStart(3, '0')
  return parseDecimal(`${digits.slice(0, -2)}.${digits.slice(-2)}`)
}

/** `failed_reason_code` (dev.paytr.com/hata-kodlari) → durum's kind of failure. */
const FAILURE_CATEGORIES: ReadonlyMap<string, FailureCategory> = new Map([
  ['0', 'declined'], // the bank's own message, e.g. an insufficient limit
  ['1', 'authentication'], // phone verification not done
  ['2', 'authentication'], // phone verification code wrong
  ['3', 'fraud'], // PayTR's security check refused it
  ['6', 'cancelled_by_customer'], // left the page or ran out of time
  ['8', 'declined'], // no instalments on this card
  ['9', 'declined'], // the store may not take this card
  ['10', 'authentication'], // 3-D Secure required
  ['11', 'fraud'], // fraud warning
  ['99', 'technical'], // integration error
])

type NotificationReason = Extract<
  ReasonOf<typeof PAYTR_MESSAGES>,
  { reason: 'paytr.notification_paid' | 'paytr.notification_failed' | 'paytr.notification_unknown_status' }
>

type NotificationKind = 'success' | 'failed' | 'other'

const kindOf = (status: string): NotificationKind =>
  status === 'success' ? 'success' : status === 'failed' ? 'failed' : 'other'

/**
 * A verified notification → the payment it describes. Pure. A success is SUCCEEDED with
 * `refundsChecked: false`: a notification is sent once, when the payment ends, and cannot show a
 * refund made since, so `isPaid` waits for the status query. A failure is FAILED with PayTR's reason.
 */
export function normalizePaytrNotification(
  fields: PaytrNotificationFields,
  context: { checkedAt: string; locale?: Locale | undefined },
): PaytrPayment {
  // A currency durum cannot read leaves the amounts out; the outcome stands on the verified hash.
  const currency = fields.currency === undefined ? undefined : paytrCurrencyCode(fields.currency)
  const money = (kurus: string | undefined): Money | undefined =>
    kurus === undefined || currency === undefined ? undefined : { amount: kurusToDecimal(kurus), currency }
  const kind = kindOf(fields.status)
  let status: PaymentStatus
  let reason: NotificationReason
  switch (kind) {
    case 'success':
      status = 'SUCCEEDED'
      reason = {
        reason: 'paytr.notification_paid',
        params: { merchantOid: fields.merchant_oid, total: money(fields.total_amount) },
      }
      break
    case 'failed':
      status = 'FAILED'
      reason = {
        reason: 'paytr.notification_failed',
        params: { code: fields.failed_reason_code, message: fields.failed_reason_msg },
      }
      break
    case 'other':
      status = 'UNKNOWN'
      reason = { reason: 'paytr.notification_unknown_status', params: { status: fields.status } }
      break
    default: {
      const unhandled: never = kind
      throw new Error(`Unhandled PayTR notification ${String(unhandled)}`)
    }
  }
  const payment: PaytrPayment = {
    kind: 'payment',
    provider: 'paytr',
    source: PAYTR_NOTIFICATION_SOURCE,
    status,
    rawStatus: fields.status,
    explanation: renderReason(PAYTR_MESSAGES, reason, context.locale ?? DEFAULT_LOCALE),
    reason: reason.reason,
    ids: { merchantReference: fields.merchant_oid },
    signed: true,
    checkedAt: context.checkedAt,
    raw: { ...fields },
  }
  if (kind === 'success') {
    payment.refundsChecked = false
    const paid = money(fields.total_amount)
    if (paid !== undefined) payment.paidAmount = paid
  }
  if (kind === 'failed') {
    const code = fields.failed_reason_code
    payment.failure = { category: (code === undefined ? undefined : FAILURE_CATEGORIES.get(code)) ?? 'other' }
    if (code !== undefined) payment.failure.code = code
    if (fields.failed_reason_msg !== undefined) payment.failure.message = fields.failed_reason_msg
  }
  const amount = money(fields.payment_amount)
  if (amount !== undefined) payment.amount = amount
  const installments = Number(fields.installment_count)
  if (Number.isSafeInteger(installments) && installments >= 1) payment.installment = installments
  if (fields.test_mode === '1' || fields.test_mode === '0') payment.testMode = fields.test_mode === '1'
  return payment
}
