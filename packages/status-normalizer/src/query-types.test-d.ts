import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { acme } from './__example__/acme-provider'
import { createStatusNormalizer } from './create-status-normalizer'
import { defineProvider, type QueryOf, type ResultOf, type StatusProvider } from './define-provider'
import type { BatchResult } from './get-statuses'
import { isPaid, isSettled } from './is-paid'
import type { NormalizedPayment, NormalizedResult, NormalizedSession } from './normalized-result'
import { type PaymentStatus, statusWordIsPaid } from './payment-status'

// A second tiny provider, so the engine's types must distribute over providers as well as variants.
const beta = defineProvider<
  'beta',
  | { query: { orderReference: string }; result: NormalizedPayment }
  | { query: { linkId: number }; result: NormalizedPayment }
>({
  name: 'beta',
  querySchema: v.union([v.object({ orderReference: v.string() }), v.object({ linkId: v.number() })]),
  getStatus: () => Promise.reject(new Error('types only')),
})

const acmeProvider = acme({ apiKey: 'k' })
const durum = createStatusNormalizer({ providers: [acmeProvider, beta] })
type Providers = typeof acmeProvider | typeof beta

describe('QueryOf', () => {
  it('has one member per provider variant, each carrying its provider name', () => {
    expectTypeOf<QueryOf<Providers>>().toEqualTypeOf<
      | ({ provider: 'acme' } & { paymentId: string })
      | ({ provider: 'acme' } & { session: { token: string } })
      | ({ provider: 'beta' } & { orderReference: string })
      | ({ provider: 'beta' } & { linkId: number })
    >()
  })

  it('is never for something that is not a provider', () => {
    expectTypeOf<QueryOf<string>>().toBeNever()
  })
})

describe('ResultOf', () => {
  it('picks the variant by the query shape', () => {
    expectTypeOf<
      ResultOf<Providers, { provider: 'acme'; paymentId: string }>
    >().toEqualTypeOf<NormalizedPayment>()
    expectTypeOf<
      ResultOf<Providers, { provider: 'acme'; session: { token: string } }>
    >().toEqualTypeOf<NormalizedSession>()
    expectTypeOf<
      ResultOf<Providers, { provider: 'beta'; linkId: number }>
    >().toEqualTypeOf<NormalizedPayment>()
  })

  it('distributes over a union of queries', () => {
    expectTypeOf<
      ResultOf<
        Providers,
        { provider: 'acme'; paymentId: string } | { provider: 'acme'; session: { token: string } }
      >
    >().toEqualTypeOf<NormalizedPayment | NormalizedSession>()
  })

  it('is never for a query no provider accepts', () => {
    expectTypeOf<ResultOf<Providers, { provider: 'beta'; paymentId: string }>>().toBeNever()
    expectTypeOf<ResultOf<Providers, { provider: 'gamma'; paymentId: string }>>().toBeNever()
  })

  it('falls back to the whole model for an untyped provider', () => {
    expectTypeOf<ResultOf<StatusProvider, { provider: string; id: string }>>().toEqualTypeOf<
      NormalizedPayment | NormalizedSession
    >()
  })
})

describe('getStatus', () => {
  it('accepts a query typed as the whole union, as a form or an API handler has it', () => {
    const parsed = {} as QueryOf<Providers>
    expectTypeOf(durum.getStatus(parsed)).resolves.toEqualTypeOf<NormalizedPayment | NormalizedSession>()
  })

  it('types the result by the query', () => {
    expectTypeOf(
      durum.getStatus({ provider: 'acme', paymentId: 'p-1' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'acme', session: { token: 't-1' } }),
    ).resolves.toEqualTypeOf<NormalizedSession>()
    expectTypeOf(durum.getStatus({ provider: 'beta', linkId: 7 })).resolves.toEqualTypeOf<NormalizedPayment>()
  })

  it('accepts only the registered query shapes', () => {
    // @ts-expect-error an unregistered provider
    void durum.getStatus({ provider: 'gamma', paymentId: 'p-1' })
    // @ts-expect-error acme has no orderReference query
    void durum.getStatus({ provider: 'acme', orderReference: 'o-1' })
    // @ts-expect-error the id has the wrong type
    void durum.getStatus({ provider: 'beta', linkId: '7' })
    // @ts-expect-error no provider name
    void durum.getStatus({ paymentId: 'p-1' })
    // @ts-expect-error a session needs its token
    void durum.getStatus({ provider: 'acme', session: {} })
    // @ts-expect-error a misspelt key no query shape has
    void durum.getStatus({ provider: 'acme', paymentId: 'p-1', paymentid: 'p-1' })
    // @ts-expect-error the same for waitForStatus
    void durum.waitForStatus({ provider: 'beta', linkId: 7, extra: true }, { timeoutMs: 1 })
  })
})

describe('getStatuses and waitForStatus', () => {
  it('type batch results by the queries given', async () => {
    const queries = [{ provider: 'acme' as const, session: { token: 't' } }]
    for await (const entry of durum.getStatuses(queries, { ratePerMinute: { acme: 60 } })) {
      expectTypeOf(entry).toEqualTypeOf<
        BatchResult<{ provider: 'acme'; session: { token: string } }, NormalizedSession>
      >()
      if (entry.ok) expectTypeOf(entry.result.status).toEqualTypeOf<'ACTIVE' | 'INACTIVE' | 'UNKNOWN'>()
    }
  })

  it('rate limits only name registered providers', () => {
    // @ts-expect-error gamma is not registered
    void durum.getStatuses([], { ratePerMinute: { gamma: 60 } })
  })

  it('gives until and onChange the result type of the query', () => {
    const waited = durum.waitForStatus(
      { provider: 'acme', paymentId: 'p-1' },
      {
        timeoutMs: 1000,
        until: (result) => {
          expectTypeOf(result).toEqualTypeOf<NormalizedPayment>()
          return result.status === 'SUCCEEDED'
        },
      },
    )
    expectTypeOf(waited).resolves.toEqualTypeOf<NormalizedPayment>()
  })
})

describe('isPaid and isSettled', () => {
  it('take a whole result, never a status word', () => {
    // @ts-expect-error a status word is not a result: use statusWordIsPaid(status)
    isPaid('SUCCEEDED')
    // @ts-expect-error a status word is not a result: use statusWordIsSettled(status)
    isSettled('FAILED')
    expectTypeOf(isPaid).parameter(0).toEqualTypeOf<NormalizedResult>()
    expectTypeOf(statusWordIsPaid).parameter(0).toEqualTypeOf<PaymentStatus>()
  })
})
