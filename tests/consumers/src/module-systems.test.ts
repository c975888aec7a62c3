import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// The fixtures docs/COMMONJS.md quotes: a NestJS app on CommonJS (cjs/) and a plain ES module
// project (esm/), compiled by tsc and run by Node, each querying the iyzico simulator for a paid
// payment through the built packages.
const exec = promisify(execFile)
const here = fileURLToPath(new URL('../', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const PAID = { status: 'SUCCEEDED', paid: true }

/** `tsc` in a fixture: exit code and each error as `file(line): TScode`, with the @durum module it names. */
async function compile(fixture: string, args: string[]) {
  const { stdout, code } = await exec(process.execPath, [tsc, ...args], { cwd: join(here, fixture) }).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', code: error.code ?? -1 }),
  )
  const errors = [
    ...stdout.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+): (?:.*?['"](@durum\/[^'"]+)['"])?/gm),
  ].map(([, file, line, tsCode, module]) => `${file}(${line}): ${tsCode}${module ? ` '${module}'` : ''}`)
  return { code, errors, stdout }
}

/** The machine's Node (20.19+) besides the Node running the tests (22 or 24): require(esm) must work on each. */
function nodes(): string[] {
  const system = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .map((dir) => join(dir, 'node'))
    .find((file) => existsSync(file))
  return [...new Set([process.execPath, ...(system ? [system] : [])])]
}

/**
 * Builds a fixture with one of its tsconfigs, then runs the built script on each Node: it must
 * print the paid payment, and Node must print nothing else (no warning that require() loaded ESM).
 */
async function buildAndRun(fixture: string, tsconfig: string, script: string) {
  const build = await compile(fixture, ['-p', tsconfig])
  expect(build.errors).toEqual([])
  expect(build.code).toBe(0)
  for (const node of nodes()) {
    const { stdout, stderr } = await exec(node, [script], { cwd: join(here, fixture), timeout: 30_000 })
    expect({ node, result: JSON.parse(stdout) as unknown, stderr }).toEqual({
      node,
      result: PAID,
      stderr: '',
    })
  }
}

/** The errors tsc reports for the NestJS app under another module / moduleResolution pair. */
const errorsUnder = async (module: string, moduleResolution: string) =>
  (
    await compile('cjs', [
      '-p',
      'tsconfig.json',
      '--noEmit',
      '--module',
      module,
      '--moduleResolution',
      moduleResolution,
    ])
  ).errors

describe('CommonJS: a NestJS app (cjs/)', () => {
  it('module nodenext: tsc compiles static imports of durum, and Node 20.19+/22.12+ runs them through require(esm)', async () => {
    await buildAndRun('cjs', 'tsconfig.json', 'dist/main.js')
  })

  it('module node20 accepts the same app', async () => {
    expect(await errorsUnder('node20', 'node16')).toEqual([])
  })

  it('module node16 refuses each static import of durum with TS1479', async () => {
    expect(await errorsUnder('node16', 'node16')).toEqual([
      "src/main.ts(2): TS1479 '@durum/iyzico'",
      "src/main.ts(3): TS1479 '@durum/iyzico/testing'",
      "src/main.ts(4): TS1479 '@durum/status-normalizer'",
    ])
  })

  it('module node16 with import() and resolution-mode type imports: compiles and runs', async () => {
    await buildAndRun('cjs', 'tsconfig.node16.json', 'dist/dynamic-import.js')
  })

  it('moduleResolution node (node10) ignores exports: the /testing subpath is not found (TS2307)', async () => {
    expect(await errorsUnder('commonjs', 'node10')).toEqual([
      "src/main.ts(3): TS2307 '@durum/iyzico/testing'",
    ])
  })
})

describe('ESM: "type": "module" (esm/)', () => {
  it('module nodenext: tsc compiles it and Node runs it, top-level await included', async () => {
    await buildAndRun('esm', 'tsconfig.json', 'dist/main.js')
  })
})

it("docs/COMMONJS.md quotes the fixtures' compiler options, NestJS first, then ESM", () => {
  const doc = readFileSync(join(here, '../../docs/COMMONJS.md'), 'utf8')
  const quoted = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map(([, json]) => JSON.parse(json ?? ''))
  const options = (fixture: string) => ({
    compilerOptions: (
      JSON.parse(readFileSync(join(here, fixture, 'tsconfig.json'), 'utf8')) as { compilerOptions: unknown }
    ).compilerOptions,
  })
  expect(quoted).toEqual([options('cjs'), options('esm')])
})
