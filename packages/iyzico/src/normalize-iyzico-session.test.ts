import { NormalizedSessionSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText, readFixture } from './__test__/test-fixtures'
import { IyzicoTokenizationSessionSchema } from './iyzico-schemas'
import { normalizeIyzicoSession } from './normalize-iyzico-session'

describe('normalizeIyzicoSession', () => {
  it.each([
    ['PASSIVE', 'CARD_PAYMENT', 'INACTIVE', 'card'],
    ['ACTIVE', 'FUND', 'ACTIVE', 'wallet_balance'],
    ['SUSPENDED', 'CRYPTO', 'UNKNOWN', 'unknown'],
  ])('sessionStatus %s, paymentType %s → %s, %s', (sessionStatus, paymentType, status, method) => {
    const text = fixtureText('session.success.passive-card.docs.json')
      .replace('"PASSIVE"', `"${sessionStatus}"`)
      .replace('"CARD_PAYMENT"', `"${paymentType}"`)
    const session = normalizeIyzicoSession(readFixture(IyzicoTokenizationSessionSchema, text))
    expect(v.safeParse(NormalizedSessionSchema, session).issues).toBeUndefined()
    expect(session).toMatchObject({
      kind: 'session',
      status,
      paymentMethod: method,
      rawStatus: `${sessionStatus} ${paymentType}`,
      sessionToken: 'f2f06a82-6480-4d2b-811d-93168ddce577',
      memberId: '702831f3-1cc6-4b25-ad2b-878afc64f408',
      checkedAt: '2026-04-06T13:34:02.206+03:00',
    })
  })
})
