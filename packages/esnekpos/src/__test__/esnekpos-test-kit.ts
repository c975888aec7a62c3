import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import type { EsnekposSimulator } from '../testing/esnekpos-simulator'

/** The rows of EsnekPOS's status table, as the mapping reads them. */
export const pending = { statusText: 'Ödeme - Bekliyor', statusId: 1 }
export const awaiting3d = { statusText: 'Ödeme - 3D Doğrulama Bekleniyor', statusId: 2 }
export const succeeded = { statusText: 'Ödeme - Başarılı', statusId: 3 }
export const failed = { statusText: 'Ödeme - Başarısız', statusId: 4 }
export const cancelled = { statusText: 'İptal - Başarılı', statusId: 5 }
export const cancelFailed = { statusText: 'İptal - Başarısız', statusId: 6 }
export const refunded = { statusText: 'İade - Başarılı', statusId: 7 }
export const refundFailed = { statusText: 'İade - Başarısız', statusId: 8 }

/** A fixture's text, as stored in `src/__fixtures__`. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
}

/** Makes the simulator's next answers the fixture, as stored, with HTTP 200 unless told otherwise. */
export function serveFixture(simulator: EsnekposSimulator, name: string, status = 200): void {
  simulator.faults.add({ type: 'status', status, body: fixtureText(name), contentType: 'application/json' })
}

/** Everything a merchant could print or log about an outcome: inspect, JSON, and every cause. */
export function everywhere(value: unknown): string {
  const parts = [inspect(value, { depth: 20, showHidden: true }), JSON.stringify(value) ?? '']
  let cause = value instanceof Error ? value.cause : undefined
  while (cause !== undefined) {
    parts.push(inspect(cause, { depth: 20, showHidden: true }), String(cause))
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return parts.join('\n')
}
