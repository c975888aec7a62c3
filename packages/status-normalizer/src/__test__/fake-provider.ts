import * as v from 'valibot'
import { defineProvider, type ProviderCallOptions } from '../define-provider'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import type { PaymentStatus } from '../payment-status'

/** A valid payment result with the given status, for engine tests. */
export function fakePayment(
  status: PaymentStatus,
  provider = 'fake',
  rawStatus: string = status,
): NormalizedPayment {
  return {
    kind: 'payment',
    provider,
    source: `${provider}.status`,
    status,
    rawStatus,
    explanation: `fake said ${rawStatus}.`,
    reason: `${provider}.said`,
    ids: {},
    checkedAt: '2026-11-23T10:00:00+03:00',
    raw: { status: rawStatus },
  }
}

/** A valid tokenization-session result with the given status, as iyzico gives one. */
export function fakeSession(status: NormalizedSession['status'] = 'ACTIVE'): NormalizedSession {
  return {
    kind: 'session',
    provider: 'iyzico',
    source: 'iyzico.session',
    status,
    rawStatus: status,
    explanation: `iyzico says the session is ${status}.`,
    reason: 'iyzico.session',
    paymentMethod: 'card',
    checkedAt: '2026-11-23T10:00:00.123+03:00',
    raw: {},
  }
}

export type FakeQuery = { id: string }

/** A provider whose answers a test scripts: `answer` receives each validated query. */
export function fakeProvider<const TName extends string = 'fake'>(
  answer: (query: FakeQuery, options?: ProviderCallOptions) => Promise<NormalizedPayment>,
  name: TName = 'fake' as TName,
) {
  return defineProvider<TName, { query: FakeQuery; result: NormalizedPayment }>({
    name,
    querySchema: v.object({ id: v.pipe(v.string(), v.nonEmpty('id must not be empty.')) }),
    getStatus: answer,
  })
}
