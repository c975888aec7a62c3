import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  findInRedis,
  type RedisServer,
  redisTestsSkipReason,
  startRedisServer,
} from '@durum/reconcile/testing'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finished, runDurum, spawnDurum } from './run-durum'
import { type ServedSimulator, serveEsnekpos, serveIyzico } from './served-simulators'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping durum reconcile's Redis tests: ${noRedis}.`)

const shop = { apiKey: 'shop-a-api-key-0c61f2', secretKey: 'shop-a-secret-key-b7d934' }
const platform = { apiKey: 'platform-api-key-2a8e5d', secretKey: 'platform-secret-key-f41c07' }
const esnekposKeys = { merchant: 'TEST1234', merchantKey: 'reconcile-merchant-key-6d09ab' }

let redis: RedisServer
let dir: string
let servers: ServedSimulator[]

beforeAll(async () => {
  if (noRedis !== undefined) return
  dir = await mkdtemp(join(tmpdir(), 'durum-reconcile-'))
  redis = await startRedisServer({ appendOnly: false })
  // A simulator accepts one pair of keys, as iyzico does per merchant: shop-a has its own.
  servers = [
    await serveIyzico(platform),
    await serveIyzico(shop, { prefix: 'SHOP_A_' }),
    await serveEsnekpos(esnekposKeys),
  ]
})
afterAll(async () => {
  if (noRedis !== undefined) return
  await Promise.all(servers.map((server) => server.close()))
  await redis.stop()
  await rm(dir, { recursive: true, force: true })
})

/** What a worker's machine holds: the platform's iyzico and EsnekPOS keys, and shop-a's own. */
const workerEnv = () => Object.assign({}, ...servers.map((server) => server.env)) as Record<string, string>
const SECRETS = [shop.apiKey, shop.secretKey, platform.apiKey, platform.secretKey, esnekposKeys.merchantKey]

async function ordersCsv(name: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(
    path,
    [
      'provider,account,key,paymentId,paymentConversationId,sendPaymentRequestId,expected',
      'iyzico,,order-1,,20260611N100,,paid',
      'iyzico,shop-a,order-2,35790700,,,paid',
      'iyzico,shop-a,order-3,35790626,,,cancelled',
      'esnekpos,,order-4,,,2482,paid',
      'esnekpos,,order-5,,,999999,paid',
      '',
    ].join('\n'),
  )
  return path
}

describe.skipIf(noRedis !== undefined)('durum reconcile on a real Redis', () => {
  it('enqueues a CSV by account, once however often it is enqueued', async () => {
    const orders = await ordersCsv('once.csv')
    const first = await runDurum(['reconcile', 'enqueue', orders, '--redis', redis.url, '--run', 'once'])
    expect(first.code).toBe(0)
    expect(first.stdout.split('\n')[0]).toBe('Run once: 5 queries added, 0 already there, over 3 accounts.')
    const again = await runDurum(['reconcile', 'enqueue', orders, '--redis', redis.url, '--run', 'once'])
    expect(again.stdout.split('\n')[0]).toBe('Run once: 0 queries added, 5 already there, over 3 accounts.')
  })

  it('runs two workers to the end, followed by a watching report that has every order once, with mismatches and errors', async () => {
    const orders = await ordersCsv('nightly.csv')
    const queue = ['--redis', redis.url, '--queue', 'nightly']
    expect((await runDurum(['reconcile', 'enqueue', orders, ...queue])).code).toBe(0)
    // The report follows the run while the workers answer it, and writes once every order has its answer.
    const out = join(dir, 'nightly-report.csv')
    const reporting = runDurum(['reconcile', 'report', ...queue, '--run', 'nightly', '--watch', '--out', out])
    const workers = await Promise.all(
      [1, 2].map(() => runDurum(['reconcile', 'work', ...queue, '--until', 'nightly'], { env: workerEnv() })),
    )
    for (const worker of workers) {
      expect(worker.code).toBe(0)
      expect(worker.stderr).toMatch(
        /^Worker taking jobs from queue nightly \(Ctrl-C to stop\)\.\nWorker stopped: \d queries recorded here/,
      )
    }
    const report = await reporting
    expect(report.code).toBe(2)
    expect(report.stderr.trim().split('\n').at(-1)).toBe('Checked 5/5 (100%): 1 not as expected, 1 failed')
    expect(report.stdout.split('\n')[0]).toBe(
      'Checked 5 of 5 orders: 3 as expected, 1 not as expected, 1 failed.',
    )
    const records: Record<string, string>[] = parse(await readFile(out, 'utf8'), { columns: true })
    const byKey = records.map((record) => [
      record.key,
      record.account_id,
      record.outcome,
      record.status,
      record.error_code,
    ])
    expect(byKey.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([
      ['order-1', 'iyzico', 'match', 'SUCCEEDED', ''],
      ['order-2', 'iyzico:shop-a', 'mismatch', 'REFUNDED', ''],
      ['order-3', 'iyzico:shop-a', 'match', 'CANCELLED', ''],
      ['order-4', 'esnekpos', 'match', 'SUCCEEDED', ''],
      ['order-5', 'esnekpos', 'error', '', 'not_found'],
    ])
    expect(await findInRedis(redis.url, SECRETS)).toEqual([])
    for (const run of [...workers, report]) {
      for (const secret of SECRETS) expect(run.stdout + run.stderr).not.toContain(secret)
    }
  })

  it('exits 3 while queries are unanswered, and reports in Turkish', async () => {
    const orders = await ordersCsv('waiting.csv')
    const queue = ['--redis', redis.url, '--queue', 'waiting']
    await runDurum(['reconcile', 'enqueue', orders, ...queue])
    const report = await runDurum(['reconcile', 'report', ...queue, '--run', 'waiting', '--locale', 'tr'])
    expect(report.code).toBe(3)
    expect(report.stdout.split('\n')[0]).toBe(
      '5 siparişten 0 tanesi kontrol edildi: 0 beklendiği gibi, 0 beklenmedik, 0 başarısız.',
    )
    expect(report.stdout.trim().split('\n').at(-1)).toBe(
      "5 sorgu henüz yanıtlanmadı: worker'lar hâlâ çalışıyor olabilir.",
    )
  })

  it('records an account without credentials as failed, saying once which variables to set', async () => {
    const orders = await ordersCsv('no-shop-keys.csv')
    const queue = ['--redis', redis.url, '--queue', 'no-shop-keys']
    await runDurum(['reconcile', 'enqueue', orders, ...queue])
    const { SHOP_A_IYZICO_SECRET_KEY: _, ...env } = workerEnv()
    const worker = await runDurum(['reconcile', 'work', ...queue, '--until', 'no-shop-keys'], { env })
    expect(worker.code).toBe(0)
    expect(worker.stderr.split('\n')).toContain(
      'No credentials for account iyzico:shop-a: set SHOP_A_IYZICO_SECRET_KEY where this worker runs; its queries are recorded as failed.',
    )
    const report = await runDurum([
      'reconcile',
      'report',
      ...queue,
      '--run',
      'no-shop-keys',
      '--format',
      'ndjson',
    ])
    const records = report.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    const failed = records
      .filter((record) => record.accountId === 'iyzico:shop-a')
      .map((record) => record.error.code)
    expect(failed).toEqual(['account', 'account'])
  })
})

describe.skipIf(noRedis !== undefined)('durum reconcile rate limits', () => {
  it("holds an account's --rate across two workers, counted at the provider", async () => {
    const limited = await serveIyzico({
      apiKey: 'limited-api-key-93d1',
      secretKey: 'limited-secret-key-4be8',
    })
    try {
      const orders = join(dir, 'limited.csv')
      // Every query as expected, so the report reads the same whichever two the limit lets through.
      const rows = ['N100,paid', 'R100,refunded', 'C995,cancelled', 'P100,partially_refunded']
      const lines = rows.map((row) => `iyzico,20260611${row}`)
      await writeFile(orders, ['provider,paymentConversationId,expected', ...lines].join('\n'))
      const queue = ['--redis', redis.url, '--queue', 'limited']
      await runDurum(['reconcile', 'enqueue', orders, ...queue])
      // 4 requests a minute: two iyzico queries (each may look up refunds too), whichever worker runs them.
      const workers = [1, 2].map(() => {
        const child = spawnDurum(['reconcile', 'work', ...queue, '--rate', '4'], limited.env)
        const ready = new Promise((resolve) => child.stderr.once('data', resolve))
        return { child, ready, done: finished(child) }
      })
      await Promise.all(workers.map(({ ready }) => ready))
      // Long enough for every query to be tried; the next slot opens a minute after the first.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      for (const { child } of workers) child.kill('SIGINT')
      for (const { done } of workers) expect((await done).code).toBe(0)
      expect(limited.requests).toBe(4)
      const report = await runDurum(['reconcile', 'report', ...queue, '--run', 'limited'])
      expect(report.code).toBe(3)
      expect(report.stdout.split('\n')[0]).toBe(
        'Checked 2 of 4 orders: 2 as expected, 0 not as expected, 0 failed.',
      )
    } finally {
      await limited.close()
    }
  })
})

describe.skipIf(noRedis !== undefined)('durum reconcile usage and configuration errors', () => {
  it('exits 64 without a Redis URL', async () => {
    const { code, stderr } = await runDurum(['reconcile', 'report', '--run', 'x'])
    expect(code).toBe(64)
    expect(stderr).toBe('Which Redis? Pass --redis redis://host:port, or set REDIS_URL.\n')
  })

  it('exits 78 when Redis does not answer, without printing the URL password', async () => {
    const { code, stderr } = await runDurum([
      'reconcile',
      'report',
      '--run',
      'x',
      '--redis',
      'redis://:hunter2-secret@127.0.0.1:1',
    ])
    expect(code).toBe(78)
    expect(stderr).toBe('Redis at 127.0.0.1:1 does not answer (ECONNREFUSED): start it, or check --redis.\n')
  })

  it('exits 64 for a run Redis does not hold', async () => {
    const { code, stderr } = await runDurum(['reconcile', 'report', '--run', 'never-enqueued'], {
      env: { REDIS_URL: redis.url },
    })
    expect(code).toBe(64)
    expect(stderr).toBe('Redis holds no run never-enqueued (check --run, --queue and --prefix).\n')
  })

  it('exits 64 when --run is missing, in Turkish', async () => {
    const { code, stderr } = await runDurum(['reconcile', 'report', '--redis', redis.url, '--locale', 'tr'])
    expect(code).toBe(64)
    expect(stderr.split('\n')[0]).toBe('--run <id> seçeneği zorunludur.')
  })
})
