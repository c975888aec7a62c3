import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { acmeScenarios } from './acme-scenarios'
import { AcmePaymentBodySchema } from './acme-schemas'
import { normalizeAcmePayment } from './normalize-acme-answer'

const checkedAt = '2026-11-23T10:20:00+03:00'
const bodyOf = (name: string) =>
  v.parse(AcmePaymentBodySchema, acmeScenarios.find((scenario) => scenario.name === name)?.body)

describe('normalizeAcmePayment', () => {
  it('a paid payment: exact money, the state kept as rawStatus, raw as the kit gave it', () => {
    const raw = { id: 'pay-paid' }
    expect(normalizeAcmePayment(bodyOf('payment paid'), { raw, checkedAt, locale: 'en' })).toEqual({
      kind: 'payment',
      provider: 'acme',
      source: 'acme.payment-status',
      status: 'SUCCEEDED',
      rawStatus: 'paid',
      explanation: 'acme state "paid": the payment was captured.',
      reason: 'acme.paid',
      ids: { paymentId: 'pay-paid' },
      amount: { amount: '1250.00', currency: 'TRY' },
      paidAmount: { amount: '1250.00', currency: 'TRY' },
      occurredAt: '2026-11-23T10:15:00+03:00',
      checkedAt,
      raw,
    })
  })

  it('explains in Turkish when asked, the reason the same', () => {
    const payment = normalizeAcmePayment(bodyOf('payment paid'), { raw: {}, checkedAt, locale: 'tr' })
    expect(payment).toMatchObject({ reason: 'acme.paid', explanation: 'acme durumu "paid": ödeme alındı.' })
  })

  it('a declined payment carries its failure, and no paid amount it was not given', () => {
    const payment = normalizeAcmePayment(bodyOf('payment declined'), { raw: {}, checkedAt, locale: 'en' })
    expect(payment.failure).toEqual({ category: 'declined', message: 'insufficient funds' })
    expect('paidAmount' in payment).toBe(false)
  })
})
