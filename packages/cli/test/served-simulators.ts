import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { createIyzicoSimulator } from '@durum/iyzico/testing'

/** A simulator served on loopback, and the variables that point `durum` at it with its keys. */
export interface ServedSimulator {
  env: Record<string, string>
  /** Requests the simulator received so far. */
  readonly requests: number
  close(): Promise<void>
}

/**
 * iyzico's simulator accepting `keys`, as the environment of `durum` names it; `prefix` gives an
 * account's variables (`SHOP_A_`), `latencyMs` slows every answer.
 */
export async function serveIyzico(
  keys: { apiKey: string; secretKey: string },
  options: { prefix?: string; latencyMs?: number } = {},
): Promise<ServedSimulator> {
  const simulator = createIyzicoSimulator(keys)
  if (options.latencyMs) simulator.faults.add({ type: 'latency', ms: options.latencyMs })
  const served = await simulator.listen(0)
  const prefix = options.prefix ?? ''
  return {
    env: {
      [`${prefix}IYZICO_BASE_URL`]: served.url,
      [`${prefix}IYZICO_API_KEY`]: keys.apiKey,
      [`${prefix}IYZICO_SECRET_KEY`]: keys.secretKey,
    },
    get requests() {
      return simulator.requests
    },
    close: () => served.close(),
  }
}

/** EsnekPOS's simulator accepting `keys`, as the environment of `durum` names it. */
export async function serveEsnekpos(keys: {
  merchant: string
  merchantKey: string
}): Promise<ServedSimulator> {
  const simulator = createEsnekposSimulator(keys)
  const served = await simulator.listen(0)
  return {
    env: {
      ESNEKPOS_BASE_URL: served.url,
      ESNEKPOS_MERCHANT: keys.merchant,
      ESNEKPOS_MERCHANT_KEY: keys.merchantKey,
    },
    get requests() {
      return simulator.requests
    },
    close: () => served.close(),
  }
}
