import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { paytr } from '@durum/paytr'
import { createPaytrSimulator } from '@durum/paytr/testing'
import type { StatusProvider } from '@durum/status-normalizer'
import type { Env } from './cli-context'

/** Where a provider connects when it uses real credentials. */
export type ProviderEnvironment = 'sandbox' | 'production'

/** `{ retry: false }` for a reconcile worker, which retries through its queue; the library default otherwise. */
export type ProviderRetry = { retry: false }

/** A simulator as the CLI uses it: served on a loopback port, optionally slowed down. */
export interface CliSimulator {
  listen(port?: number): Promise<{ url: string; port: number; close(): Promise<void> }>
  faults: { add(rule: { type: 'latency'; ms: number }): void }
}

/** Everything the CLI knows of one provider: its query fields, its variables, how to build it. */
export interface CliProvider {
  name: string
  /**
   * The query fields, as the library names them: each is the flag `--kebab-case` of `durum status`
   * and the column of the same name in `durum check`'s CSV.
   */
  queryFields: readonly string[]
  /**
   * The query the given fields (by name, values non-empty) make, or `undefined` when they make
   * none: one field, or a pair the provider asks for together.
   */
  queryOf(fields: Readonly<Record<string, string>>): Record<string, unknown> | undefined
  /** The variables holding its credentials, in the order a missing one is named. */
  credentialVariables: readonly string[]
  /** Those of them that are secrets, kept out of every line printed. */
  secretVariables: readonly string[]
  /** The variable that points it at another base URL (e.g. a `durum simulate` port). */
  baseUrlVariable: string
  /** The provider over the credentials in `env` (all present: checked before). */
  live(env: Env, environment: ProviderEnvironment, retry?: ProviderRetry): StatusProvider
  /** The credentials its simulator accepts; not secrets, they are printed by `durum simulate`. */
  simulatorCredentials: Readonly<Record<string, string>>
  createSimulator(): CliSimulator
  /** The provider talking to a simulator served at `baseUrl`. */
  overSimulator(baseUrl: string, retry?: ProviderRetry): StatusProvider
  /** One query its simulator answers, to show in examples: `--flag value`. */
  exampleQuery: { field: string; value: string }
  /** The most requests one query sends, for a rate limit counted in requests. */
  requestsPerQuery: number
}

const IYZICO_SIMULATOR = { apiKey: 'sandbox-durum-api-key', secretKey: 'sandbox-durum-secret-key' } as const
// EsnekPOS's published test merchant.
const ESNEKPOS_SIMULATOR = { merchant: 'TEST1234', merchantKey: '4oK26hK8MOXrIV1bzTRVPA==' } as const
const PAYTR_SIMULATOR = {
  merchantId: '100001',
  merchantKey: 'sandbox-durum-merchant-key',
  merchantSalt: 'sandbox-durum-merchant-salt',
} as const

/** The query of exactly one field; several, or none, make no query. */
function oneField(fields: Readonly<Record<string, string | undefined>>): Record<string, string> | undefined {
  const given = Object.entries(fields).filter(([, value]) => value !== undefined)
  return given.length === 1 ? (Object.fromEntries(given) as Record<string, string>) : undefined
}

/** A credential checked present by `missingCredentials`, as the user set it less stray spaces. */
function credential(env: Env, variable: string): string {
  return env[variable]!.trim()
}

/** The base URL variable when set, else the environment's own URL (the library's default). */
function baseUrlFrom(env: Env, variable: string): { baseUrl?: string } {
  const baseUrl = env[variable]?.trim()
  return baseUrl ? { baseUrl } : {}
}

export const CLI_PROVIDERS: readonly CliProvider[] = [
  {
    name: 'iyzico',
    queryFields: ['paymentId', 'paymentConversationId', 'checkoutFormToken'],
    // Both a checkout-form token and a payment id: the tokenization session they opened.
    queryOf: ({ checkoutFormToken, paymentId, ...others }) =>
      checkoutFormToken !== undefined && paymentId !== undefined && Object.keys(others).length === 0
        ? { session: { checkoutFormToken, paymentId } }
        : oneField({ checkoutFormToken, paymentId, ...others }),
    credentialVariables: ['IYZICO_API_KEY', 'IYZICO_SECRET_KEY'],
    secretVariables: ['IYZICO_API_KEY', 'IYZICO_SECRET_KEY'],
    baseUrlVariable: 'IYZICO_BASE_URL',
    live: (env, environment, retry) =>
      iyzico({
        ...retry,
        apiKey: credential(env, 'IYZICO_API_KEY'),
        secretKey: credential(env, 'IYZICO_SECRET_KEY'),
        environment,
        ...baseUrlFrom(env, 'IYZICO_BASE_URL'),
      }),
    simulatorCredentials: {
      IYZICO_API_KEY: IYZICO_SIMULATOR.apiKey,
      IYZICO_SECRET_KEY: IYZICO_SIMULATOR.secretKey,
    },
    createSimulator: () => createIyzicoSimulator({ ...IYZICO_SIMULATOR }),
    overSimulator: (baseUrl, retry) => iyzico({ ...IYZICO_SIMULATOR, baseUrl, ...retry }),
    exampleQuery: { field: 'paymentId', value: '20885695' },
    // A taken payment is also looked up in iyzico's reporting, for refunds and cancels.
    requestsPerQuery: 2,
  },
  {
    name: 'esnekpos',
    queryFields: ['sendPaymentRequestId', 'orderReference'],
    queryOf: oneField,
    credentialVariables: ['ESNEKPOS_MERCHANT', 'ESNEKPOS_MERCHANT_KEY'],
    secretVariables: ['ESNEKPOS_MERCHANT_KEY'],
    baseUrlVariable: 'ESNEKPOS_BASE_URL',
    live: (env, environment, retry) =>
      esnekpos({
        ...retry,
        merchant: credential(env, 'ESNEKPOS_MERCHANT'),
        merchantKey: credential(env, 'ESNEKPOS_MERCHANT_KEY'),
        environment,
        ...baseUrlFrom(env, 'ESNEKPOS_BASE_URL'),
      }),
    simulatorCredentials: {
      ESNEKPOS_MERCHANT: ESNEKPOS_SIMULATOR.merchant,
      ESNEKPOS_MERCHANT_KEY: ESNEKPOS_SIMULATOR.merchantKey,
    },
    createSimulator: () => createEsnekposSimulator({ ...ESNEKPOS_SIMULATOR }),
    overSimulator: (baseUrl, retry) => esnekpos({ ...ESNEKPOS_SIMULATOR, baseUrl, ...retry }),
    exampleQuery: { field: 'sendPaymentRequestId', value: '2482' },
    requestsPerQuery: 1,
  },
  {
    name: 'paytr',
    queryFields: ['merchantOid'],
    queryOf: oneField,
    credentialVariables: ['PAYTR_MERCHANT_ID', 'PAYTR_MERCHANT_KEY', 'PAYTR_MERCHANT_SALT'],
    secretVariables: ['PAYTR_MERCHANT_KEY', 'PAYTR_MERCHANT_SALT'],
    baseUrlVariable: 'PAYTR_BASE_URL',
    live: (env, environment, retry) =>
      paytr({
        ...retry,
        merchantId: credential(env, 'PAYTR_MERCHANT_ID'),
        merchantKey: credential(env, 'PAYTR_MERCHANT_KEY'),
        merchantSalt: credential(env, 'PAYTR_MERCHANT_SALT'),
        environment,
        ...baseUrlFrom(env, 'PAYTR_BASE_URL'),
      }),
    simulatorCredentials: {
      PAYTR_MERCHANT_ID: PAYTR_SIMULATOR.merchantId,
      PAYTR_MERCHANT_KEY: PAYTR_SIMULATOR.merchantKey,
      PAYTR_MERCHANT_SALT: PAYTR_SIMULATOR.merchantSalt,
    },
    createSimulator: () => createPaytrSimulator({ ...PAYTR_SIMULATOR }),
    overSimulator: (baseUrl, retry) => paytr({ ...PAYTR_SIMULATOR, baseUrl, ...retry }),
    exampleQuery: { field: 'merchantOid', value: 'PAYTR0001PAID' },
    requestsPerQuery: 1,
  },
]

export function findProvider(name: string): CliProvider | undefined {
  return CLI_PROVIDERS.find((provider) => provider.name === name)
}

/** `paymentId` → `--payment-id`. */
export function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}

/** The variables of `provider` that are not set (blank counts as not set). */
export function missingCredentials(provider: CliProvider, env: Env): string[] {
  return provider.credentialVariables.filter((variable) => !env[variable]?.trim())
}

/**
 * Every secret credential set in `env`, for redaction: the providers' own variables, and an
 * account's (`SHOP_A_IYZICO_SECRET_KEY`, see `accountEnv`).
 */
export function secretsIn(env: Env): string[] {
  const secretVariables = CLI_PROVIDERS.flatMap((provider) => provider.secretVariables)
  return Object.entries(env)
    .filter(([name]) =>
      secretVariables.some((variable) => name === variable || name.endsWith(`_${variable}`)),
    )
    .map(([, value]) => value?.trim())
    .filter((value): value is string => value !== undefined && value !== '')
}

/**
 * The variables of account `account` as a provider reads them: `SHOP_A_IYZICO_API_KEY` is the
 * `IYZICO_API_KEY` of account `shop-a` (its name upper-cased, every other character `_`).
 */
export function accountEnv(env: Env, account: string): Env {
  const prefix = accountPrefix(account)
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  )
}

/** `shop-a` → `SHOP_A_`: what the account's variables start with. */
export function accountPrefix(account: string): string {
  return `${account.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_`
}
