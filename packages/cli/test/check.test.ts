import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RECONCILE_CSV_COLUMNS } from '@durum/reconcile'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { libraryError } from './in-process'
import { finished, runDurum, spawnDurum } from './run-durum'
import { type ServedSimulator, serveEsnekpos, serveIyzico } from './served-simulators'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durum-check-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function csvFile(name: string, lines: string[]): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, `${lines.join('\n')}\n`)
  return path
}

/** `durum check --format ndjson` over the simulators: the records it printed, parsed. */
async function checkAsNdjson(orders: string, ...more: string[]) {
  const run = await runDurum(['check', orders, '--simulator', '--format', 'ndjson', '--no-progress', ...more])
  const records = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  return { ...run, records }
}

const HEADER = 'provider,key,paymentId,paymentConversationId,sendPaymentRequestId,expected'
const AS_EXPECTED = [
  'iyzico,order-1,,20260611N100,,paid',
  'iyzico,order-6,35790626,,,cancelled',
  'esnekpos,order-4,,,2482,paid',
]
const REFUNDED = 'iyzico,order-2,35790700,,,paid'
const UNCHECKED = 'iyzico,order-3,20885695,,,paid'
const NOT_FOUND = 'esnekpos,order-5,,,999999,paid'

describe('durum check against the simulators (--simulator)', () => {
  it('checks the example CSV the README shows', async () => {
    const example = fileURLToPath(new URL('../examples/orders.csv', import.meta.url))
    const { code, stdout } = await runDurum(['check', example, '--simulator', '--no-progress'])
    expect(code).toBe(2)
    expect(stdout.split('\n')[0]).toBe('Checked 10 of 10 orders: 7 as expected, 2 not as expected, 1 failed.')
  })

  it('exits 0 when every order is as expected', async () => {
    const orders = await csvFile('all-good.csv', [HEADER, ...AS_EXPECTED])
    const { code, stdout } = await runDurum(['check', orders, '--simulator', '--no-progress'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Checked 3 of 3 orders: 3 as expected, 0 not as expected, 0 failed.')
  })

  it('checks an iyzico tokenization session: a checkout-form token with a payment id', async () => {
    const orders = await csvFile('session.csv', [
      'provider,checkoutFormToken,paymentId,expected',
      'iyzico,c4d1e7a0-3b52-4d8e-9f61-2a7b5c8d9e10,29414276,active',
      'iyzico,ab468ec8-c4ab-4449-b15b-69782f7786c6,29414275,active',
    ])
    const { code, records } = await checkAsNdjson(orders)
    expect(code).toBe(1)
    expect(records.map((record) => [record.key, record.outcome, record.result.status])).toEqual([
      ['2', 'match', 'ACTIVE'],
      ['3', 'mismatch', 'INACTIVE'],
    ])
  })

  it('exits 1 and lists each mismatch: a refund, and refunds that could not be checked', async () => {
    const orders = await csvFile('mismatches.csv', [HEADER, ...AS_EXPECTED, REFUNDED, UNCHECKED])
    const { code, stdout } = await runDurum(['check', orders, '--simulator', '--no-progress'])
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('Checked 5 of 5 orders: 3 as expected, 2 not as expected, 0 failed.')
    const rows = lines
      .filter((line) => /^│ order-/.test(line))
      .map((line) => line.split('│').map((cell) => cell.trim()))
    expect(rows.map((cells) => cells.slice(1, 6))).toEqual([
      ['order-2', 'iyzico', 'paid', 'REFUNDED', 'no'],
      ['order-3', 'iyzico', 'paid', 'SUCCEEDED', 'no'],
    ])
    // Under the table, what is wrong with each, in words.
    expect(stdout).toContain(
      '\n  order-2 · iyzico · expected paid, provider says REFUNDED\n  order-3 · iyzico · expected paid, refunds unchecked\n',
    )
  })

  it('exits 2 when a query failed, naming the order, its error code and the library message', async () => {
    const orders = await csvFile('errors.csv', [HEADER, ...AS_EXPECTED, REFUNDED, NOT_FOUND])
    const { code, stdout, stderr } = await runDurum(['check', orders, '--simulator'])
    const expected = await libraryError({ provider: 'esnekpos', sendPaymentRequestId: '999999' })
    expect(code).toBe(2)
    expect(stdout).toContain(`\n  order-5 · esnekpos · not_found: ${expected.message}\n`)
    // Piped: plain progress lines on stderr, one per tenth, the last at 100 %.
    expect(stderr.trim().split('\n').at(-1)).toBe('Checked 5/5 (100%): 1 not as expected, 1 failed')
  })

  it('writes every record to --out as CSV, in the order of the input, with reconcile columns', async () => {
    const orders = await csvFile('out-csv.csv', [HEADER, ...AS_EXPECTED, REFUNDED, UNCHECKED, NOT_FOUND])
    const out = join(dir, 'records.csv')
    const { code } = await runDurum(['check', orders, '--simulator', '--out', out, '--no-progress'])
    expect(code).toBe(2)
    const records: Record<string, string>[] = parse(await readFile(out, 'utf8'), { columns: true })
    expect(Object.keys(records[0]!)).toEqual([...RECONCILE_CSV_COLUMNS])
    expect(
      records.map((record) => [
        record.key,
        record.outcome,
        record.status,
        record.mismatch,
        record.mismatch_reason,
        record.error_code,
      ]),
    ).toEqual([
      ['order-1', 'match', 'SUCCEEDED', '', '', ''],
      ['order-6', 'match', 'CANCELLED', '', '', ''],
      ['order-4', 'match', 'SUCCEEDED', '', '', ''],
      [
        'order-2',
        'mismatch',
        'REFUNDED',
        'expected paid, provider says REFUNDED',
        'reconcile.status_differs',
        '',
      ],
      [
        'order-3',
        'mismatch',
        'SUCCEEDED',
        'expected paid, refunds unchecked',
        'reconcile.refunds_unchecked',
        '',
      ],
      ['order-5', 'error', '', '', '', 'not_found'],
    ])
  })

  it('writes NDJSON to stdout with --format ndjson, the summary going to stderr', async () => {
    const orders = await csvFile('ndjson.csv', [HEADER, AS_EXPECTED[0]!, REFUNDED])
    const { code, records, stderr } = await checkAsNdjson(orders)
    expect(code).toBe(1)
    expect(
      records.map((record) => [record.key, record.outcome, record.result.status, record.result.paid]),
    ).toEqual([
      ['order-1', 'match', 'SUCCEEDED', true],
      ['order-2', 'mismatch', 'REFUNDED', false],
    ])
    expect(stderr.split('\n')[0]).toBe('Checked 2 of 2 orders: 1 as expected, 1 not as expected, 0 failed.')
  })

  it('writes NDJSON to an --out file ending in .ndjson', async () => {
    const orders = await csvFile('out-ndjson.csv', [HEADER, NOT_FOUND])
    const out = join(dir, 'records.ndjson')
    const { code } = await runDurum(['check', orders, '--simulator', '--out', out, '--no-progress'])
    expect(code).toBe(2)
    const [record] = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(record).toMatchObject({ key: 'order-5', outcome: 'error', error: { code: 'not_found' } })
  })

  it('writes each mismatch in Turkish with --locale tr, its reason code as in English', async () => {
    const orders = await csvFile('turkish-records.csv', [HEADER, AS_EXPECTED[0]!, REFUNDED, UNCHECKED])
    const { code, records } = await checkAsNdjson(orders, '--locale', 'tr')
    expect(code).toBe(1)
    expect(
      records.map((record) => [record.key, record.outcome, record.mismatch, record.mismatchReason]),
    ).toEqual([
      ['order-1', 'match', undefined, undefined],
      ['order-2', 'mismatch', 'beklenen paid, sağlayıcının bildirdiği REFUNDED', 'reconcile.status_differs'],
      ['order-3', 'mismatch', 'beklenen paid, iadeler kontrol edilemedi', 'reconcile.refunds_unchecked'],
    ])
  })

  it('summarizes in Turkish with --locale tr', async () => {
    const orders = await csvFile('turkish.csv', [HEADER, ...AS_EXPECTED, REFUNDED])
    const { code, stdout, stderr } = await runDurum(['check', orders, '--simulator', '--locale', 'tr'])
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toBe(
      '4 siparişten 4 tanesi kontrol edildi: 3 beklendiği gibi, 1 beklenmedik, 0 başarısız.',
    )
    expect(stderr.trim().split('\n').at(-1)).toBe('Kontrol edilen 4/4 (%100): 1 beklenmedik, 0 başarısız')
  })
})

describe('durum check refuses a CSV it cannot check, before any query (exit 64)', () => {
  const cases: [string, string[], string][] = [
    [
      'an unknown column',
      ['provider,paymentid,expected', 'iyzico,1,paid'],
      'unknown column paymentid; the columns are provider, expected, key, paymentId, paymentConversationId, checkoutFormToken, sendPaymentRequestId, orderReference, merchantOid.',
    ],
    [
      'a missing expected column',
      ['provider,paymentId', 'iyzico,1'],
      'the header row has no expected column.',
    ],
    [
      'an unknown provider',
      ['provider,paymentId,expected', 'iyzico,1,paid', 'stripe,2,paid'],
      'line 3: unknown provider "stripe"; use one of iyzico, esnekpos, paytr.',
    ],
    [
      'an unknown expected state',
      ['provider,paymentId,expected', 'iyzico,1,shipped'],
      'line 2: unknown expected state "shipped"; use one of paid, partially_refunded, refunded, cancelled, failed, authorized, unpaid, pending, active, inactive.',
    ],
    [
      'no orders',
      ['provider,paymentId,expected'],
      'no orders: the file needs a header row and at least one order.',
    ],
  ]
  for (const [name, lines, message] of cases) {
    it(`names ${name}`, async () => {
      const orders = await csvFile(`bad-${name.replaceAll(' ', '-')}.csv`, lines)
      const { code, stdout, stderr } = await runDurum(['check', orders, '--simulator'])
      expect(code).toBe(64)
      expect(stdout).toBe('')
      expect(stderr).toBe(`${orders}: ${message}\n`)
    })
  }

  it('says a missing file cannot be read', async () => {
    const missing = join(dir, 'missing.csv')
    const { code, stderr } = await runDurum(['check', missing, '--simulator'])
    expect(code).toBe(64)
    expect(stderr).toBe(`Cannot read ${missing} (ENOENT).\n`)
  })
})

describe('durum check with credentials from the environment', () => {
  const iyzicoKeys = { apiKey: 'check-api-key-5e1b77', secretKey: 'check-secret-key-c09a3d' }
  const esnekposKeys = { merchant: 'TEST1234', merchantKey: 'check-merchant-key-8f2e41' }
  let servers: ServedSimulator[]
  beforeAll(async () => {
    servers = [await serveIyzico(iyzicoKeys, { latencyMs: 300 }), await serveEsnekpos(esnekposKeys)]
  })
  afterAll(() => Promise.all(servers.map((server) => server.close())))
  const env = (overrides: Record<string, string> = {}) => ({
    ...servers[0]!.env,
    ...servers[1]!.env,
    ...overrides,
  })

  it('exits 78 naming the credentials missing for a provider the CSV uses', async () => {
    const orders = await csvFile('env-missing.csv', [HEADER, ...AS_EXPECTED])
    const { ESNEKPOS_MERCHANT_KEY: _, ...withoutKey } = env()
    const { code, stderr } = await runDurum(['check', orders], { env: withoutKey })
    expect(code).toBe(78)
    expect(stderr).toBe(
      'No credentials for esnekpos: set ESNEKPOS_MERCHANT_KEY in the environment, or add --simulator to query the built-in simulator.\n',
    )
  })

  it('records a wrong key as an authentication error, and prints or writes no credential', async () => {
    const orders = await csvFile('env-wrong.csv', [HEADER, ...AS_EXPECTED])
    const out = join(dir, 'env-wrong.ndjson')
    const wrong = 'wrong-secret-key-77ab1c'
    const run = await runDurum(['check', orders, '--out', out], { env: env({ IYZICO_SECRET_KEY: wrong }) })
    const written = await readFile(out, 'utf8')
    expect(run.code).toBe(2)
    expect(
      written
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).error?.code),
    ).toEqual(['authentication', 'authentication', undefined])
    for (const secret of [iyzicoKeys.apiKey, wrong, esnekposKeys.merchantKey]) {
      expect(run.stdout + run.stderr + written).not.toContain(secret)
    }
  })

  it('stops on Ctrl-C with exit 130, reporting what finished', async () => {
    const orders = await csvFile('env-interrupted.csv', [
      HEADER,
      ...Array(10)
        .fill(AS_EXPECTED[0]!)
        .map((line, index) => line.replace('order-1', `order-${index}`)),
    ])
    const child = spawnDurum(['check', orders, '--concurrency', '1'], env())
    const done = finished(child)
    await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()))
    child.kill('SIGINT')
    const { code, stdout, stderr } = await done
    expect(code).toBe(130)
    const [, finishedCount] = /^Checked (\d+) of 10 orders/.exec(stdout) ?? []
    expect(Number(finishedCount)).toBeLessThan(10)
    expect(stderr.trim().split('\n').at(-1)).toBe(`Stopped by Ctrl-C after ${finishedCount} of 10 orders.`)
  })
})
