import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { commentMatches } from './comment-match.ts'
import { instrumentReadme, type ReadmeCheck } from './instrument-readme.ts'
import { type ReadmeBlock, readmeBlocks } from './readme-blocks.ts'

const exec = promisify(execFile)
const harness = fileURLToPath(new URL('./readme-harness.mjs', import.meta.url))

export interface CheckOutcome extends ReadmeCheck {
  /** What the code gave, as printed and as a literal; undefined when it never ran. */
  readonly actual: readonly string[] | undefined
}

export interface ReadmeRun {
  readonly checks: readonly CheckOutcome[]
  readonly unparsable: readonly { readonly line: number; readonly reason: string }[]
  /** What exported handlers answered the harness's request (see readme-harness.mjs). */
  readonly handlers: readonly { handler: string; status: number; body: unknown }[]
  /** The README line of the block that threw, and what it threw. */
  readonly failure?: { readonly block: number; readonly error: string }
  readonly output: string
}

export interface RunReadmeOptions {
  /** A directory whose `node_modules` holds the @durum packages, as a user's project has them. */
  readonly project: string
  /** Runs only the blocks this keeps (default: all). */
  readonly select?: (block: ReadmeBlock, index: number) => boolean
  readonly node?: string
}

/** Runs a README's TypeScript blocks in a plain Node process against the simulators. */
export async function runReadme(readme: string, options: RunReadmeOptions): Promise<ReadmeRun> {
  const blocks = readmeBlocks(readFileSync(readme, 'utf8')).filter(options.select ?? (() => true))
  const instrumented = instrumentReadme(blocks)
  const dir = mkdtempSync(join(tmpdir(), 'durum-readme-'))
  try {
    symlinkSync(join(options.project, 'node_modules'), join(dir, 'node_modules'), 'dir')
    copyFileSync(harness, join(dir, 'readme-harness.mjs'))
    writeFileSync(join(dir, 'readme.mjs'), instrumented.module)
    const { stdout, stderr } = await exec(options.node ?? process.execPath, ['readme.mjs'], {
      cwd: dir,
      timeout: 60_000,
      maxBuffer: 1 << 24,
    }).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? '',
      stderr: `${error.stderr ?? ''}\n${String(error)}`,
    }))
    const record = lastJsonLine(stdout)
    const output = `${stdout}\n${stderr}`.trim()
    if (record === undefined) throw new Error(`The README's module printed no record:\n${output}`)
    const actuals = new Map(record.checks.map((check) => [check.id, check.actual]))
    return {
      checks: instrumented.checks.map((check) => ({ ...check, actual: actuals.get(check.id) })),
      unparsable: instrumented.unparsable,
      handlers: record.handlers,
      ...(record.failure ? { failure: record.failure } : {}),
      output,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The checks whose comment is not what the code gave (or that never ran), for a test to list. */
export function mismatches(run: ReadmeRun): string[] {
  return run.checks
    .filter((check) => check.actual === undefined || !commentMatches(check.comment, check.actual))
    .map(
      (check) =>
        `line ${check.line}: the comment says ${check.comment}; the code gave ${check.actual?.join(' | ') ?? 'nothing (it never ran)'}`,
    )
}

interface Record {
  checks: { id: number; actual: string[] }[]
  handlers: ReadmeRun['handlers']
  failure?: ReadmeRun['failure']
}

function lastJsonLine(stdout: string): Record | undefined {
  const line = stdout.trimEnd().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as Record
  } catch {
    return undefined
  }
}
