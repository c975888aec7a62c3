import { LOCALES } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { CLI_MESSAGES } from './cli-messages'

/** Stands in for any parameter: each one reads as its own name, so a sentence shows where it goes. */
const anyParams = new Proxy({}, { get: (_, name) => `<${String(name)}>` })

describe('the CLI catalog', () => {
  for (const [key, message] of Object.entries(CLI_MESSAGES)) {
    it(`${key} is written in both languages, the Turkish one translated`, () => {
      const texts = LOCALES.map((locale) => (message[locale] as (params: unknown) => string)(anyParams))
      for (const text of texts) expect(text.trim()).not.toBe('')
      expect(texts[1]).not.toBe(texts[0])
    })
  }
})
