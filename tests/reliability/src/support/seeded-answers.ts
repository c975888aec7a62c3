import { type EsnekposScenario, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzicoScenarios } from '@durum/iyzico/testing'

/** The first canned body of the iyzico scenario `name` (the simulator's real-format answer). */
export function iyzicoScenarioBody(name: string): string {
  const body = iyzicoScenarios.find((scenario) => scenario.name === name)?.answers[0]?.body
  if (body === undefined) throw new Error(`no iyzico scenario ${name}`)
  return body
}

/** A seeded EsnekPOS scenario that reads SUCCEEDED, for the query kind given. */
export function paidEsnekposScenario(kind: 'orderReference' | 'sendPaymentRequestId'): EsnekposScenario {
  const paid = esnekposScenarios.find(
    (scenario) => kind in scenario.query && scenario.expect.status === 'SUCCEEDED',
  )
  if (paid === undefined) throw new Error(`no paid EsnekPOS scenario queried by ${kind}`)
  return paid
}

/** Payments that stay PENDING, so waiting for them never ends by itself. */
export const pendingQueries = {
  iyzico: { paymentId: '20885700' },
  esnekpos: { sendPaymentRequestId: '2484' },
} as const
