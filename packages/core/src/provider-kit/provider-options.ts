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
import type { ProviderIdentity } from './provider-query'

/** Where a provider client connects: its test service (the default) or its live one. */
export type ProviderEnvironment = 'sandbox' | 'production'

/** One credential option: where else it may come from, and how it is named to a merchant. */
export interface CredentialSpec {
  /** The environment variable read when the option is not given, e.g. `IYZICO_API_KEY`. */
  variable: string
  /** Its name in a sentence, e.g. `API key`. */
  name: string
  /** Whether it is a secret, so the redactor must know it. */
  secret: boolean
}

/** What a provider's client options are made of: its data only, the resolution is shared. */
export interface ProviderOptionsSpec<TCredential extends string> extends ProviderIdentity {
  /** The schemas of the provider's own options, besides its credentials and the shared connection options. */
  ownOptions?: v.ObjectEntries | undefined
  /** The base URL of each environment. */
  environments: Readonly<Record<ProviderEnvironment, string>>
  /** The environment variable that overrides `environments`, e.g. `IYZICO_BASE_URL`. */
  baseUrlVariable: string
  /** Where a merchant passes options, for the missing-credential message, e.g. `iyzico() or createIyzicoClient()`. */
  factories: string
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
  const fields = Object.keys(spec.credentials) as TCredential[]
  checkClientOptions(optionsSchema(fields, spec.ownOptions), options, spec)
  const read = (field: TCredential) => options[field] ?? readEnv(spec.credentials[field].variable)
  return {
    ...resolveConnection(options, spec.environments, spec.baseUrlVariable),
    credentials: () => {
      const credentials = {} as Record<TCredential, string>
      for (const field of fields) {
        const { name, variable } = spec.credentials[field]
        credentials[field] = requireCredential(read(field), {
          provider: spec.provider,
          field,
          message: `No ${spec.providerLabel} ${name}: pass ${field} to ${spec.factories}, or set ${variable}.`,
        })
      }
      return credentials
    },
    knownSecrets: () => fields.filter((field) => spec.credentials[field].secret).map(read),
  }
}

const { onRequest, onResponse, ...connectionEntries } = transportOptionsEntries

/**
 * Credentials first and the hooks last, the provider's own options between: a typo fails at start-up
 * naming the option, and the first invalid option named is the first in this order.
 */
function optionsSchema(fields: readonly string[], ownOptions: v.ObjectEntries = {}): v.GenericSchema {
  const credentials = Object.fromEntries(fields.map((field) => [field, optionalTextSchema]))
  return v.object({ ...credentials, ...connectionEntries, ...ownOptions, onRequest, onResponse })
}
