import { createStatusNormalizer, type StatusNormalizer, type StatusProvider } from '@durum/status-normalizer'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { type CliProvider, missingCredentials, type ProviderEnvironment } from './cli-providers'
import { EXIT } from './exit-codes'

export interface ProviderChoice {
  /** Query in-process simulators served on loopback instead of the real services. */
  simulator: boolean
  environment: ProviderEnvironment
}

/** The engine over the providers a command needs, and how to stop what it started. */
export interface OpenedProviders {
  normalizer: StatusNormalizer<StatusProvider>
  close(): Promise<void>
}

/**
 * Builds the engine over `providers`: each over the credentials in the environment, or over its
 * simulator served on a free loopback port. Every missing credential is named before anything is
 * sent, so a half-configured run never starts.
 */
export async function openProviders(
  context: CliContext,
  providers: readonly CliProvider[],
  choice: ProviderChoice,
): Promise<OpenedProviders> {
  if (!choice.simulator) {
    const missing = providers.flatMap((provider) =>
      missingCredentials(provider, context.env).map((variable) => ({ provider, variable })),
    )
    if (missing.length > 0) {
      throw new CliFailure(
        EXIT.config,
        context.text('missingCredentials', {
          providers: listOf(context, [...new Set(missing.map(({ provider }) => provider.name))]),
          variables: listOf(
            context,
            missing.map(({ variable }) => variable),
          ),
        }),
      )
    }
    const built = providers.map((provider) => provider.live(context.env, choice.environment))
    return { normalizer: normalizerOver(built, context), close: async () => {} }
  }
  const simulators = await serveSimulators(providers)
  const built = providers.map((provider) => provider.overSimulator(simulators.urls.get(provider.name)!))
  return { normalizer: normalizerOver(built, context), close: simulators.close }
}

/** The simulators of `providers`, each on a free loopback port, and their URLs by provider name. */
export async function serveSimulators(providers: readonly CliProvider[]) {
  const served = await Promise.all(providers.map((provider) => provider.createSimulator().listen(0)))
  return {
    urls: new Map(providers.map((provider, index) => [provider.name, served[index]!.url])),
    close: async () => {
      await Promise.all(served.map((server) => server.close()))
    },
  }
}

/** `a, b and c` in the context's language. */
export function listOf({ locale }: CliContext, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
}

function normalizerOver(providers: StatusProvider[], context: CliContext): StatusNormalizer<StatusProvider> {
  return createStatusNormalizer({ providers, locale: context.locale }) as StatusNormalizer<StatusProvider>
}
