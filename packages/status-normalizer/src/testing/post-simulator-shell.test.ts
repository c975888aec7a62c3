import { describe, expect, it } from 'vitest'
import { createPostSimulatorShell, jsonAnswer } from './post-simulator-shell'

function shell() {
  const asked: string[] = []
  const simulator = createPostSimulatorShell(
    ['/v1/status', '/v1/orders'],
    (request, path) => {
      asked.push(path)
      return jsonAnswer(JSON.stringify({ path, body: request.body }))
    },
    {
      faults: [{ type: 'status', status: 503, match: (request) => request.url.endsWith('/busy/v1/status') }],
    },
  )
  return { simulator, asked }
}

describe('createPostSimulatorShell', () => {
  it('hands a POST to a served path, under a prefix too, to the answer with the path it matched', async () => {
    const { simulator, asked } = shell()
    const response = await simulator.fetch('https://provider.test/mounted/v1/orders', {
      method: 'POST',
      body: 'a=1',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await response.json()).toEqual({ path: '/v1/orders', body: 'a=1' })
    expect(asked).toEqual(['/v1/orders'])
  })

  it('answers a path it does not serve with 404, before the answer sees it', async () => {
    const { simulator, asked } = shell()
    const response = await simulator.fetch('https://provider.test/v1/refunds', { method: 'POST' })
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not Found')
    expect(asked).toEqual([])
  })

  it('answers another method on a served path with 405 naming POST', async () => {
    const { simulator, asked } = shell()
    const response = await simulator.fetch('https://provider.test/v1/status')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(await response.text()).toBe('Method Not Allowed')
    expect(asked).toEqual([])
  })

  it('still passes every request through the shared faults first', async () => {
    const { simulator, asked } = shell()
    expect((await simulator.fetch('https://provider.test/busy/v1/status', { method: 'POST' })).status).toBe(
      503,
    )
    expect(simulator.requests).toBe(1)
    expect(asked).toEqual([])
  })
})
