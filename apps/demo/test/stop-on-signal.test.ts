import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// What `pnpm demo` runs, as built (turbo builds the demo before its tests).
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))

/** Starts the built demo, waits for its start message, sends `signal`, and reports how it ended. */
function runUntil(
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let sent = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!sent && stdout.includes('Ctrl-C stops it.')) {
        sent = true
        child.kill(signal)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal, stdout, stderr }))
  })
}

describe('stopping the demo', { timeout: 30_000 }, () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s closes the server and exits 0, printing no error',
    async (signal) => {
      expect(
        existsSync(MAIN),
        `${MAIN} is missing: build the demo first (pnpm --filter @durum/demo build)`,
      ).toBe(true)
      const run = await runUntil(signal)
      expect(run).toMatchObject({ code: 0, signal: null, stderr: '' })
      expect(run.stdout).toMatch(/^durum demo listening on http:\/\/127\.0\.0\.1:\d+\n/)
      expect(run.stdout).toMatch(
        / {2}scenario gallery \(\d+ payments to try\): http:\/\/127\.0\.0\.1:\d+\/scenarios\n/,
      )
    },
  )
})
