import { describe, expect, it } from 'vitest'
import { type IyzicoClientOptions, resolveIyzicoOptions } from './iyzico-options'

describe('iyzico options', () => {
  it.each([
    [
      { requireSignature: 'yes' },
      'The iyzico option requireSignature must be true or false.',
      'iyzico için requireSignature seçeneği true ya da false olmalı.',
    ],
    [
      { locale: 'de' },
      "The iyzico option locale must be 'tr' or 'en'.",
      "iyzico için locale seçeneği 'tr' ya da 'en' olmalı.",
    ],
    [
      { refunds: 'always' },
      "The iyzico option refunds must be 'check' or 'skip'.",
      "iyzico için refunds seçeneği 'check' ya da 'skip' olmalı.",
    ],
  ])('refuses %j in English, with the Turkish beside it', (options, english, turkish) => {
    expect(() => resolveIyzicoOptions(options as IyzicoClientOptions)).toThrow(
      expect.objectContaining({
        code: 'validation',
        reason: 'core.invalid_option',
        message: english,
        messages: { en: english, tr: turkish },
      }),
    )
  })
})
