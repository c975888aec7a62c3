import { DurumError } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { acme } from './__example__/acme-provider'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import type { StatusProvider } from './define-provider'
import { validateQuery } from './validate-query'

const providers = new Map<string, StatusProvider>([
  ['fake', fakeProvider(async () => fakePayment('PENDING'))],
  ['acme', acme({ apiKey: 'k' })],
])

function validationError(query: unknown): DurumError {
  try {
    validateQuery(providers, query)
  } catch (error) {
    if (DurumError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('validateQuery', () => {
  it('returns the provider and its schema output, without the provider key', () => {
    const { provider, query } = validateQuery(providers, { provider: 'acme', paymentId: ' p-1 ' })
    expect(provider.name).toBe('acme')
    expect(query).toEqual({ paymentId: 'p-1' })
  })

  it.each([
    ['a missing provider', { id: '1' }],
    ['an empty provider', { provider: '', id: '1' }],
    ['a non-string provider', { provider: 7, id: '1' }],
    ['null', null],
    ['a string', 'fake:1'],
    ['an array', [{ provider: 'fake' }]],
  ])('refuses %s with field provider', (_, query) => {
    const error = validationError(query)
    expect(error.name).toBe('ValidationError')
    expect(error.code).toBe('validation')
    expect(error.field).toBe('provider')
    expect(error.retryable).toBe(false)
  })

  it('says what a query looks like when given something else', () => {
    expect(validationError('fake:1').message).toBe(
      'A status query must be an object with a `provider` (one of "fake", "acme") and that provider\'s ids, not a string.',
    )
  })

  it('names the registered providers when the name is unknown', () => {
    const error = validationError({ provider: 'iyzco', paymentId: '1' })
    expect(error.field).toBe('provider')
    expect(error.provider).toBe('iyzco')
    expect(error.message).toContain('"iyzco"')
    expect(error.message).toContain('"fake", "acme"')
  })

  it("names the dotted field path of the provider schema's first issue, in a sentence", () => {
    const error = validationError({ provider: 'fake', id: '' })
    expect(error.field).toBe('id')
    expect(error.provider).toBe('fake')
    expect(error.message).toBe(
      'The fake query is invalid at `id`: id must not be empty. Nothing was sent to fake.',
    )
  })

  it('descends into the union option the query came closest to', () => {
    expect(validationError({ provider: 'acme', session: {} }).field).toBe('session.token')
    expect(validationError({ provider: 'acme', session: { token: '' } }).field).toBe('session.token')
    expect(validationError({ provider: 'acme', paymentId: '' }).field).toBe('paymentId')
  })

  it('falls back to `query` when no issue has a path', () => {
    const whole = fakeProvider(async () => fakePayment('PENDING'), 'whole')
    const strict = {
      ...whole,
      querySchema: v.pipe(
        v.object({}),
        v.check(() => false, 'Give exactly one id.'),
      ),
    }
    const error = (() => {
      try {
        validateQuery(new Map([['whole', strict as unknown as StatusProvider]]), { provider: 'whole' })
      } catch (caught) {
        return caught as DurumError
      }
      throw new Error('expected a ValidationError')
    })()
    expect(error.field).toBe('query')
    expect(error.message).toContain('Give exactly one id.')
  })
})

describe('validateQuery on hostile input', () => {
  const unreadableMessage = (what: string, name: string) =>
    `Reading ${what} threw (${name}): pass plain data, without getters or Proxies that throw.`

  it.each<[string, () => unknown, string]>([
    [
      'a provider getter that throws',
      () =>
        Object.defineProperty({ id: '1' }, 'provider', {
          enumerable: true,
          get() {
            throw new RangeError('no')
          },
        }),
      'RangeError',
    ],
    [
      'a Proxy whose ownKeys trap throws',
      () =>
        new Proxy(
          { provider: 'fake', id: '1' },
          {
            ownKeys() {
              throw new TypeError('trap')
            },
          },
        ),
      'TypeError',
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({ provider: 'fake', id: '1' }, {})
        revoke()
        return proxy
      },
      'TypeError',
    ],
  ])('refuses %s as a validation error on field query', (_, make, name) => {
    const error = validationError(make())
    expect(error.code).toBe('validation')
    expect(error.field).toBe('query')
    expect(error.message).toBe(unreadableMessage('the status query', name))
  })

  it('refuses a nested getter that throws while the provider schema reads it', () => {
    const session = {
      get token(): string {
        throw new Error('boom')
      },
    }
    const error = validationError({ provider: 'acme', session })
    expect(error.field).toBe('query')
    expect(error.message).toBe(unreadableMessage('the acme query', 'Error'))
  })
})
