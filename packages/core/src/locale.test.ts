import { describe, expect, it } from 'vitest'
import { isLocale, LOCALES, localizeReason, type Message, type ReasonOf, renderReason } from './locale'

const catalog = {
  'acme.paid': {
    en: () => 'The payment was received.',
    tr: () => 'Ödeme alındı.',
  },
  'acme.refunded': {
    en: ({ amount }: { amount: string }) => `${amount} was refunded.`,
    tr: ({ amount }: { amount: string }) => `${amount} iade edildi.`,
  },
} satisfies Record<string, Message<never> | Message<{ amount: string }>>

describe('locale', () => {
  it('knows exactly en and tr', () => {
    expect(LOCALES).toEqual(['en', 'tr'])
    expect(LOCALES.every(isLocale)).toBe(true)
    expect(isLocale('TR')).toBe(false)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })

  it('renders a reason in the locale asked, with its parameters', () => {
    const refunded: ReasonOf<typeof catalog> = { reason: 'acme.refunded', params: { amount: '10.00 TRY' } }
    expect(renderReason(catalog, refunded, 'en')).toBe('10.00 TRY was refunded.')
    expect(renderReason(catalog, refunded, 'tr')).toBe('10.00 TRY iade edildi.')
    expect(localizeReason(catalog, { reason: 'acme.paid' })).toEqual({
      en: 'The payment was received.',
      tr: 'Ödeme alındı.',
    })
  })
})
