import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN } from './run-durum'

/** util-linux `script` runs a command on a pseudo-terminal, as a user's shell would. */
function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Runs `durum` on a pseudo-terminal and returns everything the terminal received. */
function onTerminal(args: string[]): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ')
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let screen = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk
  })
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, screen })))
}

// Every frame starts by moving the cursor to column 1; colours and line clearing are left out.
const frames = (screen: string) =>
  screen
    .split('\u001b[1G')
    .slice(1)
    .map((frame) => stripVTControlCharacters(frame).split('\r')[0]!.trim())

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durum-tty-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe.skipIf(!hasScript())('durum check on a terminal', () => {
  it('draws a live progress bar on stderr instead of progress lines, ending full', async () => {
    const orders = join(dir, 'orders.csv')
    await writeFile(
      orders,
      'provider,key,paymentId,expected\niyzico,a,35790700,paid\niyzico,b,35790626,cancelled\n',
    )
    const { code, screen } = await onTerminal(['check', orders, '--simulator'])
    expect(code).toBe(1)
    const drawn = frames(screen)
    expect(drawn[0]).toBe(`Checking ${'░'.repeat(40)} 0% | 0/2 orders | 0 not as expected, 0 failed | ETA 0s`)
    expect(drawn.at(-1)).toMatch(
      new RegExp(
        `^Checking ${'█'.repeat(40)} 100% \\| 2/2 orders \\| 1 not as expected, 0 failed \\| ETA 0s`,
      ),
    )
    expect(screen).not.toContain('Checked 1/2')
  })
})
