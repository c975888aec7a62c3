import { describe, expect, it } from 'vitest'
import {
  canonicalStatusText,
  ESNEKPOS_STATUS_IDS,
  ESNEKPOS_STATUS_TEXTS,
  readEsnekposStatus,
} from './esnekpos-transaction-status'

describe('canonicalStatusText', () => {
  it('composes decomposed letters, trims and collapses whitespace', () => {
    const decomposed = 'O\u0308deme \t-\u00a0 Bas\u0327ar\u0131l\u0131 '
    expect(canonicalStatusText(decomposed)).toBe('Ödeme - Başarılı')
  })

  it('leaves every text of the table as it is, so an exact lookup agrees with a canonical one', () => {
    for (const text of ESNEKPOS_STATUS_TEXTS.keys()) expect(canonicalStatusText(text)).toBe(text)
  })
})

describe('readEsnekposStatus by text', () => {
  it.each([
    ['Ödeme - Bekliyor', 'payment_pending'],
    ['Ödeme - 3D Doğrulama Bekleniyor', 'payment_awaiting_3d'],
    ['Ödeme - Başarılı', 'payment_succeeded'],
    ['Ödeme - Başarısız', 'payment_failed'],
    ['İptal - Başarılı', 'cancel_succeeded'],
    ['İptal - Başarısız', 'cancel_failed'],
    ['İade - Başarılı', 'refund_succeeded'],
    ['İade - Başarısız', 'refund_failed'],
    ['Odeme Basarili', 'payment_succeeded'],
  ])('%s → %s', (statusText, status) => {
    expect(readEsnekposStatus({ statusText })).toEqual({ status, basis: 'status_text' })
  })

  it('matches after NFC normalisation and whitespace collapsing', () => {
    expect(readEsnekposStatus({ statusText: '  O\u0308deme  -  Bas\u0327ar\u0131l\u0131\n' })).toEqual({
      status: 'payment_succeeded',
      basis: 'status_text',
    })
  })

  it.each([
    'Ödeme - Başarılı değil',
    'Başarılı',
    'Ödeme - Başarılı.',
    'ödeme - başarılı',
    'ÖDEME - BAŞARILI',
    'Ödeme-Başarılı',
    'Odeme - Basarili',
    'Odeme Basarisiz',
    'Ödeme - İade Başarılı',
    '',
    ' ',
  ])('never matches a near miss or substring: %j is unknown', (statusText) => {
    expect(readEsnekposStatus({ statusText })).toEqual({ status: 'unknown', reason: 'unrecognised' })
  })
})

describe('readEsnekposStatus with STATUS_ID', () => {
  it.each([...ESNEKPOS_STATUS_IDS])(
    'STATUS_ID %i → %s whatever the text says when the text is unknown',
    (id, status) => {
      expect(readEsnekposStatus({ statusId: id, statusText: 'Yeni bir metin' })).toEqual({
        status,
        basis: 'status_id',
      })
    },
  )

  it('agrees with a matching text', () => {
    expect(readEsnekposStatus({ statusId: 3, statusText: 'Odeme Basarili' })).toEqual({
      status: 'payment_succeeded',
      basis: 'status_id',
    })
  })

  it('refuses to choose when a recognised text contradicts the id', () => {
    expect(readEsnekposStatus({ statusId: 3, statusText: 'Ödeme - Başarısız' })).toEqual({
      status: 'unknown',
      reason: 'conflict',
    })
  })

  it('treats an id outside the table as unknown even beside a success text', () => {
    expect(readEsnekposStatus({ statusId: 9, statusText: 'Ödeme - Başarılı' })).toEqual({
      status: 'unknown',
      reason: 'unrecognised',
    })
  })

  it('gives every id a text that reads the same', () => {
    const texts = new Map<string, string[]>()
    for (const [text, status] of ESNEKPOS_STATUS_TEXTS)
      texts.set(status, [...(texts.get(status) ?? []), text])
    for (const [, status] of ESNEKPOS_STATUS_IDS) expect(texts.get(status)?.length).toBeGreaterThan(0)
  })
})
