import { describe, expect, it } from 'vitest'
import { catalogGaps } from '../testing/catalog-gaps'
import { acmeMessages } from './acme-messages'

describe('acmeMessages', () => {
  it('has every sentence in English and Turkish, each reason acme.<snake_case>', () => {
    expect(
      catalogGaps('acme', acmeMessages, {
        'acme.unknown_state': [{ state: 'on_hold' }],
        'acme.session': [{ state: 'active' }],
        'acme.not_found': [{ subject: { en: 'payment "pay-9"', tr: '"pay-9" ödemesi' } }],
        'acme.another_answer': [
          {
            subject: { en: 'payment "pay-9"', tr: '"pay-9" ödemesi' },
            field: 'id',
            asked: 'pay-9',
            answered: 'pay-8',
          },
        ],
        'acme.unbound_answer': [
          { subject: { en: 'payment "pay-9"', tr: '"pay-9" ödemesi' }, field: 'id', asked: 'pay-9' },
        ],
      }),
    ).toEqual([])
  })
})
