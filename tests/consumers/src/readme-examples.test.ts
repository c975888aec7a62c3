import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readmeBlocks } from './readme/readme-blocks.ts'
import { readmeTypeErrors } from './readme/readme-types.ts'
import { mismatches, runReadme } from './readme/run-readme.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const project = fileURLToPath(new URL('../', import.meta.url))

/**
 * The root README and the library packages' READMEs, in each language they are written in. The
 * reconcile and cli READMEs are not here: their examples need Redis or a shell, and their own
 * packages test them.
 */
const LIBRARIES = ['core', 'status-normalizer', 'iyzico', 'esnekpos', 'paytr']
const isReadme = (file: string) => /^README(\.[a-z]{2})?\.md$/.test(file)
const readmes = [
  ...readdirSync(root).filter(isReadme),
  ...LIBRARIES.filter((dir) => existsSync(join(root, 'packages', dir))).flatMap((dir) =>
    readdirSync(join(root, 'packages', dir))
      .filter(isReadme)
      .map((file) => `packages/${dir}/${file}`),
  ),
].sort()

/**
 * Blocks that cannot run as a module against the simulators, found by a line they contain; each
 * must still be in its README (a stale entry fails), and no other block may be left out.
 */
const NOT_RUN: readonly { readme: RegExp; marker: string; reason: string }[] = [
  {
    readme: /^packages\/core\/README/,
    marker: "baseUrl: () => 'https://api.acme.example'",
    reason: 'the provider-kit sketch calls a made-up host, api.acme.example',
  },
  {
    readme: /^packages\/status-normalizer\/README/,
    marker: 'describeProviderConformance({',
    reason: "declares vitest tests: it runs inside a provider's own test suite",
  },
  {
    readme: /^packages\/status-normalizer\/README/,
    marker: 'type BatchResult =',
    reason: 'the shape of a batch entry, over placeholder types Q and R',
  },
  {
    readme: /^packages\/status-normalizer\/README/,
    marker: 'export function acme(options',
    reason: "a provider's outline: its getStatus body is a comment",
  },
]

const leftOut = (readme: string) => NOT_RUN.filter((entry) => entry.readme.test(readme))
/** Not a listed block, nor one with a `{...}` placeholder (which is never valid code). */
const runnable = (readme: string) => (block: { code: string }) =>
  !block.code.includes('{...}') && !leftOut(readme).some(({ marker }) => block.code.includes(marker))

describe.each(readmes)('%s', (readme) => {
  const path = join(root, readme)

  it('every example runs against the simulators and prints what its comments say', async () => {
    const run = await runReadme(path, { project, select: runnable(readme) })
    expect(run.failure).toBeUndefined()
    expect(run.unparsable).toEqual([])
    expect(mismatches(run)).toEqual([])
    // A worker example answers the harness's request for a paid payment; a webhook route refuses
    // a body iyzico did not sign.
    for (const handler of run.handlers)
      expect(handler).toEqual(
        handler.handler === 'fetch'
          ? { handler: 'fetch', status: 200, body: 'SUCCEEDED' }
          : { handler: 'POST', status: 401, body: 'rejected' },
      )
  })
})

it('every example left out is still in a README', () => {
  const stale = NOT_RUN.filter(({ readme, marker }) =>
    readmes
      .filter((file) => readme.test(file))
      .every(
        (file) =>
          !readmeBlocks(readFileSync(join(root, file), 'utf8')).some((block) => block.code.includes(marker)),
      ),
  )
  expect(stale).toEqual([])
})

it('every example type-checks as code of a strict Node ESM project (module nodenext)', async () => {
  const errors = await readmeTypeErrors(
    readmes.map((readme) => ({ name: readme, path: join(root, readme), select: runnable(readme) })),
    project,
  )
  expect(errors).toEqual([])
})

/**
 * A Turkish README shows the same code as its English one: its blocks are copies, so an English
 * example that changes must change in the Turkish README too. Only comments, which explain in each
 * language, layout, and a Turkish README asking for Turkish (`locale: 'tr'`) may differ.
 */
const codeOnly = (code: string) =>
  code
    .split('\n')
    .map((line) => line.replace(/\s*(\/\/|#)\s.*$/, ''))
    .join('')
    .replace(/\s+/g, '')
    .replace(/locale:'tr',?/g, '')
    .replace(/,(?=[}\])])/g, '')
const turkish = readmes.filter((readme) => readme.endsWith('.tr.md'))

it.each(turkish)('%s carries the same code blocks as its English README', (readme) => {
  const english = readme.replace(/\.tr\.md$/, '.md')
  const codeOf = (file: string) =>
    readmeBlocks(readFileSync(join(root, file), 'utf8')).map((block) => codeOnly(block.code))
  expect(codeOf(readme)).toEqual(codeOf(english))
})
