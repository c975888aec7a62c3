import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { createDemoWiring, type DemoWiringOptions } from './demo-wiring'
import { type HostRule, listeningHostRules, parseAllowedHosts } from './host-check'
import type { Env } from './provider-modes'

export interface RunningDemo {
  url: string
  wiring: ReturnType<typeof createDemoWiring>
  close(): Promise<void>
}

export interface StartDemoOptions extends DemoWiringOptions {
  env: Env
  port: number
  hostname?: string
  /** More `Host` names to answer to besides the listening address and the loopback names (`ALLOWED_HOSTS`). */
  allowedHosts?: readonly string[]
}

/** Wires the providers (simulators unless credentials say otherwise) and serves the app on `port`. */
export async function startDemo(options: StartDemoOptions): Promise<RunningDemo> {
  const extraHosts = parseAllowedHosts(options.allowedHosts ?? [])
  const wiring = createDemoWiring(options.env, options)
  const hostname = options.hostname ?? 'localhost'
  // Filled in once the server is bound (port 0 picks a free port); until then nothing is allowed.
  let hostRules: readonly HostRule[] = []
  const app = createApp({ ...wiring, hostRules: () => hostRules })
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(started))
    started.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  hostRules = [...listeningHostRules(hostname, port), ...extraHosts]
  return {
    url: `http://${hostname}:${port}`,
    wiring,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
