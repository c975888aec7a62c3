import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

// `pnpm start` (and so `pnpm demo`): the built demo, with a terminal's Ctrl-C read as a key.
//
// As a signal, Ctrl-C goes to every process of the command: npx, pnpm, the `sh` each of them runs a
// script with, and the `node` shim in node_modules/.bin (a `sh` script). The demo exits 0, but each
// `sh` then kills itself with the SIGINT it held back, so pnpm prints ELIFECYCLE and the command ends
// by a signal. In raw mode the terminal sends no signal; the key reaches the demo alone, which stops
// as on SIGINT, and every process above it exits with its 0.
if (ownsTerminal()) {
  process.stdin.setRawMode(true)
  process.stdin.on('data', (bytes) => {
    if (bytes.includes(0x03)) process.kill(process.pid, 'SIGINT')
  })
}

await import('../dist/main.js')

/**
 * Whether stdin is a terminal this process is in the foreground of: a background job (`pnpm demo &`)
 * that set raw mode or read the terminal would be stopped by the terminal (SIGTTOU, SIGTTIN).
 */
function ownsTerminal() {
  if (!process.stdin.isTTY) return false
  try {
    // Linux: /proc/self/stat is "pid (name) state ppid pgrp session tty tpgid ..."; the name may hold
    // spaces and parentheses, so the fields are counted from its last ')'.
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const [, , pgrp, , , tpgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return pgrp === tpgid
  } catch {
    // macOS has no /proc; its ps names the same two groups.
    try {
      const [tpgid, pgid] = execFileSync('ps', ['-o', 'tpgid=', '-o', 'pgid=', '-p', String(process.pid)], {
        encoding: 'utf8',
      })
        .trim()
        .split(/\s+/)
      return tpgid === pgid
    } catch {
      return false
    }
  }
}
