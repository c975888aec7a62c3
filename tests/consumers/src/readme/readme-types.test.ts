import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { readmeTypeErrors } from './readme-types.ts'

const project = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'durum-readme-types-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('reports a type error at its README line, and none for a block that is right', async () => {
  const path = join(dir, 'README.md')
  writeFileSync(
    path,
    [
      '# Example',
      '',
      '```ts',
      "import { money } from '@durum/core'",
      '',
      "const price = money('1.20000000', 'TRY')",
      '```',
      '',
      '```ts',
      "const amount: number = price.amount // '1.20'",
      '```',
      '',
    ].join('\n'),
  )
  expect(await readmeTypeErrors([{ name: 'README.md', path }], project)).toEqual([
    "README.md:10: TS2322 Type 'string' is not assignable to type 'number'.",
  ])
})
