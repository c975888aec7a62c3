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

  it('rejects a retry that is neither false, a count nor { limit }', () => {
    expect(() => checkClientOptions(schema, { retry: 'always' }, context)).toThrow(
      'The EsnekPOS option retry must be false, a number of retries or { limit }.',
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
