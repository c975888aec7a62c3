import {
  createPostSimulatorShell,
  type FaultRule,
  jsonAnswer as json,
  type SimulatorAnswer,
  type SimulatorShell,
} from '@durum/status-normalizer/simulator'
import {
  type EsnekposErrorScenario,
  type EsnekposScenario,
  esnekposErrorScenarios,
  esnekposOrderNotFoundBody,
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

// Return codes and their STATUS names are EsnekPOS's error table. Only the ProcessQuery 400 body is
// recorded; the other refusals take its shape, with the simulator's own Turkish wording.
const AUTHENTICATION = { code: '102', status: 'AUTHENTICATION_ERROR', message: 'Kimlik doğrulama yapılamadı' }
const FIELD_ERROR = { code: '101', status: 'FIELD_ERROR', message: 'İstek mesajında hatalı alan var' }
const NOT_FOUND = { code: '400', status: 'PROCESS_QUERY', message: 'Referans numarası bulunamadı' }

type Refusal = typeof AUTHENTICATION

const refusal = (path: string, refusal: Refusal) => json(JSON.stringify(refusalBody(path, refusal)))

function refusalBody(path: string, refusal: Refusal): Record<string, unknown> {
  if (path === PAYMENT_REQUEST_PATH)
    return {
      PAYMENTS: null,
      RETURN_CODE: refusal.code,
      RETURN_MESSAGE: refusal.message,
      STATUS: refusal.status,
    }
  return {
    ...esnekposOrderNotFoundBody,
    STATUS: refusal.status,
    RETURN_CODE: refusal.code,
    RETURN_MESSAGE: refusal.message,
  }
}

/** ProcessQuery's answer for a reference it does not know, as recorded. */
const ORDER_NOT_FOUND = json(JSON.stringify(esnekposOrderNotFoundBody))

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * A stand-in for EsnekPOS's two status queries: checks MERCHANT and MERCHANT_KEY as EsnekPOS does
 * (RETURN_CODE 102), answers unknown ids with 400 (for an order, the recorded body) and malformed
 * ones with 101, serves the seeded scenarios, and injects faults through the shared fault injector.
 */
export function createEsnekposSimulator(options: EsnekposSimulatorOptions): EsnekposSimulator {
  const scenarios = options.scenarios ?? [...esnekposScenarios, ...esnekposErrorScenarios]
  // Each seeded body is serialised once, then served as the same bytes.
  const encoder = new TextEncoder()
  const paymentRequests = new Map<string, Uint8Array<ArrayBuffer> | undefined>()
  const orders = new Map<string, Uint8Array<ArrayBuffer> | undefined>()
  for (const scenario of scenarios) {
    const bytes = scenario.body === undefined ? undefined : encoder.encode(JSON.stringify(scenario.body))
    if ('sendPaymentRequestId' in scenario.query)
      paymentRequests.set(scenario.query.sendPaymentRequestId, bytes)
    else orders.set(scenario.query.orderReference, bytes)
  }

  function answer(request: { body: string }, path: string): SimulatorAnswer {
    let fields: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(request.body)
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new TypeError('not an object')
      fields = parsed as Record<string, unknown>
    } catch {
      return refusal(path, FIELD_ERROR)
    }
    if (fields.MERCHANT !== options.merchant || fields.MERCHANT_KEY !== options.merchantKey) {
      return refusal(path, AUTHENTICATION)
    }
    if (path === PAYMENT_REQUEST_PATH) {
      const id = idOf(fields.SEND_PAYMENT_REQUEST_ID)
      if (id === undefined || !/^\d+$/.test(id)) return refusal(path, FIELD_ERROR)
      const body = paymentRequests.get(id)
      return body === undefined ? refusal(path, NOT_FOUND) : json(body)
    }
    const reference = idOf(fields.ORDER_REF_NUMBER)
    if (reference === undefined) return refusal(path, FIELD_ERROR)
    const body = orders.get(reference)
    return body === undefined ? ORDER_NOT_FOUND : json(body)
  }

  const shell = createPostSimulatorShell([PAYMENT_REQUEST_PATH, ORDER_PATH], answer, {
    faults: options.faults,
  })
  return Object.assign(shell, { scenarios })
}
