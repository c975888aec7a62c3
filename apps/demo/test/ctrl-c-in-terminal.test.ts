import { execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { describe, expect, it } from 'vitest'

// The README's command, started the way a user starts it: from a terminal, at the repository root.
// `demo` is `turbo run build … && pnpm --filter @durum/demo start`; the build has run before these
// tests, so the test runs the start half, through the same npx and pnpm.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const COMMAND = 'npx -y pnpm@10 --filter @durum/demo start'

/** util-linux `script` gives the command a real terminal (a pseudo-terminal) to be stopped in. */
function hasUtilLinuxScript(): boolean {
  try {
    return execFileSync('script', ['--version'], { encoding: 'utf8' }).includes('util-linux')
  } catch {
    return false
  }
}
const terminal = hasUtilLinuxScript()
if (!terminal) console.warn("Skipping the demo's Ctrl-C test: it needs util-linux `script` (Linux).")

/** The environment of a terminal: none of the npm_* settings, bin folders or NODE_PATH of the test run. */
function terminalEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PORT: '0', HOST: '127.0.0.1' }
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)|^(INIT_CWD|NODE_PATH|NODE_OPTIONS|PORT|HOST)$/i.test(name)) continue
    env[name] = value
  }
  env.PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':')
  return env
}

/**
 * Runs `command` on a pseudo-terminal, presses Ctrl-C (writes the byte the key sends, so the
 * terminal does with it what it does with the key) once the demo says it is listening, and reports
 * the exit code and everything the terminal showed.
 */
function pressCtrlC(command: string): Promise<{ code: number | null; shown: string }> {
  return new Promise((resolve, reject) => {
    // -q: no "Script started" lines; -f: flush at once; -e: exit with the command's code.
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ROOT,
      env: terminalEnv(),
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let shown = ''
    let pressed = false
    const giveUp = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000)
    const read = (chunk: string) => {
      shown += chunk
      if (!pressed && shown.includes('Ctrl-C stops it.')) {
        pressed = true
        child.stdin.write('\x03')
      }
    }
    child.stdout.setEncoding('utf8').on('data', read)
    child.stderr.setEncoding('utf8').on('data', read)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(giveUp)
      resolve({ code, shown })
    })
  })
}

describe.skipIf(!terminal)('Ctrl-C in a terminal', { timeout: 120_000 }, () => {
  it('stops the demo started by npx and pnpm: exit 0, and nothing printed after the start message', async () => {
    const run = await pressCtrlC(COMMAND)
    const started = run.shown.indexOf('Ctrl-C stops it.')
    expect(started, run.shown).toBeGreaterThan(-1)
    expect(run.shown).toMatch(/durum demo listening on http:\/\/127\.0\.0\.1:\d+\r\n/)
    // After the start message only npm's progress spinner may show and be wiped: its frames are
    // braille characters, the wiping is cursor escapes.
    const after = stripVTControlCharacters(run.shown.slice(started + 'Ctrl-C stops it.'.length)).replace(
      /[\u2800-\u28ff]/g,
      '',
    )
    expect({ code: run.code, after: after.trim() }).toEqual({ code: 0, after: '' })
  })
})
