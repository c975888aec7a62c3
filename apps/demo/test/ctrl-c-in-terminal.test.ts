import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
 * Runs `command` on a pseudo-terminal and reports its exit code and everything the terminal showed.
 * With `pressCtrlC`, once the demo says it is listening, it writes the byte the key sends, so the
 * terminal does with it what it does with the key.
 */
function onTerminal(
  command: string,
  pressCtrlC: boolean,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; shown: string }> {
  return new Promise((resolve, reject) => {
    // -q: no "Script started" lines; -f: flush at once; -e: exit with the command's code.
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ROOT,
      env: { ...terminalEnv(), ...env },
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let shown = ''
    let pressed = false
    const giveUp = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000)
    const read = (chunk: string) => {
      shown += chunk
      if (pressCtrlC && !pressed && shown.includes('Ctrl-C stops it.')) {
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
    const run = await onTerminal(COMMAND, true)
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

  it('leaves the terminal alone in the background of an interactive shell: not stopped, and SIGINT exits 0', async () => {
    // Raw mode from a background job would make the terminal stop it (SIGTTOU), and the demo would
    // never listen; the job's state letter is T then.
    const dir = await mkdtemp(join(tmpdir(), 'durum-demo-background-'))
    const log = join(dir, 'demo.log')
    const script = [
      `node apps/demo/scripts/start.mjs > '${log}' 2>&1 &`,
      'demo=$!',
      `until grep -qs 'Ctrl-C stops it.' '${log}'; do`,
      `  [ -e /proc/$demo/stat ] || { echo 'demo ended before listening'; exit 1; }`,
      '  read -r _ _ state _ < /proc/$demo/stat',
      `  [ "$state" = T ] && { echo 'demo stopped by the terminal'; kill -KILL $demo; exit 1; }`,
      '  sleep 0.1',
      'done',
      'kill -INT $demo',
      'wait $demo',
      'echo "demo exit $?"',
    ].join('\n')
    try {
      const run = await onTerminal(`bash --norc --noprofile -ic "$DEMO_SCRIPT"`, false, {
        DEMO_SCRIPT: script,
      })
      // The shell also prints its job lines ("[1] 4369", "[1]+  Done …").
      const last = run.shown.trim().split(/\r?\n/).at(-1)
      expect({ code: run.code, last }, run.shown).toEqual({ code: 0, last: 'demo exit 0' })
      expect(await readFile(log, 'utf8')).toMatch(/^durum demo listening on http:\/\/127\.0\.0\.1:\d+\n/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
