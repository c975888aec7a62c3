import { describe, expect, it } from 'vitest'
import { DEMO_MESSAGES, type DemoReason, demoError } from './demo-messages'

// One set of parameters per entry, so every sentence is written out in both languages.
const SAMPLES: { [R in DemoReason]: Parameters<(typeof DEMO_MESSAGES)[R]['en']>[0] } = {
  'demo.provider_missing': { providers: ['iyzico', 'paytr'] },
  'demo.provider_unknown': { provider: 'paypal', providers: ['iyzico', 'paytr'] },
  'demo.id_type_unknown': { provider: 'paytr', by: 'paymentId', fields: ['merchantOid'] },
  'demo.value_missing': { label: 'paymentId' },
  'demo.session_part_missing': { param: 'sessionPaymentId' },
  'demo.foreign_id': { param: 'orderReference', owner: 'esnekpos', provider: 'iyzico', fields: 'paymentId' },
  'demo.id_missing': { fields: 'merchantOid' },
  'demo.ids_conflict': { params: ['paymentId', 'checkoutFormToken'] },
  'demo.id_empty': { param: 'paymentId' },
  'demo.option_foreign': { param: 'payableUntil', owner: 'paytr', provider: 'iyzico' },
  'demo.param_repeated': { param: 'paymentId', times: 2 },
  'demo.ids_missing': undefined,
  'demo.too_many_ids': { count: 1001, max: 1000 },
  'demo.ids_provider_missing': { providers: ['iyzico', 'paytr'] },
  'demo.ids_type_missing': { provider: 'esnekpos', fields: ['sendPaymentRequestId', 'orderReference'] },
  'demo.csv_line': { line: 3, message: 'x' },
}

describe('the demo’s own messages', () => {
  it.each(Object.keys(DEMO_MESSAGES) as DemoReason[])('%s is written in English and in Turkish', (reason) => {
    const error = (lang: 'en' | 'tr') => demoError(lang, reason, 'field', SAMPLES[reason] as never)
    const [english, turkish] = [error('en'), error('tr')]
    expect(english.message.trim()).not.toBe('')
    expect(turkish.message.trim()).not.toBe('')
    expect(turkish.message).not.toBe(english.message)
    expect([english.reason, turkish.reason]).toEqual([reason, reason])
    expect([english.code, english.field]).toEqual(['validation', 'field'])
  })

  it('says what is missing in plain Turkish', () => {
    expect(demoError('tr', 'demo.ids_missing', 'queries', undefined).message).toBe(
      'Kimlik verilmedi: kimlikleri yapıştırın ya da bir CSV dosyası yükleyin.',
    )
    expect(
      demoError('tr', 'demo.csv_line', 'line 3: paymentId', { line: 3, message: 'paymentId boş.' }).message,
    ).toBe('3. satır: paymentId boş.')
  })
})
