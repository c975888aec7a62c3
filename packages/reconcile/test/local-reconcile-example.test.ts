import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { RECONCILE_CSV_COLUMNS } from '../src/format-reconcile-records'
import { redisTestsSkipReason } from '../src/testing/redis-test-plan'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping the local reconcile example: ${noRedis}.`)

const EXAMPLE = fileURLToPath(new URL('../examples/local-reconcile.mjs', import.meta.url))
const BUILT = fileURLToPath(new URL('../dist/index.js', import.meta.url))

// The README's one local command runs this script; it prints what the README shows.
describe.skipIf(noRedis !== undefined)("the README's local reconcile example", () => {
  it('runs against its own Redis and the simulators and reports what the README says', async () => {
    if (!existsSync(BUILT)) {
      throw new Error('The example runs the built package: pnpm turbo run build --filter=@durum/reconcile...')
    }
    const { stdout } = await promisify(execFile)(process.execPath, [EXAMPLE], { timeout: 60_000 })
    const lines = stdout.split('\n')
    expect(lines).toContain('enqueued 9 queries')
    expect(lines).toContain('9/9 answered')
    expect(lines.filter((line) => /^order-\d: /.test(line)).sort()).toEqual([
      'order-1: expected paid, provider says CANCELLED',
      'order-3: expected paid, refunds unchecked',
      'order-4: expected paid, provider says UNDER_REVIEW',
      expect.stringMatching(/^order-6: not_found \(iyzico has no record for paymentId 404404 /),
      'order-8: expected paid, provider says FAILED',
    ])
    expect(lines).toContain(`${RECONCILE_CSV_COLUMNS.join(',')}\r`)
    expect(lines.filter((line) => line.startsWith('example,'))).toHaveLength(9)
  }, 90_000)
})
