import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const here = fileURLToPath(new URL('..', import.meta.url))
const coreDist = (file: string) =>
  fileURLToPath(new URL(`../../../packages/core/dist/${file}`, import.meta.url))

/** The machine's Node (20), not this package's `node` devDependency that pnpm puts first on PATH. */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node')
  }
  throw new Error('No node on PATH outside node_modules')
}

const nodes = [
  { label: 'Node 20', command: systemNode() },
  { label: 'Node 22', command: fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url)) },
]

async function leakedAfterGc(node: string, entry: string): Promise<{ attempts: number; leaked: number }> {
  if (!existsSync(entry)) throw new Error(`Build the packages first (pnpm build): missing ${entry}`)
  const { stdout } = await exec(node, ['--expose-gc', 'runtime/slow-body-after-gc.mjs', entry], {
    cwd: here,
    timeout: 30_000,
  })
  return JSON.parse(stdout) as { attempts: number; leaked: number }
}

/**
 * A timed-out attempt must close its connection: otherwise a slow or dripping provider keeps a socket
 * (and its body download) alive long after durum reported the timeout. The fault matrix shows this
 * only when the collector happens to run mid-attempt; here a collection is forced, so it always does.
 */
describe.each(nodes)('connection cleanup after a timeout on $label', ({ command }) => {
  it('the node build (the `node` export condition) closes the connection', async () => {
    expect(await leakedAfterGc(command, coreDist('node.js'))).toEqual({ attempts: 5, leaked: 0 })
  })

  // The fetch build is what Bun, Deno, edge workers, bundles without the `node` condition and this
  // repo's vitest runs use. It leaked every time until core 68e779b: ky wraps the attempt's signal in
  // AbortSignal.any and a new Request, and once collected, aborting no longer reached fetch.
  it('the fetch build closes the connection', async () => {
    expect(await leakedAfterGc(command, coreDist('index.js'))).toEqual({ attempts: 5, leaked: 0 })
  })
})
