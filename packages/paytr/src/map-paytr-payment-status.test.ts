import { parseJson, renderReason } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { mapPaytrStatus, type PaytrStatusContext } from './map-paytr-payment-status'
import { PAYTR_MESSAGES } from './paytr-messages'
import { type PaytrPaidBody, PaytrStatusBodySchema } from './paytr-schemas'
import { paytrScenarios } from './testing/paytr-scenarios'

const checkedAt = '2026-12-07T10:00:00+03:00'

/** A scenario's body read as the client reads it: losslessly, then by the schema. */
function bodyOf(name: string) {
  const scenario = paytrScenarios.find((candidate) => candidate.name === name)
  if (scenario === undefined) throw new Error(`no scenario ${name}`)
  return {
    body: v.parse(PaytrStatusBodySchema, parseJson(JSON.stringify(scenario.body))),
    context: { checkedAt, payableUntil: scenario.query.payableUntil } satisfies PaytrStatusContext,
  }
}

/** A success scenario's body, typed as one. */
function paidBodyOf(name: string): PaytrPaidBody {
  const { body } = bodyOf(name)
  if (body.status !== 'success') throw new Error(`${name} is not a success body`)
  return body
}

/** One row per mapping row (README, "What each answer means"), explanation word for word in both languages. */
const rows = [
  {
    scenario: 'paid',
    status: 'SUCCEEDED',
    rawStatus: 'success',
    reason: 'paytr.paid',
    en: 'PayTR reports a successful payment of 10.80 TRY for this order, with no refund.',
    tr: 'PayTR bu sipariş için 10,80 TRY tutarında başarılı bir ödeme bildiriyor; iade yok.',
  },
  {
    scenario: 'paid-instalments',
    status: 'SUCCEEDED',
    rawStatus: 'success',
    reason: 'paytr.paid',
    en: 'PayTR reports a successful payment of 108.15 TRY for this order, with no refund.',
    tr: 'PayTR bu sipariş için 108,15 TRY tutarında başarılı bir ödeme bildiriyor; iade yok.',
  },
  {
    scenario: 'partially-refunded',
    status: 'PARTIALLY_REFUNDED',
    rawStatus: 'success returns=1',
    reason: 'paytr.partially_refunded',
    refundedAmount: '1.00',
    en: 'PayTR reports a successful payment of 10.80 TRY, of which 1.00 TRY has been refunded (completed refunds).',
    tr: 'PayTR 10,80 TRY tutarında başarılı bir ödeme bildiriyor; bunun 1,00 TRY tutarı iade edildi (tamamlanan iadeler).',
  },
  {
    scenario: 'refunded',
    status: 'REFUNDED',
    rawStatus: 'success returns=2',
    reason: 'paytr.refunded',
    refundedAmount: '10.80',
    en: "PayTR's completed refunds (10.80 TRY) cover all the customer paid (10.80 TRY): the payment is refunded in full, do not ship.",
    tr: "PayTR'nin tamamlanan iadeleri (10,80 TRY) müşterinin ödediği tutarın (10,80 TRY) tamamını karşılıyor: ödeme tamamen iade edildi, ürünü göndermeyin.",
  },
  {
    scenario: 'refunded-order-amount',
    status: 'REFUNDED',
    rawStatus: 'success returns=1',
    reason: 'paytr.refunded_order_amount',
    refundedAmount: '100.00',
    en: "PayTR's completed refunds (100.00 TRY) reach the order amount (100.00 TRY), though the customer paid 108.15 TRY with the instalment surcharge: the order is refunded, do not ship.",
    tr: "PayTR'nin tamamlanan iadeleri (100,00 TRY) sipariş tutarına (100,00 TRY) ulaşıyor; müşteri taksit farkıyla 108,15 TRY ödemişti: sipariş iade edildi, ürünü göndermeyin.",
  },
  {
    scenario: 'refund-not-completed',
    status: 'UNKNOWN',
    rawStatus: 'success returns=1 (1 not completed)',
    reason: 'paytr.refund_pending',
    en: 'PayTR lists a refund of 10.80 TRY that it has not completed yet (no date_completed): until it does, the payment can be counted neither as paid nor as refunded. Do not ship; ask again later.',
    tr: 'PayTR 10,80 TRY tutarında bir iadeyi listeliyor ancak henüz tamamlamadı (date_completed yok): iade tamamlanana kadar ödeme ne ödenmiş ne de iade edilmiş sayılabilir. Ürünü göndermeyin; daha sonra yeniden sorgulayın.',
  },
  {
    scenario: 'no-successful-payment',
    status: 'PENDING',
    rawStatus: 'error 004: merchant_oid ile basarili odeme bulunamadi',
    reason: 'paytr.no_successful_payment',
    en: 'PayTR has no successful payment for this order (004 "merchant_oid ile basarili odeme bulunamadi"): the customer may still be paying, or the payment was declined or abandoned, which PayTR\'s status query cannot tell apart. Do not ship; a failed notification gives the reason.',
    tr: 'PayTR\'de bu sipariş için başarılı bir ödeme yok (004 "merchant_oid ile basarili odeme bulunamadi"): müşteri hâlâ ödüyor olabilir ya da ödeme reddedilmiş veya yarıda bırakılmış olabilir; PayTR\'nin durum sorgusu bunları ayırt edemez. Ürünü göndermeyin; nedeni başarısız ödeme bildiriminde yazar.',
  },
  {
    scenario: 'no-transaction',
    status: 'PENDING',
    rawStatus: 'error 004: merchant_oid ile islem bulunamadi',
    reason: 'paytr.no_successful_payment',
    en: 'PayTR has no successful payment for this order (004 "merchant_oid ile islem bulunamadi"): the customer may still be paying, or the payment was declined or abandoned, which PayTR\'s status query cannot tell apart. Do not ship; a failed notification gives the reason.',
    tr: 'PayTR\'de bu sipariş için başarılı bir ödeme yok (004 "merchant_oid ile islem bulunamadi"): müşteri hâlâ ödüyor olabilir ya da ödeme reddedilmiş veya yarıda bırakılmış olabilir; PayTR\'nin durum sorgusu bunları ayırt edemez. Ürünü göndermeyin; nedeni başarısız ödeme bildiriminde yazar.',
  },
  {
    scenario: 'no-payment-window-open',
    status: 'PENDING',
    rawStatus: 'error 004: merchant_oid ile basarili odeme bulunamadi',
    reason: 'paytr.awaiting_payment',
    en: 'PayTR has no successful payment for this order yet (004 "merchant_oid ile basarili odeme bulunamadi"), and its payment window is open until 2099-12-31T23:59:59+03:00: the customer may still pay. Do not ship yet.',
    tr: 'PayTR\'de bu sipariş için henüz başarılı bir ödeme yok (004 "merchant_oid ile basarili odeme bulunamadi") ve ödeme süresi 2099-12-31T23:59:59+03:00 zamanına kadar açık: müşteri hâlâ ödeyebilir. Ürünü henüz göndermeyin.',
  },
  {
    scenario: 'no-payment-after-deadline',
    status: 'UNKNOWN',
    rawStatus: 'error 004: merchant_oid ile basarili odeme bulunamadi',
    reason: 'paytr.no_payment_by_deadline',
    en: 'PayTR still has no successful payment for this order (004 "merchant_oid ile basarili odeme bulunamadi") though its payment window closed at 2021-01-01T00:30:00+03:00: it was most likely declined or abandoned, but the status query cannot prove a failure. Treat the order as unpaid and do not ship; the PayTR panel or the failed notification gives the reason.',
    tr: 'Ödeme süresi 2021-01-01T00:30:00+03:00 zamanında dolduğu hâlde PayTR\'de bu sipariş için hâlâ başarılı bir ödeme yok (004 "merchant_oid ile basarili odeme bulunamadi"): büyük olasılıkla reddedildi ya da yarıda bırakıldı, ancak durum sorgusu başarısızlığı kanıtlayamaz. Siparişi ödenmemiş sayın ve ürünü göndermeyin; nedeni PayTR panelinde ya da başarısız ödeme bildiriminde yazar.',
  },
  {
    scenario: 'undocumented-status',
    status: 'UNKNOWN',
    rawStatus: 'failed',
    reason: 'paytr.unknown_status',
    en: 'PayTR answered status "failed", which this version does not know; nothing proves a payment, so check the order in the PayTR panel before shipping.',
    tr: 'PayTR "failed" durumuyla yanıt verdi; bu sürüm bu durumu tanımıyor. Ödemeyi kanıtlayan bir şey yok; ürünü göndermeden önce siparişi PayTR panelinden kontrol edin.',
  },
] as const

describe('mapPaytrStatus', () => {
  it.each(rows)('$scenario → $status ($reason)', (row) => {
    const { body, context } = bodyOf(row.scenario)
    const decision = mapPaytrStatus(body, context)
    expect(decision.status).toBe(row.status)
    expect(decision.rawStatus).toBe(row.rawStatus)
    expect(decision.reason.reason).toBe(row.reason)
    expect(decision.refundedAmount).toBe('refundedAmount' in row ? row.refundedAmount : undefined)
    expect(renderReason(PAYTR_MESSAGES, decision.reason, 'en')).toBe(row.en)
    expect(renderReason(PAYTR_MESSAGES, decision.reason, 'tr')).toBe(row.tr)
  })

  it('covers every scenario of the simulator', () => {
    expect(rows.map((row) => row.scenario)).toEqual(
      paytrScenarios
        .filter((scenario) => scenario.name !== 'paid-test-mode')
        .map((scenario) => scenario.name),
    )
  })

  it('counts a completed refund and not the one in progress: still not paid or refunded while one is pending', () => {
    const body = paidBodyOf('refunded')
    const [done] = body.returns
    if (done === undefined) throw new Error('expected a return')
    const decision = mapPaytrStatus(
      { ...body, returns: [done, { ...done, date_completed: undefined }] },
      { checkedAt },
    )
    expect(decision).toEqual({
      status: 'UNKNOWN',
      rawStatus: 'success returns=2 (1 not completed)',
      reason: { reason: 'paytr.refund_pending', params: { pending: { amount: '5.80', currency: 'TRY' } } },
      refundedAmount: '5.80',
    })
  })

  it('reads a window closing exactly when PayTR answered as still open', () => {
    const { body } = bodyOf('no-successful-payment')
    const decision = mapPaytrStatus(body, { checkedAt, payableUntil: '2026-12-07T07:00:00Z' })
    expect(decision.status).toBe('PENDING')
    expect(decision.reason.reason).toBe('paytr.awaiting_payment')
  })

  it('treats refunds summing to zero as no refund', () => {
    const body = paidBodyOf('partially-refunded')
    const returns = body.returns.map((item) => ({ ...item, return_amount: '0.00' }))
    expect(mapPaytrStatus({ ...body, returns }, { checkedAt })).toEqual({
      status: 'SUCCEEDED',
      rawStatus: 'success returns=1',
      reason: { reason: 'paytr.paid', params: { paid: { amount: '10.80', currency: 'TRY' } } },
    })
  })
})
