import { execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// `pnpm reconcile:local` (at the root): `durum reconcile local` with the arguments given, the one
// command that runs a whole reconcile against the simulators.
//
// Ctrl-C is read as a key when this process is in the terminal's foreground: as a signal it would
// also reach pnpm and the `sh` running this script, and pnpm would report the command as failed
// (ELIFECYCLE). The key is passed to durum alone, as SIGINT, and durum stops its Redis itself.
//
// The printed report is the outcome: exit 0 once durum has given its verdict (all as expected,
// mismatches or failed queries) or was stopped; any other code (usage 64, bug 70, no redis-server
// 78) passes through, so pnpm reports what went wrong.
const VERDICTS = new Set([0, 1, 2, 130])

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const durum = spawn(process.execPath, [bin, 'reconcile', 'local', ...process.argv.slice(2)], {
  stdio: ['ignore', 'inherit', 'inherit'],
})
// Without a terminal, Ctrl-C arrives as a signal to durum too: wait for its report.
process.on('SIGINT', () => {})
if (inForeground()) {
  process.stdin.setRawMode(true)
  process.stdin.on('data', (bytes) => {
    if (bytes.includes(0x03)) durum.kill('SIGINT')
  })
}
durum.once('exit', (code, signal) => {
  process.exit(code !== null && VERDICTS.has(code) ? 0 : (code ?? (signal === 'SIGINT' ? 0 : 1)))
})

/**
 * Whether stdin is the terminal and this process is in its foreground group: raw mode in a
 * background job would stop it (SIGTTOU). `ps` says which group has the terminal.
 */
function inForeground() {
  if (!process.stdin.isTTY) return false
  try {
    const [terminalGroup, ownGroup] = execFileSync('ps', ['-o', 'tpgid=,pgid=', '-p', String(process.pid)], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/)
    return terminalGroup === ownGroup
  } catch {
    return false
  }
}
