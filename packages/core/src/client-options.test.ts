import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  checkClientOptions,
  givenTransportOptions,
  optionalTextSchema,
  readEnv,
  requireCredential,
  transportOptionsEntries,
} from './client-options'
import { DurumError } from './durum-error'

const schema = v.object({ merchant: optionalTextSchema, ...transportOptionsEntries })
const context = { provider: 'esnekpos', providerLabel: 'EsnekPOS' }

describe('checkClientOptions', () => {
  it('accepts the shared options', () => {
    expect(() =>
      checkClientOptions(
        schema,
        {
          merchant: 'M',
          environment: 'production',
          baseUrl: 'http://127.0.0.1:1',
          timeout: 5,
          retry: { limit: 1 },
        },
        context,
      ),
    ).not.toThrow()
  })

  it('names the first invalid option in the provider’s words, without echoing its value', () => {
    let caught: unknown
    try {
      checkClientOptions(schema, { merchant: '', timeout: 0 }, context)
    } catch (error) {
      caught = error
    }
    expect(DurumError.isInstance(caught)).toBe(true)
    expect(caught).toMatchObject({
      code: 'validation',
      provider: 'esnekpos',
      field: 'merchant',
      message: 'The EsnekPOS option merchant must not be empty.',
    })
  })

  it('carries the Turkish too, for a caller who reads in Turkish', () => {
    let caught: unknown
    try {
      checkClientOptions(schema, { timeout: 1.5 }, context)
    } catch (error) {
      caught = error
    }
    expect(DurumError.isInstance(caught) && [caught.reason, caught.message, caught.messages?.tr]).toEqual([
      'core.invalid_option',
      'The EsnekPOS option timeout must be a whole number of ms.',
      'EsnekPOS için timeout seçeneği tam sayı milisaniye olmalı.',
    ])
  })

  it.each([
    [{ merchant: '' }, 'EsnekPOS için merchant seçeneği boş olmamalı.'],
    [{ environment: 'live' }, "EsnekPOS için environment seçeneği 'sandbox' ya da 'production' olmalı."],
    [{ baseUrl: 'example' }, 'EsnekPOS için baseUrl seçeneği mutlak bir URL olmalı.'],
    [{ fetch: 'fetch' }, 'EsnekPOS için fetch seçeneği bir fonksiyon olmalı.'],
    [
      { retry: 'always' },
      'EsnekPOS için retry seçeneği false, bir yeniden deneme sayısı ya da { limit } olmalı.',
    ],
    [
      { retry: { limit: 11 } },
      'EsnekPOS için retry.limit seçeneği 0 ile 10 arasında tam sayıda yeniden deneme olmalı.',
    ],
    [
      { retry: { limit: 1, backoffMs: -1 } },
      'EsnekPOS için retry.backoffMs seçeneği 0 ile 3600000 (bir saat) arasında bir milisaniye sayısı olmalı.',
    ],
  ])('reads %j in Turkish', (options, turkish) => {
    let caught: unknown
    try {
      checkClientOptions(schema, options, context)
    } catch (error) {
      caught = error
    }
    expect(DurumError.isInstance(caught) && caught.inLocale('tr').message).toBe(turkish)
  })

  it('rejects a retry that is neither false, a count nor { limit }', () => {
    expect(() => checkClientOptions(schema, { retry: 'always' }, context)).toThrow(
      'The EsnekPOS option retry must be false, a number of retries or { limit }.',
    )
  })

  it.each([300_001, 3e9, 2 ** 31])(
    'refuses a timeout of %d ms, naming the field and the bound',
    (timeout) => {
      expect(() => checkClientOptions(schema, { timeout }, context)).toThrow(
        expect.objectContaining({
          code: 'validation',
          field: 'timeout',
          message: 'The EsnekPOS option timeout must be at most 300000 ms (5 minutes).',
        }),
      )
    },
  )

  it.each([
    [{ limit: 11 }, 'retry.limit', 'must be a whole number of retries from 0 to 10'],
    [1e9, 'retry', 'must be a whole number of retries from 0 to 10'],
    [
      { limit: 1, maxRetryAfterMs: 3_600_001 },
      'retry.maxRetryAfterMs',
      'must be a number of milliseconds from 0 to 3600000 (an hour)',
    ],
    [
      { limit: 1, maxDelayMs: 1e12 },
      'retry.maxDelayMs',
      'must be a number of milliseconds from 0 to 3600000 (an hour)',
    ],
    [
      { limit: 1, backoffMs: Number.POSITIVE_INFINITY },
      'retry.backoffMs',
      'must be a number of milliseconds from 0 to 3600000 (an hour)',
    ],
  ])('refuses a retry whose waits have no bound: %j', (retry, field, rule) => {
    expect(() => checkClientOptions(schema, { retry }, context)).toThrow(
      expect.objectContaining({
        code: 'validation',
        field,
        message: `The EsnekPOS option ${field} ${rule}.`,
      }),
    )
  })
})

describe('readEnv', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('reads a set variable and treats an empty one as unset', () => {
    vi.stubEnv('DURUM_TEST_VALUE', 'x')
    expect(readEnv('DURUM_TEST_VALUE')).toBe('x')
    vi.stubEnv('DURUM_TEST_VALUE', '')
    expect(readEnv('DURUM_TEST_VALUE')).toBeUndefined()
  })

  it('returns undefined where there is no process', () => {
    vi.stubGlobal('process', undefined)
    try {
      expect(readEnv('PATH')).toBeUndefined()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('givenTransportOptions', () => {
  it('keeps only the options that were given, so none reaches createTransport as undefined', () => {
    const onRequest = () => {}
    const given = givenTransportOptions({
      fetch: undefined,
      timeout: 5,
      retry: false,
      onRequest,
      onResponse: undefined,
    })
    expect(given).toEqual({ timeout: 5, retry: false, onRequest })
    expect(Object.keys(given)).toEqual(['timeout', 'retry', 'onRequest'])
  })
})

describe('requireCredential', () => {
  const missing = { provider: 'iyzico', field: 'apiKey', message: 'No iyzico API key: set IYZICO_API_KEY.' }

  it('returns a credential that is there', () => {
    expect(requireCredential('key', missing)).toBe('key')
  })

  it('throws the ValidationError it was given for a missing one', () => {
    expect(() => requireCredential(undefined, missing)).toThrow(
      expect.objectContaining({ code: 'validation', ...missing }),
    )
  })
})
