import { createSimulatorShell, type FaultRule, type SimulatorShell } from '@durum/status-normalizer/simulator'
import {
  type EsnekposErrorScenario,
  type EsnekposScenario,
  esnekposErrorScenarios,
  esnekposScenarios,
} from './esnekpos-scenarios'

export interface EsnekposSimulatorOptions {
  /** The only MERCHANT the simulator accepts. */
  merchant: string
  /** The only MERCHANT_KEY the simulator accepts; anything else gets RETURN_CODE 102. */
  merchantKey: string
  /** Seeded answers (default: every status and error scenario). */
  scenarios?: readonly (EsnekposScenario | EsnekposErrorScenario)[]
  /** Faults to inject from the start; more can be added through `faults`. */
  faults?: readonly FaultRule[]
}

/** `fetch`, `handle`, `listen`, `faults` and `requests` are the shared simulator shell's. */
export interface EsnekposSimulator extends SimulatorShell {
  scenarios: readonly (EsnekposScenario | EsnekposErrorScenario)[]
}

const PAYMENT_REQUEST_PATH = '/api/services/SendPaymentRequestQuery'
const ORDER_PATH = '/api/services/ProcessQuery'

// Return codes and their STATUS names are EsnekPOS's error table; the Turkish messages are the
// simulator's own wording (no real error body has been published).
const AUTHENTICATION = { code: '102', status: 'AUTHENTICATION_ERROR', message: 'Kimlik doğrulama yapılamadı' }
const FIELD_ERROR = { code: '101', status: 'FIELD_ERROR', message: 'İstek mesajında hatalı alan var' }
const NOT_FOUND = { code: '400', status: 'PROCESS_QUERY', message: 'Referans numarası bulunamadı' }

type Refusal = typeof AUTHENTICATION

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

function refusalBody(path: string, refusal: Refusal, orderReference: unknown): Record<string, unknown> {
  const envelope = { RETURN_CODE: refusal.code, RETURN_MESSAGE: refusal.message, STATUS: refusal.status }
  if (path === PAYMENT_REQUEST_PATH) return { PAYMENTS: null, ...envelope }
  return {
    ...envelope,
    DATE: null,
    PAYMENT_DATE: null,
    REFNO: null,
    AMOUNT: null,
    ORDER_REF_NUMBER: typeof orderReference === 'string' ? orderReference : null,
    INSTALLMENT: null,
    SUCCESS_TRANSACTION_ID: null,
    TRANSACTIONS: null,
  }
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * A stand-in for EsnekPOS's two status queries: checks MERCHANT and MERCHANT_KEY as EsnekPOS does
 * (RETURN_CODE 102), answers unknown ids with 400 and malformed ones with 101, serves the seeded
 * scenarios, and injects faults through the shared fault injector.
 */
export function createEsnekposSimulator(options: EsnekposSimulatorOptions): EsnekposSimulator {
  const scenarios = options.scenarios ?? [...esnekposScenarios, ...esnekposErrorScenarios]
  const paymentRequests = new Map<string, Record<string, unknown> | undefined>()
  const orders = new Map<string, Record<string, unknown> | undefined>()
  for (const scenario of scenarios) {
    if ('sendPaymentRequestId' in scenario.query)
      paymentRequests.set(scenario.query.sendPaymentRequestId, scenario.body)
    else orders.set(scenario.query.orderReference, scenario.body)
  }

  async function answer(request: Request): Promise<Response> {
    // Matched by suffix, so the simulator can also be mounted under a prefix (`/esnekpos/api/…`).
    const pathname = new URL(request.url).pathname
    const path = [PAYMENT_REQUEST_PATH, ORDER_PATH].find((known) => pathname.endsWith(known))
    if (path === undefined) {
      return new Response('Not Found', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    }
    if (request.method !== 'POST') {
      return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } })
    }
    let fields: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(await request.text())
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new TypeError('not an object')
      fields = parsed as Record<string, unknown>
    } catch {
      return json(refusalBody(path, FIELD_ERROR, undefined))
    }
    if (fields.MERCHANT !== options.merchant || fields.MERCHANT_KEY !== options.merchantKey) {
      return json(refusalBody(path, AUTHENTICATION, fields.ORDER_REF_NUMBER))
    }
    if (path === PAYMENT_REQUEST_PATH) {
      const id = idOf(fields.SEND_PAYMENT_REQUEST_ID)
      if (id === undefined || !/^\d+$/.test(id)) return json(refusalBody(path, FIELD_ERROR, undefined))
      const body = paymentRequests.get(id)
      return json(body ?? refusalBody(path, NOT_FOUND, undefined))
    }
    const reference = idOf(fields.ORDER_REF_NUMBER)
    if (reference === undefined) return json(refusalBody(path, FIELD_ERROR, undefined))
    return json(orders.get(reference) ?? refusalBody(path, NOT_FOUND, reference))
  }

  return Object.assign(createSimulatorShell(answer, { faults: options.faults }), { scenarios })
}
