import type { Message, MessageCatalog } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { catalogGaps } from './catalog-gaps'

describe('catalogGaps', () => {
  it('finds nothing in a complete catalog, rendering each sample', () => {
    const catalog = {
      'acme.paid': { en: () => 'Paid.', tr: () => 'Ödendi.' },
      'acme.said': {
        en: ({ word }: { word: string }) => `acme said ${word}.`,
        tr: ({ word }: { word: string }) => `acme ${word} dedi.`,
      },
    } satisfies Record<string, Message<never> | Message<{ word: string }>>
    expect(catalogGaps('acme', catalog, { 'acme.said': [{ word: 'x' }, { word: '' }] })).toEqual([])
  })

  it('names every gap: an English text left in Turkish, an empty one, one that throws, a malformed reason', () => {
    const catalog: MessageCatalog = {
      'acme.same': { en: () => 'Paid.', tr: () => 'Paid.' },
      'acme.empty': { en: () => 'Declined.', tr: () => ' ' },
      'acme.throws': {
        en: () => 'Refunded.',
        tr: () => {
          throw new RangeError('no')
        },
      },
      'other.thing': { en: () => 'Other.', tr: () => 'Başka.' },
      'acme.CamelCase': { en: () => 'Camel.', tr: () => 'Deve.' },
      'acme.half': { en: () => 'Half.' } as unknown as Message,
    }
    expect(catalogGaps('acme', catalog, {})).toEqual([
      'acme.same: tr is the English text',
      'acme.empty: empty in tr',
      'acme.throws: tr threw RangeError',
      'other.thing: not a acme.<snake_case> reason',
      'acme.CamelCase: not a acme.<snake_case> reason',
      'acme.half: tr threw TypeError',
    ])
  })

  it('fails an entry whose translation drops out for one of its samples only', () => {
    const catalog = {
      'acme.count': {
        en: ({ n }: { n: number }) => `${n} items.`,
        tr: ({ n }: { n: number }) => (n === 1 ? '1 items.' : `${n} ürün.`),
      },
    }
    expect(catalogGaps('acme', catalog, { 'acme.count': [{ n: 2 }, { n: 1 }] })).toEqual([
      'acme.count: tr is the English text',
    ])
  })
})
