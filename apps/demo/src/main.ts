import { DurumError } from '@durum/status-normalizer'
import { startDemo } from './start-demo'

// `pnpm demo`: simulators by default, real providers where credentials are set (see README).
const portText = process.env.PORT?.trim() || '3000'
const port = Number(portText)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${portText}".`)
  process.exit(1)
}

try {
  // localhost by default: with live credentials the demo can query real payments, so it is not
  // exposed to the network unless HOST says so.
  const hostname = process.env.HOST?.trim() || 'localhost'
  // Other names the demo may be reached by (a reverse proxy, a LAN name), comma-separated.
  const allowedHosts = (process.env.ALLOWED_HOSTS ?? '').split(',').filter((entry) => entry.trim() !== '')
  const demo = await startDemo({ env: process.env, port, hostname, allowedHosts, latencyMs: 120 })
  // Ctrl-C (SIGINT) or a service manager (SIGTERM) ends a demo run normally: close the server and
  // exit 0, so neither the terminal nor pnpm reports a failure. A second signal exits at once.
  const stop = () => {
    process.once('SIGINT', () => process.exit(0))
    process.once('SIGTERM', () => process.exit(0))
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('durum demo: the server did not close cleanly', error)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  console.log(`durum demo listening on ${demo.url}`)
  for (const [provider, mode] of Object.entries(demo.wiring.modes)) {
    console.log(`  ${provider}: ${mode.mode === 'live' ? `live, ${mode.baseUrl}` : 'simulator'}`)
  }
  if (demo.wiring.scenarios.length > 0) {
    console.log(`  scenario gallery (${demo.wiring.scenarios.length} payments to try): ${demo.url}/scenarios`)
  }
  console.log('  Ctrl-C stops it.')
} catch (error) {
  if ((error as { code?: unknown }).code === 'EADDRINUSE') {
    console.error(`durum demo: port ${port} is in use; set PORT to another one.`)
  } else {
    console.error(DurumError.isInstance(error) ? `durum demo: ${error.message}` : error)
  }
  process.exit(1)
}
