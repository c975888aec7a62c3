import { parseJson } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/paytr-test-kit'
import { PaytrStatusBodySchema, parsePaytrAmount, paytrCurrency } from './paytr-schemas'

const read = (json: string) => v.safeParse(PaytrStatusBodySchema, parseJson(json))
const returnItem = {
  return_amount: '1',
  return_date: '2021-03-25 23:45:22',
  return_type: '',
  date_completed: '2021-03-25 23:46:02',
  return_auth_code: '',
  return_ref_num: '',
  reference_no: '111111111111111',
  return_source: '',
}

describe('parsePaytrAmount', () => {
  it.each([
    ['10,8', '10.80'],
    ['9.76', '9.76'],
    ['899', '899.00'],
    ['899,00', '899.00'],
    [' 0.24 ', '0.24'],
  ])('reads %j as %s', (text, canonical) => {
    expect(parsePaytrAmount(text)).toBe(canonical)
  })

  it('reads a JSON number exactly', () => {
    expect(parsePaytrAmount(parseJson('12.5') as number)).toBe('12.50')
  })

  it.each(['1.250,00', '1.250', '10,800', '-1', '1,2,3', '', '1e3'])(
    'refuses %j as response_format',
    (text) => {
      expect(() => parsePaytrAmount(text)).toThrowError(
        expect.objectContaining({
          code: 'response_format',
          message: `"${text.trim()}" is not a PayTR amount (like "10,8" or "9.76"); durum reads amounts exactly and does not guess.`,
        }),
      )
    },
  )
})

describe('paytrCurrency', () => {
  it('reads TL as TRY and keeps the documented ISO codes', () => {
    expect(['TL', 'TRY', 'EUR', 'USD', 'GBP', 'RUB', 'tl'].map(paytrCurrency)).toEqual([
      'TRY',
      'TRY',
      'EUR',
      'USD',
      'GBP',
      'RUB',
      'TRY',
    ])
  })

  it('refuses what is no currency code', () => {
    expect(() => paytrCurrency('Türk Lirası')).toThrowError(
      expect.objectContaining({ code: 'response_format' }),
    )
  })
})

describe('PaytrStatusBodySchema', () => {
  it('reads the documented success body: exact amounts, TRY, Istanbul time, test_mode', () => {
    const result = read(fixtureText('durum-sorgu.success-with-return.docs.json'))
    expect(result.success).toBe(true)
    expect(result.output).toEqual({
      status: 'success',
      payment_amount: '10.80',
      payment_total: '10.80',
      currency: 'TRY',
      payment_date: '2021-01-01T23:59:59+03:00',
      taksit: 0,
      kart_marka: 'WORD',
      masked_pan: '455359AAA6747',
      odeme_tipi: 'KART',
      test_mode: false,
      net_tutar: '9.76',
      kesinti_tutari: '0.24',
      returns: [
        {
          return_amount: '1.00',
          return_date: '2021-03-25T23:45:22+03:00',
          date_completed: '2021-03-25T23:46:02+03:00',
          return_type: '',
          return_ref_num: '',
          reference_no: '111111111111111',
        },
      ],
    })
  })

  it('reads a date alone (the store table’s payment_date) as no moment', () => {
    const result = read(fixtureText('durum-sorgu.success.store-table-date.docs.json'))
    expect(result.success && result.output.status === 'success' ? result.output.payment_date : 'failed').toBe(
      undefined,
    )
  })

  it.each(['', null, '0000-00-00 00:00:00'])('reads date_completed %j as not completed', (dateCompleted) => {
    const body = {
      ...JSON.parse(fixtureText('durum-sorgu.success.docs.json')),
      returns: [{ ...returnItem, date_completed: dateCompleted }],
    }
    const result = read(JSON.stringify(body))
    expect(
      result.success && result.output.status === 'success'
        ? result.output.returns[0]?.date_completed
        : 'failed',
    ).toBe(undefined)
  })

  it('reads a return_amount sent as a number', () => {
    const body = {
      ...JSON.parse(fixtureText('durum-sorgu.success.docs.json')),
      returns: [{ ...returnItem, return_amount: 5.8 }],
    }
    const result = read(JSON.stringify(body))
    expect(
      result.success && result.output.status === 'success'
        ? result.output.returns[0]?.return_amount
        : 'failed',
    ).toBe('5.80')
  })

  it('reads 004 with its text, and any undocumented status as another body', () => {
    expect(read(fixtureText('durum-sorgu.error-004-no-transaction.docs.json')).output).toEqual({
      status: 'error',
      err_no: '004',
      err_msg: 'merchant_oid ile islem bulunamadi',
    })
    expect(read('{"status":"failed","err_msg":"x"}').output).toEqual({
      status: 'other',
      paytrStatus: 'failed',
    })
  })

  it('refuses a success body without the amounts it is judged by', () => {
    const { payment_total: _, ...body } = JSON.parse(fixtureText('durum-sorgu.success.docs.json'))
    expect(read(JSON.stringify(body)).success).toBe(false)
  })
})

describe('fields the status does not rest on', () => {
  it('reads them empty as absent (an EFT payment has no instalments), and the amounts still strictly', () => {
    const body = {
      ...JSON.parse(fixtureText('durum-sorgu.success.docs.json')),
      odeme_tipi: 'EFT',
      taksit: '',
      kart_marka: '',
      masked_pan: '',
      test_mode: '',
      net_tutar: '',
      kesinti_tutari: '',
    }
    const result = read(JSON.stringify(body))
    expect(result.success ? result.output : result.issues).toEqual({
      status: 'success',
      payment_amount: '10.80',
      payment_total: '10.80',
      currency: 'TRY',
      payment_date: '2021-01-01T23:59:59+03:00',
      taksit: undefined,
      kart_marka: '',
      masked_pan: '',
      odeme_tipi: 'EFT',
      test_mode: undefined,
      net_tutar: undefined,
      kesinti_tutari: undefined,
      returns: [],
    })
    expect(read(JSON.stringify({ ...body, payment_total: '' })).success).toBe(false)
  })

  it('still refuses one that is there and unreadable', () => {
    const body = { ...JSON.parse(fixtureText('durum-sorgu.success.docs.json')), taksit: 'iki' }
    expect(read(JSON.stringify(body)).success).toBe(false)
  })
})
