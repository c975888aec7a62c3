import { describe, expect, it } from 'vitest'
import { createSimulatorShell } from './create-simulator-shell'

const answer = async (request: Request) => new Response(`answered ${new URL(request.url).pathname}`)

describe('createSimulatorShell', () => {
  it('answers through fetch and handle, counting every request', async () => {
    const shell = createSimulatorShell(answer)
    expect(shell.requests).toBe(0)
    expect(await (await shell.fetch('https://provider.test/a')).text()).toBe('answered /a')
    expect(await (await shell.handle(new Request('https://provider.test/b'))).text()).toBe('answered /b')
    expect(shell.requests).toBe(2)
  })

  it('applies faults given at the start and added later, and counts faulted requests too', async () => {
    const shell = createSimulatorShell(answer, { faults: [{ type: 'status', status: 503, times: 1 }] })
    expect((await shell.fetch('https://provider.test/a')).status).toBe(503)
    shell.faults.add({ type: 'rate_limit', retryAfterSeconds: 1, times: 1 })
    expect((await shell.fetch('https://provider.test/a')).status).toBe(429)
    expect((await shell.fetch('https://provider.test/a')).status).toBe(200)
    expect(shell.requests).toBe(3)
  })

  it('serves the same answers on a real local port', async () => {
    const shell = createSimulatorShell(answer)
    const server = await shell.listen()
    try {
      expect(await (await fetch(`${server.url}/over-http`)).text()).toBe('answered /over-http')
      expect(shell.requests).toBe(1)
    } finally {
      await server.close()
    }
  })
})
