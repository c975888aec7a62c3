import { describe, expect, it } from 'vitest'
import { engineMessages } from './engine-messages'
import { catalogGaps } from './testing/catalog-gaps'

describe('engineMessages', () => {
  it('has every sentence in English and Turkish, each reason core.<snake_case>', () => {
    expect(
      catalogGaps('core', engineMessages, { 'core.invalid_locale': [{ field: 'locale', shown: '"de"' }] }),
    ).toEqual([])
  })
})
