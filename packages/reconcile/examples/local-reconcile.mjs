// A whole reconcile on this machine: its own redis-server, the iyzico and EsnekPOS simulators on
// loopback ports, a run of nine orders over two accounts, two workers, then the report and its CSV.
// `pnpm --filter @durum/reconcile example` (after a build); needs Debian's redis-server on PATH.
import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import {
  createReconcileWorker,
  enqueueReconcileRun,
  formatReconcileRecords,
  readReconcileRecords,
  readReconcileReport,
  watchReconcileProgress,
} from '@durum/reconcile'
import { startRedisServer } from '@durum/reconcile/testing'

// The platform's vault: credentials by account id, never written to Redis.
const vault = {
  'shop-1/iyzico': { apiKey: 'example-api-key', secretKey: 'example-secret-key' },
  'shop-2/esnekpos': { merchant: 'EXAMPLE', merchantKey: 'example-merchant-key' },
}
const redis = await startRedisServer()
const iyzicoServer = await createIyzicoSimulator(vault['shop-1/iyzico']).listen(0)
const esnekposServer = await createEsnekposSimulator(vault['shop-2/esnekpos']).listen(0)

const resolveAccount = (accountId) =>
  accountId.endsWith('/iyzico')
    ? iyzico({ ...vault[accountId], baseUrl: iyzicoServer.url, retry: false })
    : esnekpos({ ...vault[accountId], baseUrl: esnekposServer.url, retry: false })

const connection = { connection: redis.url }
const enqueued = await enqueueReconcileRun({
  ...connection,
  runId: 'example',
  accounts: [
    {
      accountId: 'shop-1/iyzico',
      queries: [
        { key: 'order-1', query: { provider: 'iyzico', paymentId: '35790626' }, expected: 'paid' },
        { key: 'order-2', query: { provider: 'iyzico', paymentId: '35790626' }, expected: 'cancelled' },
        { key: 'order-3', query: { provider: 'iyzico', paymentId: '20885695' }, expected: 'paid' },
        { key: 'order-4', query: { provider: 'iyzico', paymentId: '11154295' }, expected: 'paid' },
        { key: 'order-5', query: { provider: 'iyzico', paymentId: '20885697' }, expected: 'failed' },
        { key: 'order-6', query: { provider: 'iyzico', paymentId: '404404' }, expected: 'paid' },
      ],
    },
    {
      accountId: 'shop-2/esnekpos',
      queries: [
        {
          key: 'order-7',
          query: { provider: 'esnekpos', orderReference: 'PRB6AB115E04889' },
          expected: 'paid',
        },
        {
          key: 'order-8',
          query: { provider: 'esnekpos', orderReference: 'PRB473855AF38A4' },
          expected: 'paid',
        },
        { key: 'order-9', query: { provider: 'esnekpos', sendPaymentRequestId: '2482' }, expected: 'paid' },
      ],
    },
  ],
})
console.log(`enqueued ${enqueued.added} queries`)

const rateLimit = { max: 5, durationMs: 1000, requestsPerQuery: 2 }
const workers = [1, 2].map(() => createReconcileWorker({ ...connection, resolveAccount, rateLimit }))
for await (const progress of watchReconcileProgress({ ...connection, runId: 'example', intervalMs: 200 })) {
  console.log(`${progress.finished}/${progress.total} answered`)
}
await Promise.all(workers.map((worker) => worker.close()))

const report = await readReconcileReport({ ...connection, runId: 'example' })
console.log('by status', report.statuses, 'errors', report.errors)
for (const record of report.mismatches) console.log(`${record.key}: ${record.mismatch}`)
for (const record of report.failures)
  console.log(`${record.key}: ${record.error.code} (${record.error.message})`)
for await (const line of formatReconcileRecords(
  readReconcileRecords({ ...connection, runId: 'example' }),
  'csv',
))
  process.stdout.write(line)

await Promise.all([iyzicoServer.close(), esnekposServer.close(), redis.stop()])
