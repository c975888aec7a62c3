// A reconcile worker in its own process, as a platform runs one. The "platform's vault" is the
// RECONCILE_WORKER environment variable: Redis, the accounts' credentials and simulator URLs, and
// the worker options. Prints `ready` once taking jobs, then one line per record it writes.
// Plain ESM over the built packages, so it runs on the Node that spawned it.
import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { createReconcileWorker } from '@durum/reconcile'

const config = JSON.parse(process.env.RECONCILE_WORKER)

function resolveAccount(accountId) {
  const account = config.accounts[accountId]
  if (account === undefined) throw new Error(`no credentials for ${accountId}`)
  const { provider, ...options } = account
  return provider === 'iyzico' ? iyzico({ ...options, retry: false }) : esnekpos({ ...options, retry: false })
}

const worker = createReconcileWorker({
  connection: config.redisUrl,
  queueName: config.queueName,
  resolveAccount,
  concurrency: config.concurrency,
  rateLimit: (accountId) => config.rateLimits[accountId],
  lockDurationMs: config.lockDurationMs,
  stalledIntervalMs: config.stalledIntervalMs,
  retryDelayMs: 100,
  onRecord: (record) =>
    process.stdout.write(`${JSON.stringify({ key: record.key, outcome: record.outcome })}\n`),
})
// Redis going away is expected in the restart test; the worker reconnects on its own.
worker.worker.on('error', () => {})
await worker.waitUntilReady()
process.stdout.write('ready\n')
process.on('SIGTERM', async () => {
  await worker.close()
  process.exit(0)
})
