import { catalogGaps } from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { reconcileMessages } from './reconcile-messages'

describe('reconcileMessages', () => {
  it('has every mismatch in English and Turkish, each reason reconcile.<snake_case>', () => {
    expect(
      catalogGaps('reconcile', reconcileMessages, {
        'reconcile.status_differs': [{ expected: 'paid', status: 'REFUNDED' }],
        'reconcile.wrong_kind': [
          { expected: 'active', status: 'SUCCEEDED', kind: 'payment' },
          { expected: 'paid', status: 'ACTIVE', kind: 'session' },
        ],
        'reconcile.refunds_unchecked': [{ expected: 'paid' }],
        'reconcile.not_proven_paid': [
          { expected: 'paid', status: 'SUCCEEDED', reason: 'iyzico.item_review' },
          { expected: 'paid', status: 'SUCCEEDED', reason: undefined },
        ],
      }),
    ).toEqual([])
  })
})
