import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { PAYMENT_STATUSES } from '@durum/status-normalizer'
import { beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const here = fileURLToPath(new URL('..', import.meta.url))
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))
const script = 'runtime/query-simulators.mjs'

interface Row {
  provider: string
  name: string
  expected: string
  status?: string
  paid?: boolean
  error?: string
}
interface Report {
  runtime: { name: string; version: string }
  results: Row[]
  http: Row[]
}

/**
 * The machine's own Node (whatever started pnpm: 20.19+, 22 or 24), found on PATH outside any
 * node_modules/.bin: under pnpm, the Node 22 the install brings comes first on PATH.
 */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.includes('node_modules')) continue
    const candidate = join(dir, 'node')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('No node on PATH outside node_modules')
}

/** The system Node's major version, asked of it, so the row checks the spawn reached that binary. */
function majorOf(node: string): string {
  return execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim()
}

const system = systemNode()
const runtimes = [
  {
    label: `Node ${majorOf(system)} (the system node)`,
    command: system,
    args: [script],
    name: 'node',
    major: majorOf(system),
  },
  { label: 'Node 22', command: bin('node'), args: [script], name: 'node', major: '22' },
  { label: 'Bun', command: bin('bun'), args: [script], name: 'bun', major: '1' },
  {
    label: 'Deno',
    command: bin('deno'),
    // Deno 2 resolves bare specifiers from node_modules by itself when a package.json is present.
    // Read for the packages, env for the optional IYZICO_*/ESNEKPOS_* defaults, net for the local servers.
    args: ['run', '--no-lock', '--allow-read', '--allow-env', '--allow-net=127.0.0.1', script],
    name: 'deno',
    major: '2',
  },
]

const dists = ['core', 'status-normalizer', 'iyzico', 'esnekpos'].map((name) =>
  fileURLToPath(new URL(`../../../packages/${name}/dist/index.js`, import.meta.url)),
)

const reports = new Map<string, Promise<Report>>()

beforeAll(() => {
  const missing = dists.filter((file) => !existsSync(file))
  if (missing.length > 0)
    throw new Error(`Build the packages first (pnpm build): missing ${missing.join(', ')}`)
  // All runtimes at once: each is a separate process, and together they take as long as the slowest.
  for (const runtime of runtimes) {
    reports.set(
      runtime.label,
      run(runtime.command, runtime.args, {
        cwd: here,
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1' },
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Report),
    )
  }
})

describe.each(runtimes)('the built packages on $label', (runtime) => {
  it('run on the runtime they were spawned with', async () => {
    const report = await (reports.get(runtime.label) as Promise<Report>)
    expect(report.runtime.name).toBe(runtime.name)
    expect(report.runtime.version.split('.')[0]).toBe(runtime.major)
  })

  it('answer every seeded scenario of both simulators as the scenario says, errors typed', async () => {
    const { results } = await (reports.get(runtime.label) as Promise<Report>)
    expect(results.filter((row) => row.provider === 'iyzico').length).toBeGreaterThan(15)
    expect(results.filter((row) => row.provider === 'esnekpos').length).toBeGreaterThan(15)
    const wrong = results.filter((row) => (row.status ?? row.error) !== row.expected)
    expect(wrong).toEqual([])
    // Every status of the model but UNKNOWN-free ones shows up, so the mapping really ran.
    const seen = new Set(results.map((row) => row.status))
    expect(PAYMENT_STATUSES.filter((status) => !seen.has(status))).toEqual([])
    expect(
      results
        .filter((row) => row.paid)
        .every((row) => ['SUCCEEDED', 'PARTIALLY_REFUNDED'].includes(row.status ?? '')),
    ).toBe(true)
  })

  it("query over the runtime's own fetch against the simulators listening on 127.0.0.1", async () => {
    const { http } = await (reports.get(runtime.label) as Promise<Report>)
    expect(http).toEqual([
      { provider: 'iyzico', status: 'SUCCEEDED', paid: true },
      { provider: 'esnekpos', status: 'SUCCEEDED', paid: true },
    ])
  })
})
