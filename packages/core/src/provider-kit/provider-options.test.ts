import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DurumError } from '../durum-error'
import { resolveProviderOptions } from './provider-options'

const spec = {
  provider: 'acme',
  providerLabel: 'Acme',
  ownOptions: { region: v.optional(v.picklist(['eu', 'us'], "must be 'eu' or 'us'")) },
  environments: { production: 'https://api.acme.test', sandbox: 'https://sandbox.acme.test/' },
  credentials: {
    account: { name: 'account', secret: false },
    token: { name: 'token', secret: true },
  },
}

function validationError(run: () => unknown): DurumError {
  try {
    run()
  } catch (error) {
    if (DurumError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a DurumError')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('resolveProviderOptions', () => {
  it("resolves the environment's base URL, else the variable, else the baseUrl option", () => {
    vi.stubEnv('ACME_BASE_URL', '')
    expect(resolveProviderOptions(spec, {}).baseUrl()).toBe('https://sandbox.acme.test')
    expect(resolveProviderOptions(spec, { environment: 'production' }).baseUrl()).toBe(
      'https://api.acme.test',
    )
    vi.stubEnv('ACME_BASE_URL', 'http://127.0.0.1:4002/')
    expect(resolveProviderOptions(spec, { environment: 'production' }).baseUrl()).toBe(
      'http://127.0.0.1:4002',
    )
    expect(resolveProviderOptions(spec, { baseUrl: 'http://127.0.0.1:4003' }).baseUrl()).toBe(
      'http://127.0.0.1:4003',
    )
  })

  it('reads a credential from its option, else from its variable at request time', () => {
    vi.stubEnv('ACME_ACCOUNT', '')
    vi.stubEnv('ACME_TOKEN', '')
    const resolved = resolveProviderOptions(spec, { account: 'A-1' })
    vi.stubEnv('ACME_ACCOUNT', 'A-from-env')
    vi.stubEnv('ACME_TOKEN', 'token-set-late')
    expect(resolved.credentials()).toEqual({ account: 'A-1', token: 'token-set-late' })
  })

  it('hands only the secret credentials to the redactor, and never throws for a missing one', () => {
    vi.stubEnv('ACME_TOKEN', '')
    expect(resolveProviderOptions(spec, { account: 'A-1' }).knownSecrets()).toEqual([undefined])
    expect(resolveProviderOptions(spec, { account: 'A-1', token: 't' }).knownSecrets()).toEqual(['t'])
  })

  it('names the first missing credential, where to pass it and its variable', () => {
    vi.stubEnv('ACME_ACCOUNT', '')
    vi.stubEnv('ACME_TOKEN', '')
    const error = validationError(() => resolveProviderOptions(spec, {}).credentials())
    expect(error).toMatchObject({
      code: 'validation',
      reason: 'core.missing_credential',
      provider: 'acme',
      field: 'account',
    })
    expect(error.message).toBe(
      'No Acme account: pass account to acme() or createAcmeClient(), or set ACME_ACCOUNT.',
    )
    expect(error.inLocale('tr').message).toBe(
      'Acme için account (account) verilmedi: acme() ya da createAcmeClient() çağrısına account verin veya ACME_ACCOUNT ortam değişkenini ayarlayın.',
    )
    expect(
      validationError(() => resolveProviderOptions(spec, { account: 'A-1' }).credentials()).message,
    ).toBe('No Acme token: pass token to acme() or createAcmeClient(), or set ACME_TOKEN.')
  })

  it('checks the options against the schema at once, naming the option', () => {
    const error = validationError(() => resolveProviderOptions(spec, { token: '' }))
    expect(error).toMatchObject({ code: 'validation', provider: 'acme', field: 'token' })
    expect(error.message).toBe('The Acme option token must not be empty.')
    expect(() => resolveProviderOptions(spec, { region: 'asia' } as never)).toThrow(
      "The Acme option region must be 'eu' or 'us'.",
    )
  })

  it('refuses an option the provider does not have (a typo), in both languages, and options that are not an object', () => {
    const error = validationError(() => resolveProviderOptions(spec, { token: 't', timout: 5 } as never))
    expect(error).toMatchObject({ code: 'validation', reason: 'core.invalid_option', field: 'timout' })
    expect(error.message).toBe('The Acme option timout does not exist (check its spelling).')
    expect(error.inLocale('tr').message).toBe(
      'Acme için timout seçeneği tanımlı değil (yazımını kontrol edin).',
    )
    expect(validationError(() => resolveProviderOptions(spec, 42 as never)).message).toBe(
      'The Acme option options must be an object.',
    )
    // Every option the provider has, even left undefined, is still accepted.
    expect(() =>
      resolveProviderOptions(spec, {
        token: 't',
        region: undefined,
        timeout: undefined,
        fetch: undefined,
      } as never),
    ).not.toThrow()
  })

  it('names the first invalid option in the order credentials, connection, own options, hooks', () => {
    const options = { onRequest: 1, region: 'asia', timeout: 0, token: '' } as never
    expect(validationError(() => resolveProviderOptions(spec, options)).field).toBe('token')
    const withoutToken = { onRequest: 1, region: 'asia', timeout: 0 } as never
    expect(validationError(() => resolveProviderOptions(spec, withoutToken)).field).toBe('timeout')
    expect(
      validationError(() => resolveProviderOptions(spec, { onRequest: 1, region: 'asia' } as never)).field,
    ).toBe('region')
  })
})
