import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../src/app'
import { createFakeNormalizer, UNCHECKED_EXPLANATION } from './fake-normalizer'
import { postBatch } from './post-batch'

const app = createApp({
  normalizer: createFakeNormalizer(),
  modes: {
    iyzico: { mode: 'simulator' },
    esnekpos: { mode: 'live', baseUrl: 'https://posservicetest.esnekpos.com' },
  },
  scenarios: [
    {
      provider: 'iyzico',
      name: 'paid',
      query: { provider: 'iyzico', paymentId: '1' },
      expect: { status: 'SUCCEEDED' },
    },
    {
      provider: 'iyzico',
      name: 'gone',
      query: { provider: 'iyzico', paymentId: 'missing' },
      expect: { error: 'not_found' },
    },
  ],
})

describe('demo app over a stand-in engine', () => {
  it('renders a queried payment', async () => {
    const response = await app.request('/?provider=iyzico&paymentId=1&lang=en')
    const body = await response.text()
    expect(response.status).toBe(200)
    expect(body).toContain('data-status="SUCCEEDED"')
    expect(body).toContain('Fake answer for 1.')
    expect(body).toContain('1250.00 TRY')
  })

  it('says a SUCCEEDED whose refunds were not checked is not safe to ship, and why', async () => {
    const body = await (await app.request('/?provider=iyzico&paymentId=unchecked&lang=en')).text()
    expect(body).toContain('data-status="SUCCEEDED"')
    expect(body).toContain('<span class="flag no" data-flag="paid">Not paid: do not ship</span>')
    expect(body).toContain(
      '<span class="flag no" data-flag="settled">Not settled yet: check again later</span>',
    )
    expect(body).toContain(
      '<p class="note" data-testid="not-proven">The status word says paid, but the answer does not prove it: do not ship yet. The explanation says why.</p>',
    )
    expect(body).toContain(`<p class="explanation" data-testid="explanation">${UNCHECKED_EXPLANATION}</p>`)
    expect(body).not.toContain('Paid: safe to ship')
  })

  it('says a checked SUCCEEDED is safe to ship, with no doubt shown', async () => {
    const body = await (await app.request('/?provider=iyzico&paymentId=signed&lang=en')).text()
    expect(body).toContain('<span class="flag yes" data-flag="paid">Paid: safe to ship</span>')
    expect(body).not.toContain('data-testid="not-proven"')
  })

  it('shows mdStatus and whether the answer was signed, where the result has them', async () => {
    const unchecked = await (await app.request('/?provider=iyzico&paymentId=unchecked&lang=en')).text()
    expect(unchecked).toContain('<div><dt>3-D Secure mdStatus</dt><dd><code>1</code></dd></div>')
    expect(unchecked).toContain(
      '<div><dt>Response signature</dt><dd>none: the answer came unsigned</dd></div>',
    )
    const signed = await (await app.request('/?provider=iyzico&paymentId=signed&lang=en')).text()
    expect(signed).toContain('<div><dt>Response signature</dt><dd>verified</dd></div>')
    expect(signed).not.toContain('3-D Secure mdStatus')
    const plain = await (await app.request('/?provider=iyzico&paymentId=1&lang=en')).text()
    expect(plain).not.toContain('Response signature')
  })

  it('counts only proven payments as paid in a batch', async () => {
    const { lines } = await postBatch(app, {
      text: 'unchecked\nsigned\nf3',
      provider: 'iyzico',
      by: 'paymentId',
    })
    const paid = Object.fromEntries(
      lines.filter((line) => line.type === 'result').map((line) => [line.query.paymentId, line.paid]),
    )
    expect(paid).toEqual({ unchecked: false, signed: true, f3: false })
    expect(lines.at(-1)).toMatchObject({
      type: 'done',
      summary: { paid: 1, byStatus: { SUCCEEDED: 2, FAILED: 1 } },
    })
  })

  it('says which mode each provider is in', async () => {
    const body = await (await app.request('/')).text()
    expect(body).toContain('data-provider="iyzico" data-mode="simulator"')
    expect(body).toContain('https://posservicetest.esnekpos.com')
  })

  it('answers the API with typed errors', async () => {
    expect((await app.request('/api/status?provider=iyzico&paymentId=missing')).status).toBe(404)
    expect((await app.request('/api/status?provider=iyzico&paymentId=down')).status).toBe(504)
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const internal = await app.request('/api/status?provider=iyzico&paymentId=boom')
    expect(internal.status).toBe(500)
    expect(await internal.text()).not.toContain('internal detail')
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
  })

  it('streams a batch', async () => {
    const { lines } = await postBatch(app, { text: '1\nf2\nmissing', provider: 'iyzico', by: 'paymentId' })
    expect(lines.at(-1)).toMatchObject({
      type: 'done',
      summary: { byStatus: { SUCCEEDED: 1, FAILED: 1 }, byError: { not_found: 1 } },
    })
  })

  it('renders the other pages in Turkish', async () => {
    for (const path of ['/batch', '/scenarios', '/api']) {
      const response = await app.request(path, { headers: { 'accept-language': 'tr-TR' } })
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<html lang="tr">')
    }
  })
})
