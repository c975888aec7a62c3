import { readFileSync } from 'node:fs'
import { DurumError } from '@durum/core'
import type { PaytrSimulator } from '../testing/paytr-simulator'

/** The test store of `src/__vectors__` (first vectors), so fixtures' hashes verify against it. */
export const store = {
  merchantId: '123456',
  merchantKey: 'aB3dE5fG7hJ9kL1m',
  merchantSalt: 'Zx8Cv6Bn4Mq2Wr0t',
}

/** A fixture's text, as stored in `src/__fixtures__`. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
}

/** Makes the simulator's next answers the fixture, as stored, with HTTP 200 unless told otherwise. */
export function serveFixture(simulator: PaytrSimulator, name: string, status = 200): void {
  simulator.faults.add({ type: 'status', status, body: fixtureText(name), contentType: 'application/json' })
}

/** The `DurumError` a call fails with; anything else (a result, another error) fails the test. */
export async function failure(run: Promise<unknown>): Promise<DurumError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!DurumError.isInstance(error)) throw new Error(`expected a DurumError, got ${String(error)}`)
  return error
}
