import * as v from 'valibot'
import {
  type ClientConnectionOptions,
  checkClientOptions,
  optionalTextSchema,
  type ResolvedConnection,
  readEnv,
  requireCredential,
  resolveConnection,
  transportOptionsEntries,
} from '../client-options'
import { coreMessages } from '../core-messages'
import { type LocalizedText, localizeReason } from '../locale'
import type { ProviderIdentity } from './provider-query'

/** Where a provider client connects: its test service (the default) or its live one. */
export type ProviderEnvironment = 'sandbox' | 'production'

/**
 * One credential option: how it is named to a merchant, and whether it is secret. When the option is
 * not given, it is read from `<PROVIDER>_<OPTION>` (`apiKey` of iyzico: `IYZICO_API_KEY`).
 */
export interface CredentialSpec {
  /** Its name in a sentence, e.g. `API key`. */
  name: string
  /** Whether it is a secret, so the redactor must know it. */
  secret: boolean
}

/**
 * What a provider's client options are made of: its data only, the resolution is shared. The names
 * follow from the provider's id: `<PROVIDER>_BASE_URL` overrides `environments`, each credential
 * has its variable (`CredentialSpec`), and a missing one is passed to `<provider>()` or
 * `create<Provider>Client()`.
 */
export interface ProviderOptionsSpec<TCredential extends string> extends ProviderIdentity {
  /** The schemas of the provider's own options, besides its credentials and the shared connection options. */
  ownOptions?: v.ObjectEntries | undefined
  /** The base URL of each environment. */
  environments: Readonly<Record<ProviderEnvironment, string>>
  /** The credential options, in the order a missing one is reported. */
  credentials: Readonly<Record<TCredential, CredentialSpec>>
}

/** A provider's connection and credentials, resolved. */
export interface ResolvedProviderOptions<TCredential extends string> extends ResolvedConnection {
  /** Read at request time; throws `ValidationError` when a credential is nowhere to be found. */
  credentials(): Record<TCredential, string>
  /** The secrets known so far, for redaction; never throws. */
  knownSecrets(): (string | undefined)[]
}

/**
 * Checks a provider client's options and resolves the connection and credentials every provider has.
 * A credential is read at request time (the option, else its variable), so edge runtimes can set it late.
 */
export function resolveProviderOptions<TCredential extends string>(
  spec: ProviderOptionsSpec<TCredential>,
  options: ClientConnectionOptions<ProviderEnvironment> &
    Partial<Record<NoInfer<TCredential>, string | undefined>>,
): ResolvedProviderOptions<TCredential> {
  const { provider } = spec
  const fields = Object.keys(spec.credentials) as TCredential[]
  checkClientOptions(optionsSchema(fields, spec.ownOptions), options, spec)
  const factories = {
    factory: `${provider}()`,
    client: `create${provider.charAt(0).toUpperCase()}${provider.slice(1)}Client()`,
  }
  // Named once: the credentials are read, and these sentences made, on every request.
  const variables = {} as Record<TCredential, string>
  const missing = {} as Record<TCredential, LocalizedText>
  for (const field of fields) {
    variables[field] = variableOf(provider, field)
    missing[field] = localizeReason(coreMessages, {
      reason: 'core.missing_credential',
      params: {
        label: spec.providerLabel,
        name: spec.credentials[field].name,
        field,
        ...factories,
        variable: variables[field],
      },
    })
  }
  const read = (field: TCredential) => options[field] ?? readEnv(variables[field])
  return {
    ...resolveConnection(options, spec.environments, variableOf(provider, 'baseUrl')),
    credentials: () => {
      const credentials = {} as Record<TCredential, string>
      for (const field of fields) {
        credentials[field] = requireCredential(read(field), {
          provider,
          field,
          reason: 'core.missing_credential',
          message: missing[field],
        })
      }
      return credentials
    },
    knownSecrets: () => fields.filter((field) => spec.credentials[field].secret).map(read),
  }
}

/** The environment variable of a provider's option: `IYZICO_API_KEY` for iyzico's `apiKey`. */
function variableOf(provider: string, option: string): string {
  return `${provider}_${option.replace(/[A-Z]/g, (letter) => `_${letter}`)}`.toUpperCase()
}

const { onRequest, onResponse, ...connectionEntries } = transportOptionsEntries

/**
 * Credentials first and the hooks last, the provider's own options between: a typo fails at start-up
 * naming the option, and the first invalid option named is the first in this order.
 */
function optionsSchema(fields: readonly string[], ownOptions: v.ObjectEntries = {}): v.GenericSchema {
  const credentials = Object.fromEntries(fields.map((field) => [field, optionalTextSchema]))
  return v.strictObject(
    { ...credentials, ...connectionEntries, ...ownOptions, onRequest, onResponse },
    unknownOptionMessage,
  )
}

/** A key the options do not have (a typo such as `timout`), or options that are not an object. */
function unknownOptionMessage(issue: v.StrictObjectIssue): string {
  const tr = issue.lang === 'tr'
  if (issue.expected === 'never')
    return tr ? 'tanımlı değil (yazımını kontrol edin)' : 'does not exist (check its spelling)'
  return tr ? 'bir nesne olmalı' : 'must be an object'
}
