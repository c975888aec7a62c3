/**
 * The simulators in listen mode, in their own process so the server's CPU is not the client's.
 * Prints one JSON line with the URLs, then serves until stdin closes or SIGTERM.
 */
import { createEsnekposSimulator, esnekposScenarios } from '@durum/esnekpos/testing'
import { createIyzicoSimulator, iyzicoScenarios } from '@durum/iyzico/testing'
import { createPaytrSimulator } from '@durum/paytr/testing'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID, IYZICO, IYZICO_PAYMENT_ID, PAYTR } from './credentials.mjs'
import { serveStatic } from './static-server.mjs'

const latencyMs = Number(process.env.BENCH_BATCH_LATENCY_MS ?? 5)
const servers = {
  iyzico: await createIyzicoSimulator(IYZICO).listen(0),
  esnekpos: await createEsnekposSimulator(ESNEKPOS).listen(0),
  paytr: await createPaytrSimulator(PAYTR).listen(0),
  iyzicoSlow: await createIyzicoSimulator({ ...IYZICO, faults: [{ type: 'latency', ms: latencyMs }] }).listen(
    0,
  ),
  // The same answers with nothing checked or computed: what each client costs when the server is free.
  static: await serveStatic({
    '/payment/detail': iyzicoScenarios
      .flatMap((scenario) => scenario.answers)
      .find(
        (answer) => answer.endpoint === 'payment-detail' && answer.key === `paymentId:${IYZICO_PAYMENT_ID}`,
      ).body,
    '/api/services/SendPaymentRequestQuery': JSON.stringify(
      esnekposScenarios.find(
        (scenario) => scenario.query.sendPaymentRequestId === ESNEKPOS_PAYMENT_REQUEST_ID,
      ).body,
    ),
  }),
}

const urls = Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.url]))
process.stdout.write(`${JSON.stringify({ urls, pid: process.pid })}\n`)

// The parent asks for this process's CPU time between cases, so CPU per request can be split by side.
process.stdin.setEncoding('utf8')
process.stdin.on('data', (line) => {
  if (line.includes('cpu'))
    process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss })}\n`)
})
const stop = async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()))
  process.exit(0)
}
process.stdin.on('end', stop)
process.on('SIGTERM', stop)
