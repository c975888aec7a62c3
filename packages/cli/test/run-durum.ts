import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The package's bin as published (it loads dist/bin.js). */
export const BIN = fileURLToPath(new URL('../bin/durum.js', import.meta.url))
const BUILT = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

export interface DurumRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the built `durum` as a user does (its bin, `bin/durum.js`), with only the environment given
 * (no credentials leak in from the machine running the tests), and collects what it printed.
 */
export function runDurum(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<DurumRun> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run pnpm --filter @durum/cli build first`)
  const child = spawnDurum(args, options.env)
  child.stdin.end(options.input ?? '')
  return finished(child)
}

/** `detached`: in a process group of its own, so a test can signal it and its children as a terminal's Ctrl-C does. */
export function spawnDurum(
  args: readonly string[],
  env: Record<string, string> = {},
  options: { detached?: boolean } = {},
) {
  return spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: options.detached === true,
  })
}

export function finished(child: ReturnType<typeof spawnDurum>): Promise<DurumRun> {
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The value printed beside `label` in a `durum status` block. */
export function blockValue(stdout: string, label: string): string | undefined {
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${label}  `)) return line.slice(label.length).trim()
  }
  return undefined
}
