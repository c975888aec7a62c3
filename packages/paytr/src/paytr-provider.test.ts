import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'
import { refusedInBothLocales } from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { failure, serveFixture, store } from './__test__/paytr-test-kit'
import { paytr } from './paytr-provider'
import { createPaytrSimulator } from './testing/paytr-simulator'

function setup(locale?: 'en' | 'tr') {
  const simulator = createPaytrSimulator(store)
  const durum = createStatusNormalizer({
    providers: [paytr({ ...store, fetch: simulator.fetch, retry: false })],
    ...(locale === undefined ? {} : { locale }),
  })
  return { simulator, durum }
}

describe('paytr provider: every doc-derived body (src/__fixtures__)', () => {
  it.each([
    ['durum-sorgu.success.docs.json', 'SUCCEEDED', 'paytr.paid', true],
    ['durum-sorgu.success-with-return.docs.json', 'PARTIALLY_REFUNDED', 'paytr.partially_refunded', true],
    ['durum-sorgu.success.store-table-date.docs.json', 'SUCCEEDED', 'paytr.paid', true],
    [
      'durum-sorgu.error-004-no-successful-payment.docs.json',
      'PENDING',
      'paytr.no_successful_payment',
      false,
    ],
    ['durum-sorgu.error-004-no-transaction.docs.json', 'PENDING', 'paytr.no_successful_payment', false],
  ])('%s → %s (%s)', async (fixture, status, reason, paid) => {
    const { simulator, durum } = setup()
    serveFixture(simulator, fixture)
    const result = await durum.getStatus({ provider: 'paytr', merchantOid: 'SIP20210101A1' })
    expect([result.status, result.reason, isPaid(result)]).toEqual([status, reason, paid])
  })

  it.each([
    ['durum-sorgu.error-001-invalid-request.docs.json', 'validation'],
    ['durum-sorgu.error-002-invalid-merchant-oid.docs.json', 'validation'],
    ['durum-sorgu.error-003-invalid-token.docs.json', 'authentication'],
  ])('%s → %s', async (fixture, code) => {
    const { simulator, durum } = setup()
    serveFixture(simulator, fixture)
    const error = await failure(durum.getStatus({ provider: 'paytr', merchantOid: 'SIP20210101A1' }))
    expect([error.code, error.provider]).toEqual([code, 'paytr'])
  })

  it('keeps a documented refusal a refusal behind an HTTP error status too', async () => {
    const { simulator, durum } = setup()
    serveFixture(simulator, 'durum-sorgu.error-003-invalid-token.docs.json', 401)
    expect((await failure(durum.getStatus({ provider: 'paytr', merchantOid: 'SIP1' }))).code).toBe(
      'authentication',
    )
  })
})

describe('paytr provider', () => {
  it('keeps test_mode on the result', async () => {
    const { durum } = setup()
    const [live, test] = await Promise.all([
      durum.getStatus({ provider: 'paytr', merchantOid: 'PAYTR0001PAID' }),
      durum.getStatus({ provider: 'paytr', merchantOid: 'PAYTR0003TEST' }),
    ])
    expect([live.testMode, test.testMode]).toEqual([false, true])
  })

  it('explains in the locale of the normalizer or of the call, errors included', async () => {
    const { durum } = setup('tr')
    const result = await durum.getStatus({ provider: 'paytr', merchantOid: 'PAYTR0002TAKSIT' })
    expect(result.explanation).toBe(
      'PayTR bu sipariş için 108,15 TRY tutarında başarılı bir ödeme bildiriyor; iade yok.',
    )
    const english = await durum.getStatus(
      { provider: 'paytr', merchantOid: 'PAYTR0002TAKSIT' },
      { locale: 'en' },
    )
    expect(english.explanation).toBe(
      'PayTR reports a successful payment of 108.15 TRY for this order, with no refund.',
    )

    const wrongKey = createStatusNormalizer({
      providers: [
        paytr({ ...store, merchantKey: 'another-key-00000', fetch: createPaytrSimulator(store).fetch }),
      ],
      locale: 'tr',
    })
    const error = await failure(wrongKey.getStatus({ provider: 'paytr', merchantOid: 'PAYTR0001PAID' }))
    expect(error.message).toBe(
      'PayTR merchant_oid "PAYTR0001PAID" sorgusundaki paytr_token değerini reddetti (err_no 003 "paytr_token gonderilmedi veya gecersiz"). merchantKey ve merchantSalt değerlerini (PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT) ve bunların merchantId\'ye ait olduğunu kontrol edin.',
    )
  })

  it('refuses an answer about another order in both languages', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({ type: 'drift', transform: (body) => ({ ...body, merchant_oid: 'ANOTHER1' }) })
    const query = { provider: 'paytr', merchantOid: 'PAYTR0001PAID' } as const
    const error = await refusedInBothLocales(
      durum.getStatus(query, { locale: 'tr' }),
      durum.getStatus(query, { locale: 'en' }),
    )
    expect([error.code, error.reason]).toEqual(['response_format', 'paytr.another_answer'])
    expect(error.message).toBe(
      'PayTR "PAYTR0001PAID" siparişi sorulduğunda "ANOTHER1" siparişi (merchant_oid) hakkında yanıt verdi, bu yüzden yanıt kullanılmadı. Yeniden deneyin; sürerse durum ile PayTR arasındaki bir şey yanıtları karıştırıyor.',
    )
  })

  it('ends the refusal of an answer that is not JSON with a hint in both languages', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({ type: 'html', status: 200 })
    const query = { provider: 'paytr', merchantOid: 'PAYTR0001PAID' } as const
    const error = await refusedInBothLocales(
      durum.getStatus(query, { locale: 'tr' }),
      durum.getStatus(query, { locale: 'en' }),
    )
    expect([error.code, error.reason]).toEqual(['response_format', 'core.answer_not_json'])
    expect(error.messages).toEqual({
      en: 'PayTR\'s answer for merchant_oid "PAYTR0001PAID" is not JSON: it may have been cut off or come from a proxy. Retry; if it persists, ask PayTR support.',
      tr: 'PayTR yanıtı (merchant_oid "PAYTR0001PAID") JSON değil: yarıda kesilmiş ya da bir proxy\'den gelmiş olabilir. Yeniden deneyin; sürerse PayTR destek ekibine başvurun.',
    })
  })

  it.each([
    [
      { merchantOid: 'SIP1', merchantOID: 'SIP1' },
      'merchantOID',
      'The paytr query is invalid at `merchantOID`: is not a field of this query. Nothing was sent to paytr.',
      'paytr sorgusu `merchantOID` alanında geçersiz: bu sorguda böyle bir alan yok. paytr tarafına hiçbir şey gönderilmedi.',
    ],
    [
      {},
      'merchantOid',
      'The paytr query is invalid at `merchantOid`: is missing. Nothing was sent to paytr.',
      'paytr sorgusu `merchantOid` alanında geçersiz: eksik. paytr tarafına hiçbir şey gönderilmedi.',
    ],
    [
      { merchantOid: 'SIP1', payableUntil: 'tomorrow' },
      'payableUntil',
      'The paytr query is invalid at `payableUntil`: must be an ISO-8601 time with its offset, like 2026-12-07T10:30:00+03:00. Nothing was sent to paytr.',
      'paytr sorgusu `payableUntil` alanında geçersiz: saat dilimi farkıyla bir ISO-8601 zamanı olmalı, örneğin 2026-12-07T10:30:00+03:00. paytr tarafına hiçbir şey gönderilmedi.',
    ],
  ])('refuses the query %j in both languages', async (query, field, english, turkish) => {
    const { simulator, durum } = setup()
    const asked = { provider: 'paytr', ...query } as unknown as Parameters<typeof durum.getStatus>[0]
    const [tr, en] = await Promise.all([
      failure(durum.getStatus(asked, { locale: 'tr' })),
      failure(durum.getStatus(asked, { locale: 'en' })),
    ])
    expect([tr.code, tr.field, tr.message]).toEqual(['validation', field, turkish])
    expect([en.code, en.field, en.message]).toEqual(['validation', field, english])
    expect(simulator.requests).toBe(0)
  })

  it('reads 004 by the payment window the query gives, never as FAILED', async () => {
    const { durum } = setup()
    const merchantOid = 'PAYTR0008NOPAYMENT'
    const statuses = await Promise.all([
      durum.getStatus({ provider: 'paytr', merchantOid }),
      durum.getStatus({ provider: 'paytr', merchantOid, payableUntil: '2099-01-01T00:00:00+03:00' }),
      durum.getStatus({ provider: 'paytr', merchantOid, payableUntil: '2020-01-01T00:00:00Z' }),
    ])
    expect(statuses.map((result) => [result.status, result.reason])).toEqual([
      ['PENDING', 'paytr.no_successful_payment'],
      ['PENDING', 'paytr.awaiting_payment'],
      ['UNKNOWN', 'paytr.no_payment_by_deadline'],
    ])
  })

  it('does not ship on a refund PayTR has not completed', async () => {
    const { durum } = setup()
    const result = await durum.getStatus({ provider: 'paytr', merchantOid: 'PAYTR0007REFUNDPENDING' })
    expect([result.status, isPaid(result), result.refundedAmount]).toEqual(['UNKNOWN', false, undefined])
  })
})
