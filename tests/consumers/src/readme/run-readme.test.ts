import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { mismatches, runReadme } from './run-readme.ts'

const project = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'durum-readme-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A README of these blocks, each fenced as ```ts, one paragraph apart. */
function readme(...blocks: string[]): string {
  const file = join(dir, `README-${Math.random().toString(36).slice(2)}.md`)
  writeFileSync(
    file,
    `# Example\n\n${blocks.map((block) => `\`\`\`ts\n${block}\n\`\`\``).join('\n\nMore.\n\n')}\n`,
  )
  return file
}

describe('runReadme', () => {
  it('checks what each comment states, in blocks that build on the ones before, against the simulator for environment', async () => {
    const run = await runReadme(
      readme(
        [
          "import { createStatusNormalizer } from '@durum/status-normalizer'",
          "import { iyzico } from '@durum/iyzico'",
          '',
          "const durum = createStatusNormalizer({ providers: [iyzico({ environment: 'sandbox' })] })",
          "const payment = await durum.getStatus({ provider: 'iyzico', paymentId: '35790702' })",
          "console.log(payment.status) // 'FAILED'",
        ].join('\n'),
        [
          "console.log(payment.status) // 'SUCCEEDED'",
          "payment.amount // { amount: '10.01', currency: 'TRY' }",
        ].join('\n'),
      ),
      { project },
    )
    expect(run.failure).toBeUndefined()
    expect(run.checks.map(({ line, comment }) => ({ line, comment }))).toEqual([
      { line: 9, comment: "'FAILED'" },
      { line: 15, comment: "'SUCCEEDED'" },
      { line: 16, comment: "{ amount: '10.01', currency: 'TRY' }" },
    ])
    expect(mismatches(run)).toEqual([
      "line 9: the comment says 'FAILED'; the code gave SUCCEEDED | 'SUCCEEDED'",
    ])
  })

  it('names the block that threw and what it threw; a block that is not code is reported, not run', async () => {
    const run = await runReadme(
      readme(
        'const durum = createStatusNormalizer({ providers: [iyzico({...})] })',
        "import { money } from '@durum/core'\n\nmoney('1,5', 'TRY') // '1.50'",
      ),
      { project },
    )
    expect(run.unparsable).toEqual([{ line: 4, reason: 'Expression expected.' }])
    expect(run.failure?.block).toBe(10)
    expect(run.failure?.error).toMatch(/^DurumError: /)
    expect(mismatches(run)).toEqual([
      "line 12: the comment says '1.50'; the code gave nothing (it never ran)",
    ])
  })
})
