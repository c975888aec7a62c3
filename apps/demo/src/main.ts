import { DurumError } from '@durum/core'
import { startDemo } from './start-demo'

// `pnpm demo`: simulators by default, real providers where credentials are set (see README).
const portText = process.env.PORT ?? '3000'
const port = Number(portText)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${portText}".`)
  process.exit(1)
}

try {
  const demo = await startDemo({ env: process.env, port, latencyMs: 120 })
  console.log(`durum demo listening on ${demo.url}`)
  for (const [provider, mode] of Object.entries(demo.wiring.modes)) {
    console.log(`  ${provider}: ${mode.mode === 'live' ? `live, ${mode.baseUrl}` : 'simulator'}`)
  }
  const stop = () => {
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  console.error(DurumError.isInstance(error) ? `durum demo: ${error.message}` : error)
  process.exit(1)
}
