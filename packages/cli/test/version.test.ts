import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runDurum } from './run-durum'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

describe('durum --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version and exits 0', async (flag) => {
    const run = await runDurum([flag])
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('is described in the help, in Turkish too', async () => {
    const run = await runDurum(['--locale', 'tr', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("-V, --version           durum'un sürümünü yaz")
  })
})
