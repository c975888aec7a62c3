import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { tryScenarios } from '../src/pages/try-links'
import { queryToParams } from '../src/query/query-fields'
import { escapeHtml } from '../src/scrub-secrets'

const wiring = createDemoWiring({}, { retry: false })
const app = createApp(wiring)
const scenario = (provider: string, name: string) =>
  wiring.scenarios.find((s) => s.provider === provider && s.name === name)!
const page = async (path: string) => (await app.request(path)).text()

describe('a cancel or a refund shows why', () => {
  it('lists the answers durum read, the reporting answer that found the cancel open', async () => {
    const cancelled = scenario('iyzico', 'cancelled')
    const body = await page(`/?${queryToParams(cancelled.query)}&lang=en`)
    const answers = [...body.matchAll(/<li data-source="([^"]+)">\s*<details( open)?>/g)].map(
      (m) => `${m[1]}${m[2] ?? ''}`,
    )
    expect(answers).toEqual(['iyzico.payment-detail', 'iyzico.reporting-payment-details open'])
    const reporting = body.slice(body.indexOf('data-source="iyzico.reporting-payment-details"'))
    expect(reporting).toContain('&quot;paymentRefundStatus&quot;: &quot;TOTALLY_REFUNDED&quot;')
    expect(reporting).toContain('&quot;cancels&quot;: [')
  })

  it('gives each item its cancel or refund state, not only “approved”', async () => {
    const refundState = async (name: string) => {
      const body = await page(`/?${queryToParams(scenario('iyzico', name).query)}&lang=en`)
      return [...body.matchAll(/<td data-testid="item-refund">([^<]*)<\/td>/g)].map((m) => m[1])
    }
    expect(await refundState('cancelled')).toEqual([
      'cancelled with the payment',
      'cancelled with the payment',
    ])
    expect(await refundState('partially-refunded')).toEqual(['not refunded', 'refunded 5.00 TRY'])
    expect(await refundState('succeeded')).toEqual(['not checked'])
  })

  it('says it in Turkish on the Turkish page, with the same reason code', async () => {
    const cancelled = scenario('iyzico', 'cancelled')
    const english = await wiring.normalizer.getStatus(cancelled.query, { locale: 'en' })
    const turkish = await wiring.normalizer.getStatus(cancelled.query, { locale: 'tr' })
    expect(turkish.explanation).not.toBe(english.explanation)
    const body = await page(`/?${queryToParams(cancelled.query)}&lang=tr`)
    expect(body).toContain(`<p class="explanation" data-testid="explanation">${turkish.explanation}</p>`)
    expect(body).toContain(`<code data-testid="reason">${english.reason}</code>`)
    expect(body).toContain('<td data-testid="item-refund">ödemeyle birlikte iptal edildi</td>')
  })

  it('answers the API in Turkish on ?lang=tr and on Accept-Language, English otherwise', async () => {
    const query = queryToParams(scenario('paytr', 'partially-refunded').query)
    const english = await (await app.request(`/api/status?${query}`)).json()
    const turkish = await (await app.request(`/api/status?${query}&lang=tr`)).json()
    const browser = await (
      await app.request(`/api/status?${query}`, { headers: { 'accept-language': 'tr-TR,tr;q=0.9' } })
    ).json()
    expect(turkish.reason).toBe(english.reason)
    expect(turkish.explanation).not.toBe(english.explanation)
    expect(browser.explanation).toBe(turkish.explanation)
  })

  it('writes an error in the page language, with its reason code', async () => {
    const notFound = scenario('iyzico', 'payment-not-found')
    const body = await page(`/?${queryToParams(notFound.query)}&lang=tr`)
    const error = await wiring.normalizer.getStatus(notFound.query, { locale: 'tr' }).catch((e: Error) => e)
    expect(body).toContain(`<p data-testid="error-message">${escapeHtml((error as Error).message)}</p>`)
    expect(body).toMatch(/<code data-testid="reason">iyzico\.[a-z_]+<\/code>/)
  })
})

describe('the demo’s own refusals in the page language', () => {
  it('refuses an empty id on the Turkish query page in Turkish, marking the field', async () => {
    const response = await app.request('/?provider=iyzico&by=paymentId&value=&lang=tr')
    expect(response.status).toBe(400)
    const body = await response.text()
    expect(body).toContain('<p data-testid="error-message">paymentId girin.</p>')
    expect(body).toContain('<code data-testid="reason">demo.value_missing</code>')
  })

  it('refuses an empty list of ids from the Turkish batch page in Turkish', async () => {
    const response = await app.request('/api/statuses?lang=tr', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '\n', provider: 'iyzico', by: 'paymentId' }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: {
        code: 'validation',
        reason: 'demo.ids_missing',
        field: 'queries',
        message: 'Kimlik verilmedi: kimlikleri yapıştırın ya da bir CSV dosyası yükleyin.',
      },
    })
  })
})

describe('times', () => {
  it('shows "checked at" by the demo’s clock and the provider’s clock beside it, both in Istanbul time', async () => {
    const before = Date.now()
    const body = await page(`/?${queryToParams(scenario('iyzico', 'succeeded').query)}&lang=en`)
    const checked = /<time datetime="([^"]+)" title="[^"]+" data-testid="checked-at">([^<]+)<\/time>/.exec(
      body,
    )!
    expect(Date.parse(checked[1]!)).toBeGreaterThanOrEqual(before - 1000)
    expect(checked[2]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}:\d{2} \(UTC\+03:00\)$/)
    // The documented 2023 body's systemTime: the provider's clock, said to be the provider's.
    expect(body).toContain(
      '<time datetime="2023-10-23T11:06:56.625+03:00" title="2023-10-23T11:06:56.625+03:00" data-testid="provider-clock">23 October 2023, 11:06:56 (UTC+03:00)</time>',
    )
  })
})

describe('the first minutes', () => {
  it('lists a curl line with a real simulator id for every way of asking every provider on /api', async () => {
    const body = await page('/api?lang=en')
    const lines = /<pre tabindex="0">([^<]*)<\/pre>/
      .exec(body)![1]!
      .replaceAll('&amp;', '&')
      .replaceAll('&#39;', "'")
      .split('\n')
    expect(lines).toHaveLength(7)
    for (const line of lines) {
      const url = new URL(/^curl '([^']+)'$/.exec(line)![1]!)
      const response = await app.request(`${url.pathname}${url.search}`)
      expect(response.status, line).toBe(200)
    }
  })

  it('offers "try" links with real simulator ids, each leading to its outcome, and the gallery', async () => {
    const body = await page('/?lang=en')
    const links = [...body.matchAll(/<a class="try-link" href="([^"]+)" data-testid="try-link">/g)].map((m) =>
      m[1]!.replaceAll('&amp;', '&'),
    )
    const picks = tryScenarios(wiring.scenarios)
    expect(new Set(picks.map((s) => s.provider))).toEqual(new Set(['iyzico', 'esnekpos', 'paytr']))
    expect(links).toHaveLength(picks.length)
    for (const [i, link] of links.entries()) {
      const result = await page(link)
      const expected = picks[i]!.expect
      expect(result, link).toContain(
        `<section class="result" aria-labelledby="result-heading" data-kind="payment" data-status="${'status' in expected ? expected.status : ''}">`,
      )
    }
    expect(body).toContain(
      `<a href="/scenarios?lang=en" data-testid="gallery-link">See all ${wiring.scenarios.length} scenarios in the gallery</a>`,
    )
  })
})
