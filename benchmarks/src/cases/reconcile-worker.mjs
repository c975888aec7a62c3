/**
 * One reconcile worker process of the reconcile case. RECONCILE_BENCH_WORKER (JSON) names Redis, the
 * queue, the simulators' URLs and the concurrency. Prints `ready` once loaded, starts the worker on
 * stdin's `start` (so every process starts on the same clock), answers `cpu` with this process's
 * CPU time, and closes when stdin ends.
 */
import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { createReconcileWorker } from '@durum/reconcile'
import { ESNEKPOS, IYZICO } from '../credentials.mjs'

const config = JSON.parse(process.env.RECONCILE_BENCH_WORKER)

// Every account of the case shares the bench's test credentials; a platform would look each up.
function resolveAccount(accountId) {
  return accountId.startsWith('iyzico')
    ? iyzico({ ...IYZICO, baseUrl: config.urls.iyzico, refunds: 'skip', retry: false })
    : esnekpos({ ...ESNEKPOS, baseUrl: config.urls.esnekpos, retry: false })
}

let worker
process.stdout.write('ready\n')
process.stdin.setEncoding('utf8')
process.stdin.on('data', (line) => {
  if (line.includes('start'))
    worker = createReconcileWorker({
      connection: config.redisUrl,
      queueName: config.queueName,
      resolveAccount,
      concurrency: config.concurrency,
      rateLimit: config.rateLimit,
    })
  if (line.includes('cpu')) process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage() })}\n`)
})
process.stdin.on('end', async () => {
  await worker?.close()
  process.exit(0)
})
