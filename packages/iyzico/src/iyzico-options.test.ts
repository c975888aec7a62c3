import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { resolveIyzicoOptions } from './iyzico-options'

function refusal(options: Record<string, unknown>): DurumError {
  try {
    resolveIyzicoOptions(options as Parameters<typeof resolveIyzicoOptions>[0])
  } catch (error) {
    if (DurumError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a DurumError, got none')
}

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
    const error = refusal(options)
    expect([error.code, error.reason, error.message, error.messages?.tr]).toEqual([
      'validation',
      'core.invalid_option',
      english,
      turkish,
    ])
  })
})
