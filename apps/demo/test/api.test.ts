import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { queryToParams } from '../src/query/query-fields'
import { postBatch as postBatchTo } from './post-batch'

// One attempt per query and a short timeout, so injected faults show at once.
const wiring = createDemoWiring({}, { retry: false, timeout: 300 })
const app = createApp(wiring)
const { iyzico: iyzicoSimulator, esnekpos: esnekposSimulator } = wiring.simulators

afterEach(() => {
  iyzicoSimulator?.faults.clear()
  esnekposSimulator?.faults.clear()
})

const get = async (params: Record<string, string> | URLSearchParams) => {
  const response = await app.request(`/api/status?${new URLSearchParams(params)}`)
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown,
  }
}

const postBatch = (body: unknown) => postBatchTo(app, body)

const HTTP_BY_CODE: Record<string, number> = {
  validation: 400,
  not_found: 404,
  authentication: 502,
  provider: 502,
  response_format: 502,
  rate_limited: 429,
  transport: 504,
}

describe('GET /api/status over the simulators', () => {
  it('runs in simulator mode for every provider with no credentials', () => {
    expect(wiring.modes).toEqual({
      iyzico: { mode: 'simulator' },
      esnekpos: { mode: 'simulator' },
      paytr: { mode: 'simulator' },
    })
  })

  it('covers every query shape among the scenarios', () => {
    const shapes = new Set(
      wiring.scenarios.map(
        (s) =>
          `${s.provider}:${Object.keys(s.query)
            .filter((k) => k !== 'provider')
            .join('+')}`,
      ),
    )
    expect([...shapes].sort()).toEqual(
      [
        'esnekpos:orderReference',
        'esnekpos:sendPaymentRequestId',
        'iyzico:checkoutFormToken',
        'iyzico:paymentConversationId',
        'iyzico:paymentId',
        'iyzico:session',
        'paytr:merchantOid',
        'paytr:merchantOid+payableUntil',
      ].sort(),
    )
  })

  it.each(wiring.scenarios.map((s) => [`${s.provider} ${s.name}`, s] as const))('%s', async (_, scenario) => {
    const { status, body } = await get(queryToParams(scenario.query))
    if ('status' in scenario.expect) {
      expect(status).toBe(200)
      expect(body).toMatchObject({ provider: scenario.provider, status: scenario.expect.status })
      expect(body).toHaveProperty('explanation', expect.any(String))
    } else {
      expect(status).toBe(HTTP_BY_CODE[scenario.expect.error])
      expect(body).toMatchObject({ error: { code: scenario.expect.error } })
    }
  })
})

describe('bad input', () => {
  it.each([
    [{}, 'provider'],
    [{ provider: 'paypal', paymentId: '1' }, 'provider'],
    [{ provider: 'iyzico' }, 'paymentId'],
    [{ provider: 'iyzico', paymentId: '' }, 'paymentId'],
    [{ provider: 'iyzico', paymentId: '1', paymentConversationId: 'c' }, 'paymentConversationId'],
    [{ provider: 'iyzico', sendPaymentRequestId: '1' }, 'sendPaymentRequestId'],
    [{ provider: 'esnekpos', checkoutFormToken: 't' }, 'checkoutFormToken'],
    [{ provider: 'iyzico', sessionCheckoutFormToken: 't' }, 'sessionPaymentId'],
    [{ provider: 'iyzico', by: 'nonsense', value: '1' }, 'by'],
  ])('%j is a 400 naming %s', async (params, field) => {
    const { status, body } = await get(params)
    expect(status).toBe(400)
    expect(body).toMatchObject({ error: { code: 'validation', field } })
  })

  const PAGES_AND_APIS = [
    '/',
    '/batch',
    '/scenarios',
    '/api',
    '/assets/app.js',
    '/favicon.ico',
    '/api/status',
  ]
  it.each([
    ...PAGES_AND_APIS.flatMap((path) =>
      ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].map((method) => [method, path, 'GET, HEAD'] as const),
    ),
    ...['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].map(
      (method) => [method, '/api/statuses', 'POST'] as const,
    ),
  ])('answers %s %s with a 405 naming the methods it takes (%s)', async (method, path, allow) => {
    const response = await app.request(path, { method })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe(allow)
    if (method !== 'HEAD') {
      expect(await response.json()).toEqual({
        error: {
          code: 'method_not_allowed',
          message: `${path} takes ${allow.replace(', ', ' or ')} requests, not ${method}.`,
        },
      })
    }
  })

  it('answers HEAD where it answers GET', async () => {
    expect((await app.request('/api', { method: 'HEAD' })).status).toBe(200)
  })

  it.each([
    ['/api/status?provider=iyzico&paymentId=20885695&paymentId=35790626', 'paymentId', 2],
    ['/api/status?provider=iyzico&provider=esnekpos&paymentId=20885695', 'provider', 2],
    ['/api/status?provider=iyzico&paymentId=1&lang=en&lang=tr&lang=en', 'lang', 3],
  ])('refuses %s, which repeats %s, before asking the provider', async (path, field, times) => {
    const before = iyzicoSimulator!.requests
    const response = await app.request(path)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: {
        code: 'validation',
        field,
        message: `The parameter ${field} is given ${times} times; give each parameter once, so it is clear which payment is meant.`,
      },
    })
    expect(iyzicoSimulator!.requests).toBe(before)
  })

  it('refuses a repeated parameter on the query page too, marking the form', async () => {
    const response = await app.request('/?provider=iyzico&paymentId=20885695&paymentId=35790626&lang=en')
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain(
      '<p data-testid="error-message">The parameter paymentId is given 2 times; give each parameter once, so it is clear which payment is meant.</p>',
    )
    expect(page).toContain(
      '<input id="value" name="value" value="20885695" autocomplete="off" spellcheck="false" aria-invalid="true"',
    )
  })

  it.each([
    ['a malformed escape', '/api/status?provider=iyzico&paymentId=%E0%A4%A'],
    ['a control character', '/api/status?provider=iyzico&paymentId=%00%01'],
    ['an emoji', '/api/status?provider=iyzico&paymentConversationId=%F0%9F%98%80'],
  ])('treats an id with %s as an id the provider does not know', async (_, path) => {
    const response = await app.request(path)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('shows an EsnekPOS order reference it has no record of as UNKNOWN, not as a failed query', async () => {
    // ProcessQuery's 400 may be a payment page never paid: the payment's state is unknown, not absent.
    const { status, body } = await get({ provider: 'esnekpos', orderReference: '😀' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ kind: 'payment', status: 'UNKNOWN' })
  })

  it('refuses an id longer than the provider allows before sending it', async () => {
    const { status, body } = await get({ provider: 'iyzico', paymentId: '9'.repeat(5000) })
    expect(status).toBe(400)
    expect(body).toMatchObject({ error: { code: 'validation', field: 'paymentId' } })
  })

  it('answers unknown paths with a JSON 404', async () => {
    const response = await app.request('/api/nothing')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'No page or API at /api/nothing.' },
    })
  })

  it('answers a browser with an HTML 404 page that links back', async () => {
    const response = await app.request('/scenario?lang=en', {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    const page = await response.text()
    expect(page).toContain('<h1>Page not found</h1>')
    expect(page).toContain(
      '<p data-testid="not-found">This demo has no page at /scenario. These are the pages it has:</p>',
    )
    expect(page).toContain('<li><a href="/scenarios?lang=en">Scenario gallery</a></li>')
  })

  it('keeps the JSON 404 for a client that asks for JSON first', async () => {
    const response = await app.request('/nothing', { headers: { accept: 'application/json, text/html' } })
    expect(response.headers.get('content-type')).toBe('application/json')
  })
})

describe('a simulated provider outage', () => {
  const paid = wiring.scenarios.find(
    (s) => s.provider === 'iyzico' && 'status' in s.expect && s.expect.status === 'SUCCEEDED',
  )!
  const query = queryToParams(paid.query)

  it.each([
    ['a 503', 'provider', { type: 'status', status: 503 }],
    ['an HTML error page', 'provider', { type: 'html', status: 502 }],
    ['a hung connection', 'transport', { type: 'hang' }],
    ['a reset connection', 'transport', { type: 'reset' }],
    ['a truncated body', 'response_format', { type: 'truncate' }],
  ] as const)('%s is a %s error', async (_, code, fault) => {
    iyzicoSimulator!.faults.add(fault)
    const { status, body } = await get(query)
    expect(body).toMatchObject({ error: { code, provider: 'iyzico' } })
    expect(status).toBe(HTTP_BY_CODE[code])
  })

  it('passes a rate limit on as 429 with Retry-After', async () => {
    iyzicoSimulator!.faults.add({ type: 'rate_limit', retryAfterSeconds: 7 })
    const { status, headers, body } = await get(query)
    expect(status).toBe(429)
    expect(headers.get('retry-after')).toBe('7')
    expect(body).toMatchObject({ error: { code: 'rate_limited', retryAfterMs: 7000 } })
  })

  it('keeps the other provider answering during one provider outage, in a batch', async () => {
    esnekposSimulator!.faults.add({ type: 'status', status: 503 })
    const queries = wiring.scenarios.filter((s) => 'status' in s.expect).map((s) => s.query)
    const { status, lines } = await postBatch({ queries })
    expect(status).toBe(200)
    const results = lines.filter((line) => line.type === 'result')
    expect(results).toHaveLength(queries.length)
    for (const result of results) expect(result.ok).toBe(result.query.provider !== 'esnekpos')
  })
})

describe('POST /api/statuses', () => {
  const answerable = wiring.scenarios.filter((s) => 'status' in s.expect)

  it('streams one result per query, progress after each, and a summary that adds up', async () => {
    const { status, lines } = await postBatch({ queries: wiring.scenarios.map((s) => s.query) })
    expect(status).toBe(200)
    expect(lines[0]).toEqual({ type: 'start', total: wiring.scenarios.length })
    const results = lines.filter((line) => line.type === 'result')
    expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(wiring.scenarios.map((_, i) => i))
    for (const line of results) {
      const expected = wiring.scenarios[line.index]!.expect
      if ('status' in expected) expect(line.result.status).toBe(expected.status)
      else expect(line.error.code).toBe(expected.error)
    }
    const progress = lines.filter((line) => line.type === 'progress')
    expect(progress.map((p) => p.completed)).toEqual(results.map((_, i) => i + 1))
    const done = lines.at(-1)!
    expect(done.type).toBe('done')
    const counted = [...Object.values(done.summary.byStatus), ...Object.values(done.summary.byError)].reduce(
      (a, b) => a + b,
      0,
    )
    expect(counted).toBe(wiring.scenarios.length)
  })

  it('reads a CSV with a header row', async () => {
    const csv = [
      'provider,paymentId,paymentConversationId,checkoutFormToken,sessionCheckoutFormToken,sessionPaymentId,sendPaymentRequestId,orderReference,merchantOid,payableUntil',
    ]
    for (const s of answerable) {
      const params = queryToParams(s.query)
      csv.push(
        csv[0]!
          .split(',')
          .map((column) => params.get(column) ?? '')
          .join(','),
      )
    }
    const { lines } = await postBatch({ text: csv.join('\n') })
    const results = lines.filter((line) => line.type === 'result')
    expect(results).toHaveLength(answerable.length)
    for (const line of results) {
      expect(line.result.status).toBe((answerable[line.index]!.expect as { status: string }).status)
    }
  })

  it('reads pasted ids of one kind', async () => {
    const ids = answerable.filter((s) => s.provider === 'esnekpos' && 'sendPaymentRequestId' in s.query)
    const body = ids.map((s) => String(s.query.sendPaymentRequestId)).join('\n')
    const { lines } = await postBatch({ text: body, provider: 'esnekpos', by: 'sendPaymentRequestId' })
    expect(lines.filter((line) => line.type === 'result')).toHaveLength(ids.length)
  })

  it.each([
    ['not JSON', '{', 'body'],
    ['no queries key', {}, 'queries'],
    ['an empty list', { queries: [] }, 'queries'],
    ['a query without provider', { queries: [{ paymentId: '1' }] }, 'queries[0].provider'],
    ['ids without a provider', { text: '1\n2' }, 'provider'],
    ['ids of an unknown kind', { text: '1\n2', provider: 'iyzico', by: 'orderReference' }, 'by'],
    ['a CSV row without an id', { text: 'provider,paymentId\niyzico,' }, 'line 2: paymentId'],
    ['text that is not text', { text: 42 }, 'text'],
  ])('refuses %s with a 400 naming the field', async (_, body, field) => {
    const { status, json } = await postBatch(body)
    expect(status).toBe(400)
    expect(json).toMatchObject({ error: { code: 'validation', field } })
  })

  it('refuses more ids than it checks at once, and bodies over 1 MB', async () => {
    const many = await postBatch({
      text: Array.from({ length: 1001 }, (_, i) => i + 1).join('\n'),
      provider: 'iyzico',
      by: 'paymentId',
    })
    expect(many.status).toBe(400)
    const huge = await postBatch({ text: '1\n'.repeat(600_000), provider: 'iyzico', by: 'paymentId' })
    expect(huge.status).toBe(413)
  })

  it('reports an invalid query inside a batch as that query’s error, not the batch’s', async () => {
    const { lines } = await postBatch({
      queries: [{ provider: 'iyzico', paymentId: '' }, answerable[0]!.query],
    })
    const results = lines.filter((line) => line.type === 'result')
    expect(results.find((r) => r.index === 0)).toMatchObject({ ok: false, error: { code: 'validation' } })
    expect(results.find((r) => r.index === 1)).toMatchObject({ ok: true })
  })
})

describe('a batch whose client goes away', () => {
  it('stops sending queries to the provider', async () => {
    const slow = createDemoWiring({}, { retry: false, latencyMs: 50 })
    const slowApp = createApp(slow)
    const paid = slow.scenarios.find((s) => s.provider === 'iyzico' && 'paymentId' in s.query)!
    const queries = Array.from({ length: 200 }, () => paid.query)
    const response = await slowApp.request('/api/statuses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries }),
    })
    const reader = response.body!.getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    await new Promise((resolve) => setTimeout(resolve, 200))
    const afterCancel = slow.simulators.iyzico!.requests
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(slow.simulators.iyzico!.requests).toBe(afterCancel)
    expect(afterCancel).toBeLessThan(60)
  })
})
