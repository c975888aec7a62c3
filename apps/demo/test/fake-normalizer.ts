import {
  DurumError,
  type NormalizedPayment,
  type NormalizedResult,
  ValidationError,
} from '@durum/status-normalizer'
import type { DemoBatchResult, DemoNormalizer, DemoQuery } from '../src/demo-types'

const payment = (
  status: string,
  explanation: string,
  extra: Partial<NormalizedPayment> = {},
): NormalizedResult => ({
  kind: 'payment',
  provider: 'iyzico',
  source: 'iyzico.payment-detail',
  status: status as 'SUCCEEDED',
  rawStatus: `raw ${status}`,
  reason: `iyzico.fake_${status.toLowerCase()}`,
  explanation,
  ids: { paymentId: '1', conversationId: 'c-1' },
  amount: { amount: '1250.00', currency: 'TRY' },
  paidAmount: { amount: '1250.00', currency: 'TRY' },
  checkedAt: '2026-11-23T12:00:00+03:00',
  raw: { paymentStatus: status, apiKey: '[REDACTED]' },
  ...extra,
})

/** The answer of iyzico's payment detail when its reporting look-up failed: SUCCESS, refunds unknown. */
export const UNCHECKED_EXPLANATION =
  'iyzico says the payment succeeded and passed its fraud check. Refunds and cancels were not checked: the reporting look-up failed.'

/** A stand-in engine: answers from a table keyed by the query's id, or throws the listed error. */
export function createFakeNormalizer(): DemoNormalizer {
  const answer = async (query: DemoQuery): Promise<NormalizedResult> => {
    const id = String(query.paymentId ?? query.sendPaymentRequestId ?? '')
    if (id === '') throw new ValidationError({ field: 'paymentId', message: 'paymentId is required.' })
    if (id === 'missing')
      throw new DurumError({ code: 'not_found', message: 'No such payment.', provider: query.provider })
    if (id === 'down')
      throw new DurumError({ code: 'transport', message: 'iyzico did not answer.', provider: 'iyzico' })
    if (id === 'boom') throw new Error('internal detail')
    if (id === 'unchecked') {
      return payment('SUCCEEDED', UNCHECKED_EXPLANATION, {
        refundsChecked: false,
        signed: false,
        mdStatus: '1',
      })
    }
    if (id === 'signed')
      return payment('SUCCEEDED', 'Signed and checked.', { refundsChecked: true, signed: true })
    return payment(id.startsWith('f') ? 'FAILED' : 'SUCCEEDED', `Fake answer for ${id}.`)
  }
  return {
    getStatus: answer,
    getStatusWithAnswers: async (query) => ({ result: await answer(query), answers: [] }),
    async *getStatuses(queries) {
      let index = 0
      for (const query of queries) {
        const i = index++
        const settled: DemoBatchResult = await answer(query).then(
          (result) => ({ index: i, query, ok: true as const, result }),
          (error: DurumError) => ({ index: i, query, ok: false as const, error }),
        )
        yield settled
      }
    },
  }
}
