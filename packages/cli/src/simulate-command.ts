import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { CLI_PROVIDERS, flagOf } from './cli-providers'
import { EXIT, type ExitCode } from './exit-codes'

export interface SimulateOptions {
  /** The first provider's port, the next ones follow; 0 gives each a free port. */
  port: number
  /** Delay every answer by this many ms, as a real provider would. */
  latencyMs: number
}

/**
 * `durum simulate`: every provider's simulator on its own loopback port, until Ctrl-C. Prints the
 * URLs and a command for each that queries it, credentials included (the simulators' own, not secrets).
 */
export async function runSimulate(context: CliContext, options: SimulateOptions): Promise<ExitCode> {
  const served: { name: string; url: string; close(): Promise<void> }[] = []
  try {
    for (const [index, provider] of CLI_PROVIDERS.entries()) {
      const simulator = provider.createSimulator()
      if (options.latencyMs > 0) simulator.faults.add({ type: 'latency', ms: options.latencyMs })
      const port = options.port === 0 ? 0 : options.port + index
      const server = await simulator.listen(port).catch((error: unknown) => {
        throw portFailure(context, port, error)
      })
      served.push({ name: provider.name, ...server })
    }
    context.out(simulatorsText(context, served))
    if (!context.signal.aborted) {
      await new Promise((stopped) => context.signal.addEventListener('abort', stopped, { once: true }))
    }
    return EXIT.ok
  } finally {
    await Promise.all(served.map((server) => server.close()))
  }
}

function portFailure(context: CliContext, port: number, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return error
  return new CliFailure(EXIT.usage, context.text('portUnavailable', { port }))
}

function simulatorsText({ text }: CliContext, served: readonly { name: string; url: string }[]): string {
  const width = Math.max(...served.map(({ name }) => name.length))
  const lines = [
    text('simulatorsListening'),
    ...served.map(({ name, url }) => `  ${name.padEnd(width)}  ${url}`),
  ]
  lines.push('', text('simulatorsTry'))
  for (const { name, url } of served) {
    const provider = CLI_PROVIDERS.find((known) => known.name === name)!
    const variables = { ...provider.simulatorCredentials, [provider.baseUrlVariable]: url }
    const assignments = Object.entries(variables).map(([variable, value]) => `${variable}=${value}`)
    const { field, value } = provider.exampleQuery
    lines.push(`  ${assignments.join(' ')} \\`, `    durum status ${name} ${flagOf(field)} ${value}`)
  }
  return `${lines.join('\n')}\n`
}
