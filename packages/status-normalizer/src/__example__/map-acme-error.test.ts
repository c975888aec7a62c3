import type { AnswerContext } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { mapAcmeError } from './map-acme-error'

const answer = (status: number): AnswerContext => ({
  source: 'acme.payment-status',
  subject: { en: 'payment "pay-9"', tr: '"pay-9" ödemesi' },
  status,
  headers: new Headers(),
})

describe('mapAcmeError', () => {
  it('invalid_api_key → authentication, keeping acme’s code and sentence', () => {
    const error = mapAcmeError(
      { error: 'invalid_api_key', message: 'The API key is not valid.' },
      answer(401),
    )
    expect(error).toMatchObject({
      code: 'authentication',
      retryable: false,
      provider: 'acme',
      source: 'acme.payment-status',
      status: 401,
      providerCode: 'invalid_api_key',
      providerMessage: 'The API key is not valid.',
      message: 'acme refused the API key: check apiKey.',
    })
  })

  it('not_found → not_found, naming what was asked', () => {
    expect(mapAcmeError({ error: 'not_found' }, answer(404))).toMatchObject({
      code: 'not_found',
      message: 'acme has no payment "pay-9": check the id, and that it belongs to this account.',
    })
  })

  it.each<[string, unknown]>([
    ['an undocumented code', { error: 'no_route' }],
    ['an answer, not a refusal', { id: 'pay-9', state: 'paid' }],
    ['a body that is no object', ['not', 'an', 'object']],
  ])('leaves %s to the kit’s HTTP-status errors', (_, json) => {
    expect(mapAcmeError(json, answer(404))).toBeUndefined()
  })
})
