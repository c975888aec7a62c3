import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { fakePayment } from '../__test__/fake-provider'
import { expectExplainedInBothLocales, refusedInBothLocales } from './expect-locales'

const catalog = {
  'fake.paid': { en: () => 'Paid.', tr: () => 'Ödendi.' },
  'fake.note': { en: () => 'Checked.', tr: () => 'Kontrol edildi.' },
}
const said = (explanation: string) => ({ ...fakePayment('SUCCEEDED'), reason: 'fake.paid', explanation })
const refusal = (message: { en: string; tr: string }, locale: 'en' | 'tr', reason = 'fake.gone') =>
  Promise.reject(new DurumError({ code: 'not_found', reason, message, locale }))

describe('expectExplainedInBothLocales', () => {
  it('passes results that read as the catalog writes the rule and its notes', () => {
    expectExplainedInBothLocales(
      catalog,
      { tr: said('Ödendi. Kontrol edildi.'), en: said('Paid. Checked.') },
      [{ reason: 'fake.paid' }, { reason: 'fake.note' }],
    )
  })

  it('fails an English text given for Turkish', () => {
    expect(() =>
      expectExplainedInBothLocales(catalog, { tr: said('Paid.'), en: said('Paid.') }, [
        { reason: 'fake.paid' },
      ]),
    ).toThrow(/Ödendi/)
  })
})

describe('refusedInBothLocales', () => {
  const message = { en: 'No payment.', tr: 'Ödeme yok.' }

  it('returns the Turkish refusal when code and reason agree and the messages differ', async () => {
    const turkish = await refusedInBothLocales(refusal(message, 'tr'), refusal(message, 'en'))
    expect([turkish.reason, turkish.message]).toEqual(['fake.gone', 'Ödeme yok.'])
  })

  it('fails a refusal left in English, or one whose reason changes with the language', async () => {
    await expect(refusedInBothLocales(refusal(message, 'en'), refusal(message, 'en'))).rejects.toThrow(
      /No payment/,
    )
    await expect(
      refusedInBothLocales(refusal(message, 'tr'), refusal(message, 'en', 'fake.other')),
    ).rejects.toThrow(/fake\.other/)
  })
})
