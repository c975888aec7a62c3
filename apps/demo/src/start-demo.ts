import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { createDemoWiring, type DemoWiringOptions } from './demo-wiring'
import type { Env } from './provider-modes'

export interface RunningDemo {
  url: string
  wiring: ReturnType<typeof createDemoWiring>
  close(): Promise<void>
}

/** Wires the providers (simulators unless credentials say otherwise) and serves the app on `port`. */
export async function startDemo(
  options: { env: Env; port: number; hostname?: string } & DemoWiringOptions,
): Promise<RunningDemo> {
  const wiring = createDemoWiring(options.env, options)
  const app = createApp(wiring)
  const hostname = options.hostname ?? 'localhost'
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(started))
    started.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
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
