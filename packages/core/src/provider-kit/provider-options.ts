import type * as v from 'valibot'
import {
  type ClientConnectionOptions,
  checkClientOptions,
  type ResolvedConnection,
  readEnv,
  requireCredential,
  resolveConnection,
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
  /** The whole options schema: a typo fails at start-up, naming the option. */
  schema: v.GenericSchema
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
  checkClientOptions(spec.schema, options, spec)
  const fields = Object.keys(spec.credentials) as TCredential[]
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
