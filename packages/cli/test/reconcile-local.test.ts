import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { redisTestsSkipReason } from '@durum/reconcile/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { finished, runDurum, spawnDurum } from './run-durum'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping durum reconcile local's Redis tests: ${noRedis}.`)

/** The root's `pnpm reconcile:local` runs this script (after building the CLI). */
const SCRIPT = fileURLToPath(new URL('../scripts/reconcile-local.mjs', import.meta.url))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durum-local-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** The Redis port and data directory a local run announced on stderr. */
function localRedisOf(stderr: string): { port: number; dir: string } {
  const match = /^Local Redis on 127\.0\.0\.1:(\d+), its data in (.+) \(removed when done\)\.$/m.exec(stderr)
  if (match === null) throw new Error(`no Local Redis line in:\n${stderr}`)
  return { port: Number(match[1]), dir: match[2]! }
}

/** Whether anything accepts connections on the loopback port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Each example order's outcome and, for a mismatch or a failure, its code. */
const EXAMPLE_OUTCOMES = [
  ['order-1001', 'match', ''],
  ['order-1002', 'match', ''],
  ['order-1003', 'mismatch', 'reconcile.status_differs'],
  ['order-1004', 'mismatch', 'reconcile.refunds_unchecked'],
  ['order-1005', 'match', ''],
  ['order-1006', 'match', ''],
  ['order-1007', 'error', 'not_found'],
  ['order-1008', 'match', ''],
  ['order-1009', 'match', ''],
  ['order-1010', 'match', ''],
]

describe('durum reconcile local', () => {
  it.skipIf(noRedis !== undefined)(
    'reconciles the example orders on a Redis of its own against the simulators, each once, then removes that Redis',
    async () => {
      const { code, stdout, stderr } = await runDurum([
        'reconcile',
        'local',
        '--format',
        'ndjson',
        '--no-progress',
      ])
      // The example has mismatches and a failed query: the documented "errors" code.
      expect(code).toBe(2)
      const records = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      const outcomes = records.map((record) => [
        record.key,
        record.outcome,
        record.mismatchReason ?? record.error?.code ?? '',
      ])
      expect(outcomes.sort((a, b) => a[0].localeCompare(b[0]))).toEqual(EXAMPLE_OUTCOMES)
      expect(records.find((record) => record.key === 'order-1003').mismatch).toBe(
        'expected paid, provider says REFUNDED',
      )
      const lines = stderr.split('\n')
      expect(lines).toContain('Run orders: 10 queries added, 0 already there, over 3 accounts.')
      expect(lines).toContain('Checked 10 of 10 orders: 7 as expected, 2 not as expected, 1 failed.')
      const redis = localRedisOf(stderr)
      expect(existsSync(redis.dir)).toBe(false)
      expect(await accepting(redis.port)).toBe(false)
    },
  )

  it.skipIf(noRedis !== undefined)(
    'runs as pnpm reconcile:local runs it: in Turkish with --locale tr, the workers too, exit 0 once reported',
    async () => {
      const child = spawn(
        process.execPath,
        [SCRIPT, '--locale', 'tr', '--format', 'ndjson', '--no-progress'],
        {
          env: { PATH: process.env.PATH ?? '' },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      )
      child.stdin.end()
      const { code, stdout, stderr } = await finished(child)
      expect(code).toBe(0)
      const records = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(
        records
          .filter((record) => record.outcome === 'mismatch')
          .map((record) => record.mismatch)
          .sort(),
      ).toEqual([
        'beklenen paid, iadeler kontrol edilemedi',
        'beklenen paid, sağlayıcının bildirdiği REFUNDED',
      ])
      expect(stderr.split('\n')).toContain(
        '10 siparişten 10 tanesi kontrol edildi: 7 beklendiği gibi, 2 beklenmedik, 1 başarısız.',
      )
      expect(existsSync(localRedisOfTr(stderr))).toBe(false)
    },
  )

  it.skipIf(noRedis !== undefined)(
    "stops quietly on a terminal's Ctrl-C, and removes its Redis",
    async () => {
      const orders = join(dir, 'many.csv')
      const rows = Array.from({ length: 1000 }, (_, index) => `iyzico,order-${index},35790700,refunded`)
      await writeFile(orders, ['provider,key,paymentId,expected', ...rows].join('\n'))
      // A terminal's Ctrl-C signals the whole foreground group, here durum's own, as soon as it has enqueued.
      const child = spawnDurum(['reconcile', 'local', orders, '--concurrency', '1'], {}, { detached: true })
      const done = finished(child)
      let seen = ''
      await new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          seen += chunk.toString()
          if (seen.includes('Run many:')) resolve()
        })
      })
      process.kill(-child.pid!, 'SIGINT')
      // Should it not stop, the group is killed, so a failed run leaves nothing behind.
      const hung = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000)
      const { code, stdout, stderr } = await done
      clearTimeout(hung)
      expect(code).toBe(130)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n').slice(-1)).toEqual([
        'Stopped by Ctrl-C; the local Redis and its data are removed.',
      ])
      expect(stderr).not.toMatch(/Redis connection|ECONNREFUSED|Error/)
      const redis = localRedisOf(stderr)
      expect(existsSync(redis.dir)).toBe(false)
      expect(await accepting(redis.port)).toBe(false)
    },
  )

  it('exits 78 saying how to install redis-server when it cannot start one', async () => {
    const { code, stdout, stderr } = await runDurum(['reconcile', 'local'], {
      env: { REDIS_SERVER: join(dir, 'no-redis-server') },
    })
    expect(code).toBe(78)
    expect(stdout).toBe('')
    expect(stderr.split('\n')[0]).toBe(
      'Could not start a local redis-server: install it (the redis-server package on Debian) or set REDIS_SERVER to its path.',
    )
  })
})

/** The data directory a Turkish local run announced on stderr. */
function localRedisOfTr(stderr: string): string {
  const match =
    /^Yerel Redis 127\.0\.0\.1:\d+ adresinde, verileri (.+) içinde \(iş bitince silinir\)\.$/m.exec(stderr)
  if (match === null) throw new Error(`no Yerel Redis line in:\n${stderr}`)
  return match[1]!
}
