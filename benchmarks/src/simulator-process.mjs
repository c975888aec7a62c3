import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Starts the simulators in their own process; `cpu()` reads that process's CPU time and RSS. */
export async function startSimulators() {
  const child = spawn(process.execPath, [new URL('./simulator-server.mjs', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error('the simulator process ended early')
    return JSON.parse(value)
  }
  const { urls } = await next()
  return {
    urls,
    async cpu() {
      child.stdin.write('cpu\n')
      return next()
    },
    async stop() {
      child.stdin.end()
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
