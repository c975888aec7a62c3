import {
  createPostSimulatorShell,
  type FaultRule,
  jsonAnswer as json,
  type SimulatorRequest,
  type SimulatorShell,
} from '@durum/status-normalizer/simulator'
import { paytrNotificationHash, paytrStatusToken } from '../sign-paytr-request'
import {
  PAYTR_NO_TRANSACTION,
  type PaytrErrorScenario,
  type PaytrScenario,
  paytrErrorScenarios,
  paytrScenarios,
} from './paytr-scenarios'

export interface PaytrSimulatorOptions {
  /** The only store (`merchant_id`) the simulator knows; any other gets err_no 001. */
  merchantId: string
  /** The store's `merchant_key`: a `paytr_token` made with any other gets err_no 003. */
  merchantKey: string
  merchantSalt: string
  /** Seeded answers (default: every status and error scenario). */
  scenarios?: readonly (PaytrScenario | PaytrErrorScenario)[]
  /** Faults to inject from the start; more can be added through `faults`. */
  faults?: readonly FaultRule[]
}

/** A notification as PayTR posts it to the Bildirim URL; `hash` is computed unless given. */
export interface PaytrNotificationInput {
  merchantOid: string
  status: 'success' | 'failed'
  /** Kuruş, as PayTR posts it (`"3456"` = 34,56); `"0"` on failure. */
  totalAmount: string
  /** The order amount, in kuruş (default: `totalAmount`). */
  paymentAmount?: string
  failedReasonCode?: string
  failedReasonMsg?: string
  testMode?: '0' | '1'
  paymentType?: 'card' | 'eft'
  currency?: string
  /** A hash to send instead of the right one (to test a refusal). */
  hash?: string
}

/** What the merchant's Bildirim URL answered. */
export interface PaytrNotificationReply {
  status: number
  text: string
  /** Whether it is the bare `OK` PayTR requires; without it PayTR would send the notification again. */
  acknowledged: boolean
}

/** `fetch`, `handle`, `listen`, `faults` and `requests` are the shared simulator shell's. */
export interface PaytrSimulator extends SimulatorShell {
  scenarios: readonly (PaytrScenario | PaytrErrorScenario)[]
  /** The form PayTR would post for `notification`, signed with the simulator's store key and salt. */
  notificationBody(notification: PaytrNotificationInput): Promise<URLSearchParams>
  /** POSTs a signed notification to `url`, as PayTR does, and reads the merchant's reply. */
  notify(
    url: string,
    notification: PaytrNotificationInput,
    fetch?: typeof globalThis.fetch,
  ): Promise<PaytrNotificationReply>
}

const STATUS_PATH = '/odeme/durum-sorgu'
const FIELDS = ['merchant_id', 'merchant_oid', 'paytr_token'] as const

// The status query's errors and their texts are PayTR's table (dev.paytr.com/hata-kodlari).
const INVALID_REQUEST = { err_no: '001', err_msg: 'Gecersiz istek veya magaza aktif degil' }
const INVALID_OID = { err_no: '002', err_msg: 'Gecersiz merchant_oid' }
const INVALID_TOKEN = { err_no: '003', err_msg: 'paytr_token gonderilmedi veya gecersiz' }
const NO_TRANSACTION = { err_no: '004', err_msg: PAYTR_NO_TRANSACTION }

const error = (fields: { err_no: string; err_msg: string }) =>
  json(JSON.stringify({ status: 'error', ...fields }))

/**
 * A stand-in for PayTR's status query (`POST /odeme/durum-sorgu`), as strict as PayTR: a form body
 * with exactly `merchant_id`, `merchant_oid` and `paytr_token` (anything else, a JSON body or a
 * posted key, reads as an invalid request, 001), the store's id (001), the token recomputed over
 * them (003), the seeded answers, and 004 for an order it does not know. It injects faults through
 * the shared fault injector, and posts signed notifications to a Bildirim URL.
 */
export function createPaytrSimulator(options: PaytrSimulatorOptions): PaytrSimulator {
  const scenarios = options.scenarios ?? [...paytrScenarios, ...paytrErrorScenarios]
  // Each seeded body is serialised once, then served as the same bytes.
  const encoder = new TextEncoder()
  const orders = new Map<string, Uint8Array<ArrayBuffer>>()
  for (const scenario of scenarios)
    orders.set(scenario.query.merchantOid, encoder.encode(JSON.stringify(scenario.body)))

  async function answer(request: SimulatorRequest) {
    // PayTR reads form fields only: a JSON body carries none of them.
    const form = request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded') === true
    const fields = new URLSearchParams(form ? request.body : '')
    const names = [...fields.keys()]
    if (
      names.some((name) => !(FIELDS as readonly string[]).includes(name)) ||
      new Set(names).size !== names.length
    ) {
      return error(INVALID_REQUEST)
    }
    const merchantId = fields.get('merchant_id') ?? ''
    const merchantOid = fields.get('merchant_oid') ?? ''
    const token = fields.get('paytr_token') ?? ''
    if (merchantId !== options.merchantId) return error(INVALID_REQUEST)
    if (merchantOid === '') return error(INVALID_OID)
    const expected = await paytrStatusToken({
      merchantId,
      merchantOid,
      merchantKey: options.merchantKey,
      merchantSalt: options.merchantSalt,
    })
    if (token !== expected) return error(INVALID_TOKEN)
    const body = orders.get(merchantOid)
    return body === undefined ? error(NO_TRANSACTION) : json(body)
  }

  async function notificationBody(notification: PaytrNotificationInput): Promise<URLSearchParams> {
    const hash =
      notification.hash ??
      (await paytrNotificationHash({
        merchantOid: notification.merchantOid,
        status: notification.status,
        totalAmount: notification.totalAmount,
        merchantKey: options.merchantKey,
        merchantSalt: options.merchantSalt,
      }))
    const body = new URLSearchParams({
      merchant_oid: notification.merchantOid,
      status: notification.status,
      total_amount: notification.totalAmount,
      hash,
    })
    if (notification.failedReasonCode !== undefined)
      body.set('failed_reason_code', notification.failedReasonCode)
    if (notification.failedReasonMsg !== undefined)
      body.set('failed_reason_msg', notification.failedReasonMsg)
    body.set('test_mode', notification.testMode ?? '0')
    body.set('payment_type', notification.paymentType ?? 'card')
    body.set('currency', notification.currency ?? 'TL')
    body.set('payment_amount', notification.paymentAmount ?? notification.totalAmount)
    return body
  }

  async function notify(
    url: string,
    notification: PaytrNotificationInput,
    send: typeof globalThis.fetch = globalThis.fetch,
  ): Promise<PaytrNotificationReply> {
    const response = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: (await notificationBody(notification)).toString(),
      redirect: 'manual',
    })
    const text = await response.text()
    // PayTR wants the bare text OK, with nothing before or after it.
    return { status: response.status, text, acknowledged: response.status === 200 && text === 'OK' }
  }

  return Object.assign(createPostSimulatorShell([STATUS_PATH], answer, { faults: options.faults }), {
    scenarios,
    notificationBody,
    notify,
  })
}
