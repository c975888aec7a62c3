// Does a transport whose attempt timed out while the answer's body was still arriving close the
// connection, even when the garbage collector runs during the attempt? Spawned by
// src/connection-cleanup.test.ts as `node --expose-gc slow-body-after-gc.mjs <core entry file>`;
// prints { attempts, leaked }: connections the server still saw open a second after each timeout.
import { createServer } from 'node:http'

const { createRedactor, createTransport } = await import(process.argv[2])
const ATTEMPTS = 5

let open = 0
const server = createServer((_, response) => {
  open++
  response.writeHead(200, { 'content-type': 'application/json' })
  response.flushHeaders()
  // A body that never ends: a few bytes every 20 ms.
  const drip = setInterval(() => response.write(' '), 20)
  response.on('close', () => {
    open--
    clearInterval(drip)
  })
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const transport = createTransport({
  provider: 'gc-check',
  baseUrl: `http://127.0.0.1:${server.address().port}`,
  timeout: 200,
  retry: false,
  redactor: createRedactor({}),
})

let leaked = 0
for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
  // A collection while the body is arriving, as a busy process would have.
  setTimeout(() => globalThis.gc(), 60)
  await transport
    .request({ method: 'POST', path: '/status', body: '{}', readOnly: true, source: 'gc-check.status' })
    .catch(() => {})
  const deadline = Date.now() + 1000
  while (open > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
  leaked += open
  server.closeAllConnections()
  while (open > 0) await new Promise((resolve) => setTimeout(resolve, 10))
}
server.close()
console.log(JSON.stringify({ attempts: ATTEMPTS, leaked }))
