import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { blockValue, finished, runDurum, spawnDurum } from './run-durum'

/** Starts `durum simulate` and resolves with its printed text once the simulators listen. */
async function startSimulate(args: string[]) {
  const child = spawnDurum(['simulate', ...args])
  const done = finished(child)
  let printed = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
      if (printed.includes('durum status paytr')) resolve()
    })
    child.once('close', () => reject(new Error(`durum simulate ended early: ${printed}`)))
  })
  return { child, done, printed }
}

/** The example commands `durum simulate` printed: the variables to set and the arguments. */
function examples(printed: string): { env: Record<string, string>; args: string[] }[] {
  const lines = printed.split('\n')
  return lines.flatMap((line, index) => {
    if (!line.trim().endsWith('\\')) return []
    const env = Object.fromEntries(
      line
        .trim()
        .slice(0, -1)
        .trim()
        .split(' ')
        .map((assignment) => assignment.split(/=(.*)/s).slice(0, 2) as [string, string]),
    )
    const args = lines[index + 1]!.trim().split(' ').slice(1)
    return [{ env, args }]
  })
}

describe('durum simulate', () => {
  it('serves every simulator, prints commands that work as printed, and stops quietly on Ctrl-C', async () => {
    const { child, done, printed } = await startSimulate(['--port', '0'])
    const urls = [...printed.matchAll(/^ {2}(iyzico|esnekpos|paytr) +(http:\/\/127\.0\.0\.1:\d+)$/gm)].map(
      (match) => match[1],
    )
    expect(urls).toEqual(['iyzico', 'esnekpos', 'paytr'])
    const commands = examples(printed)
    expect(commands.map(({ args }) => args.slice(0, 2))).toEqual([
      ['status', 'iyzico'],
      ['status', 'esnekpos'],
      ['status', 'paytr'],
    ])
    for (const { env, args } of commands) {
      const run = await runDurum(args, { env })
      expect(run.code).toBe(0)
      expect(blockValue(run.stdout, 'Status')).toBe('SUCCEEDED')
    }
    child.kill('SIGINT')
    const { code, stderr } = await done
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it('exits 64 when the port is taken', async () => {
    const blocker = createServer()
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    )
    try {
      const { code, stderr } = await runDurum(['simulate', '--port', String(port)])
      expect(code).toBe(64)
      expect(stderr).toBe(
        `Port ${port} is not available: choose another with --port, or --port 0 for free ones.\n`,
      )
    } finally {
      blocker.close()
    }
  })

  it('refuses a port out of range in Turkish', async () => {
    const { code, stderr } = await runDurum(['simulate', '--port', '70000', '--locale', 'tr'])
    expect(code).toBe(64)
    expect(stderr).toBe(
      '--port <port>: 0 ile 65535 arasında bir tam sayı kullanın.\nYardım için: durum --help ya da durum <komut> --help.\n',
    )
  })
})
