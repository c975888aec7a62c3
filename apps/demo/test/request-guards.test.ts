import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { type RunningDemo, startDemo } from '../src/start-demo'

// Issue 14's demo points: a page on another site, or one reached through DNS rebinding, must not be
// able to drive the demo (which, in live mode, queries real payments with real credentials).

const HOST_REFUSED =
  'This demo answers only to the names it listens on (its own address, localhost, 127.0.0.1 and [::1]) and those in ALLOWED_HOSTS: a page reaching it under another name may be a DNS-rebinding attack.'
const JSON_ONLY =
  'POST /api/statuses takes only application/json, so that a page on another site cannot start a batch: send {"queries": [...]}, or {"text": "<ids or CSV>", "provider": "…", "by": "…"}.'

/** A raw HTTP GET with the Host header set as given (fetch would set its own). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { host } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('the Host header', () => {
  let demo: RunningDemo
  let port: string
  beforeAll(async () => {
    demo = await startDemo({
      env: {},
      port: 0,
      hostname: '127.0.0.1',
      allowedHosts: ['demo.example', 'proxy.example:8443'],
    })
    port = new URL(demo.url).port
  })
  afterAll(() => demo.close())

  it.each([
    ['the address it listens on', () => `127.0.0.1:${port}`],
    ['localhost', () => `localhost:${port}`],
    ['localhost in capitals', () => `LOCALHOST:${port}`],
    ['[::1]', () => `[::1]:${port}`],
    ['a name from ALLOWED_HOSTS, on any port', () => 'demo.example:1234'],
    ['a name:port from ALLOWED_HOSTS', () => 'proxy.example:8443'],
  ])('is served under %s', async (_, host) => {
    const response = await getWithHost(`${demo.url}/api`, host())
    expect(response.status).toBe(200)
  })

  it.each([
    ['another name (a rebinding page)', () => `attacker.example:${port}`],
    ['a loopback name on another port', () => 'localhost:1'],
    ['an ALLOWED_HOSTS name on a port it does not list', () => 'proxy.example:9000'],
    ['a name that only starts like localhost', () => `localhost.attacker.example:${port}`],
  ])('refuses %s with a 403 before doing anything', async (_, host) => {
    const requestsBefore = demo.wiring.simulators.iyzico!.requests
    const response = await getWithHost(`${demo.url}/api/status?provider=iyzico&paymentId=1`, host())
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'host_not_allowed', message: HOST_REFUSED } })
    expect(demo.wiring.simulators.iyzico!.requests).toBe(requestsBefore)
  })

  it('is checked on pages too', async () => {
    expect((await getWithHost(`${demo.url}/`, `attacker.example:${port}`)).status).toBe(403)
    expect((await getWithHost(`${demo.url}/assets/app.js`, `attacker.example:${port}`)).status).toBe(403)
  })

  it('stops the demo at start when ALLOWED_HOSTS holds something that is not a host', async () => {
    await expect(
      startDemo({ env: {}, port: 0, hostname: '127.0.0.1', allowedHosts: ['https://demo.example/'] }),
    ).rejects.toMatchObject({
      code: 'validation',
      field: 'ALLOWED_HOSTS',
      message:
        'ALLOWED_HOSTS lists "https://demo.example/", which is not a host name or host:port (e.g. demo.example or demo.example:8443).',
    })
  })

  it('allows only the loopback names when the app is created without a list', async () => {
    const app = createApp(createDemoWiring({}))
    expect((await app.request('/api', { headers: { host: 'localhost:3000' } })).status).toBe(200)
    expect((await app.request('/api', { headers: { host: 'attacker.example' } })).status).toBe(403)
  })
})

describe('POST /api/statuses', () => {
  const wiring = createDemoWiring({}, { retry: false })
  const app = createApp(wiring)
  const post = (body: BodyInit, contentType?: string) =>
    app.request('/api/statuses?provider=iyzico&by=paymentId', {
      method: 'POST',
      ...(contentType === undefined ? {} : { headers: { 'content-type': contentType } }),
      body,
    })

  it.each([
    ['text/plain (what a cross-site form or fetch may send)', 'text/plain'],
    ['text/csv', 'text/csv'],
    ['an urlencoded form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['a JSON look-alike', 'application/json-seq'],
  ])('refuses %s with a 415 and starts no query', async (_, type) => {
    const response = await post('35790626', type)
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({ error: { code: 'unsupported_media_type', message: JSON_ONLY } })
    expect(wiring.simulators.iyzico!.requests).toBe(0)
  })

  it('refuses a body without a content type, saying which header to add', async () => {
    const response = await post(new Blob(['35790626']))
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message:
          "POST /api/statuses got a body without a Content-Type header. Send it as JSON: add -H 'content-type: application/json' to curl, or headers: { 'content-type': 'application/json' } to fetch.",
      },
    })
    expect(wiring.simulators.iyzico!.requests).toBe(0)
  })

  it('reads pasted ids or a CSV sent as JSON text, as the page sends them', async () => {
    const paid = wiring.scenarios.find((s) => s.provider === 'iyzico' && s.name === 'succeeded-not-refunded')!
    const [by, id] = Object.entries(paid.query).find(([key]) => key !== 'provider')!
    for (const body of [
      { text: String(id), provider: 'iyzico', by },
      { text: `provider,${by}\niyzico,${String(id)}` },
    ]) {
      const response = await post(JSON.stringify(body), 'application/json; charset=utf-8')
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; result?: { status: string } })
      expect(lines.find((line) => line.type === 'result')?.result?.status).toBe('SUCCEEDED')
    }
  })

  it('is documented on the API page with JSON examples only', async () => {
    const page = await (await app.request('/api?lang=en')).text()
    expect(page).toContain(
      `jq -Rs '{text: .}' payments.csv | curl -X POST 'http://localhost/api/statuses' -H 'content-type: application/json' -d @-`,
    )
    expect(page).toContain('any other content type is a 415 (<code>unsupported_media_type</code>)')
    expect(page).not.toContain('text/plain')
  })

  it('names the field when JSON text comes without what it needs', async () => {
    const response = await post(JSON.stringify({ text: '1\n2' }), 'application/json')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'validation', field: 'provider' } })
  })
})

describe('/assets/<name>', () => {
  const app = createApp(createDemoWiring({}))

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    '%s, a name every object inherits, is a 404',
    async (name) => {
      const response = await app.request(`/assets/${name}`)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: `No page or API at /assets/${name}.` },
      })
    },
  )

  it('still serves the two files it has', async () => {
    expect((await app.request('/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await app.request('/assets/style.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
  })
})
