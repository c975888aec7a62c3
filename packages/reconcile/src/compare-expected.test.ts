import { describe, expect, it } from 'vitest'
import { compareExpected } from './compare-expected'
import type { MismatchReason } from './reconcile-messages'
import type { ExpectedState, ReconciledResult } from './reconcile-types'

function payment(status: string, extra: Partial<ReconciledResult> = {}): ReconciledResult {
  return {
    kind: 'payment',
    provider: 'iyzico',
    source: 'iyzico.payment-detail',
    status,
    rawStatus: 'SUCCESS fraud=1 phase=AUTH',
    explanation: 'explained',
    paid: status === 'SUCCEEDED' || status === 'PARTIALLY_REFUNDED',
    checkedAt: '2026-12-07T10:00:00+03:00',
    ...extra,
  }
}
const session = (status: string): ReconciledResult => ({ ...payment(status), kind: 'session', paid: false })

describe('compareExpected', () => {
  // One row per expectation: a status it accepts, and one it does not, with the words the report shows.
  const rows: [ExpectedState, ReconciledResult, string][] = [
    ['paid', payment('SUCCEEDED'), 'match'],
    ['paid', payment('REFUNDED'), 'expected paid, provider says REFUNDED'],
    ['paid', payment('PARTIALLY_REFUNDED'), 'expected paid, provider says PARTIALLY_REFUNDED'],
    [
      'paid',
      payment('SUCCEEDED', { refundsChecked: false, paid: false }),
      'expected paid, refunds unchecked',
    ],
    [
      'paid',
      payment('SUCCEEDED', { paid: false, reason: 'iyzico.item_review' }),
      'expected paid, provider says SUCCEEDED, not proven paid (iyzico.item_review)',
    ],
    ['paid', payment('UNKNOWN'), 'expected paid, provider says UNKNOWN'],
    ['partially_refunded', payment('PARTIALLY_REFUNDED'), 'match'],
    ['partially_refunded', payment('REFUNDED'), 'expected partially_refunded, provider says REFUNDED'],
    ['refunded', payment('REFUNDED'), 'match'],
    [
      'refunded',
      payment('SUCCEEDED', { refundsChecked: false, paid: false }),
      'expected refunded, provider says SUCCEEDED',
    ],
    ['cancelled', payment('CANCELLED'), 'match'],
    ['cancelled', payment('SUCCEEDED'), 'expected cancelled, provider says SUCCEEDED'],
    ['failed', payment('FAILED'), 'match'],
    ['failed', payment('PENDING'), 'expected failed, provider says PENDING'],
    ['authorized', payment('AUTHORIZED'), 'match'],
    [
      'authorized',
      payment('AUTHORIZED', { refundsChecked: false }),
      'expected authorized, refunds unchecked',
    ],
    ['unpaid', payment('REFUNDED'), 'match'],
    ['unpaid', payment('REQUIRES_ACTION'), 'match'],
    ['unpaid', payment('UNDER_REVIEW'), 'expected unpaid, provider says UNDER_REVIEW'],
    ['unpaid', payment('UNKNOWN'), 'expected unpaid, provider says UNKNOWN'],
    ['pending', payment('UNDER_REVIEW'), 'match'],
    ['pending', payment('SUCCEEDED'), 'expected pending, provider says SUCCEEDED'],
    ['active', session('ACTIVE'), 'match'],
    ['active', payment('SUCCEEDED'), 'expected active, provider says SUCCEEDED (a payment, not a session)'],
    ['inactive', session('INACTIVE'), 'match'],
    ['paid', session('ACTIVE'), 'expected paid, provider says ACTIVE (a session, not a payment)'],
  ]

  it.each(rows)('expected %s against %o: %s', (expected, result, words) => {
    const comparison = compareExpected(expected, result)
    expect(comparison.outcome === 'match' ? 'match' : comparison.mismatch).toBe(words)
  })

  // Each kind of mismatch: its reason, the same in every locale, and its sentence in Turkish.
  const kinds: [ExpectedState, ReconciledResult, MismatchReason, string][] = [
    [
      'paid',
      payment('REFUNDED'),
      'reconcile.status_differs',
      'beklenen paid, sağlayıcının bildirdiği REFUNDED',
    ],
    [
      'paid',
      payment('SUCCEEDED', { refundsChecked: false, paid: false }),
      'reconcile.refunds_unchecked',
      'beklenen paid, iadeler kontrol edilemedi',
    ],
    [
      'paid',
      payment('SUCCEEDED', { paid: false, reason: 'iyzico.item_review' }),
      'reconcile.not_proven_paid',
      'beklenen paid, sağlayıcının bildirdiği SUCCEEDED, ancak ödendiği kanıtlanmadı (iyzico.item_review)',
    ],
    [
      'paid',
      payment('SUCCEEDED', { paid: false }),
      'reconcile.not_proven_paid',
      'beklenen paid, sağlayıcının bildirdiği SUCCEEDED, ancak ödendiği kanıtlanmadı',
    ],
    [
      'active',
      payment('SUCCEEDED'),
      'reconcile.wrong_kind',
      'beklenen active, sağlayıcının bildirdiği SUCCEEDED (bu bir ödeme, oturum değil)',
    ],
    [
      'paid',
      session('ACTIVE'),
      'reconcile.wrong_kind',
      'beklenen paid, sağlayıcının bildirdiği ACTIVE (bu bir oturum, ödeme değil)',
    ],
  ]

  it.each(kinds)('expected %s against %o: %s, in Turkish %s', (expected, result, reason, turkish) => {
    const english = compareExpected(expected, result)
    expect(english).toMatchObject({ outcome: 'mismatch', mismatchReason: reason })
    expect(compareExpected(expected, result, 'tr')).toEqual({
      outcome: 'mismatch',
      mismatch: turkish,
      mismatchReason: reason,
    })
  })

  it('says a match the same way in every locale', () => {
    expect(compareExpected('paid', payment('SUCCEEDED'), 'tr')).toEqual({ outcome: 'match' })
  })

  it('refuses an expectation it does not know', () => {
    expect(() => compareExpected('shipped' as ExpectedState, payment('SUCCEEDED'))).toThrow(
      'unknown expected state shipped',
    )
  })
})
