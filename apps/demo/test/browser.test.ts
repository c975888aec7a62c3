import { mkdir, readFile } from 'node:fs/promises'
import { isPaid } from '@durum/status-normalizer'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoScenario } from '../src/demo-types'
import { en } from '../src/i18n/messages-en'
import { STATUS_STYLE } from '../src/pages/status-style'
import { queryToParams } from '../src/query/query-fields'
import { type RunningDemo, startDemo } from '../src/start-demo'
import { launchChromium, planBrowserTests } from './chromium'

const SCREENSHOTS = new URL('../screenshots/', import.meta.url)
const plan = planBrowserTests(process.env)
if ('skip' in plan) console.warn(`Skipping the demo's browser tests: ${plan.skip}.`)

let demo: RunningDemo
let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // A little simulator latency, so the batch's progress really is live.
  if ('skip' in plan) return
  if ('fail' in plan) throw new Error(plan.fail)
  demo = await startDemo({ env: {}, port: 0, hostname: '127.0.0.1', latencyMs: 40, retry: false })
  browser = await launchChromium(plan.run)
  context = browser.context
  page = await context.newPage()
  await mkdir(SCREENSHOTS, { recursive: true })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

const expectedKey = (scenario: DemoScenario) =>
  'status' in scenario.expect ? scenario.expect.status : `error:${scenario.expect.error}`

/** What the query page shows: the result's status, or `error:<code>` for a failed query. */
async function shownOutcome(tab: Page = page): Promise<string> {
  const result = tab.locator('section.result')
  if ((await result.count()) > 0) return (await result.getAttribute('data-status')) ?? ''
  return `error:${await tab.locator('section.query-error').getAttribute('data-code')}`
}

describe.skipIf('skip' in plan)('the demo in headless Chromium', { timeout: 60_000 }, () => {
  it('queries one payment through the form and shows badge, explanation, raw and normalized bodies', async () => {
    const scenario = demo.wiring.scenarios.find(
      (s) => s.provider === 'iyzico' && 'paymentConversationId' in s.query && expectedKey(s) === 'SUCCEEDED',
    )!
    await page.goto(`${demo.url}/?lang=en`)
    await page.getByLabel('Provider', { exact: true }).selectOption('iyzico')
    await page.getByLabel('Id type').selectOption('paymentConversationId')
    await page.getByLabel('Id', { exact: true }).fill(String(scenario.query.paymentConversationId))
    await page.getByRole('button', { name: 'Query status' }).click()
    await page.waitForSelector('section.result')
    expect(await shownOutcome()).toBe('SUCCEEDED')
    await expect.poll(() => page.locator('.status-line .badge').textContent()).toContain('Succeeded')
    const expected = await demo.wiring.normalizer.getStatus(scenario.query)
    expect(await page.getByTestId('explanation').textContent()).toBe(expected.explanation)
    const raw = JSON.parse((await page.getByTestId('raw-body').textContent()) ?? '')
    const normalized = JSON.parse((await page.getByTestId('normalized-body').textContent()) ?? '')
    expect(normalized).toMatchObject({ status: 'SUCCEEDED', provider: 'iyzico' })
    expect(JSON.stringify(raw)).not.toContain('sandbox-demo-secret-key')
    expect(await page.locator('.modes [data-provider="iyzico"]').getAttribute('data-mode')).toBe('simulator')
    await page.screenshot({ path: new URL('query-payment.png', SCREENSHOTS).pathname, fullPage: true })
  })

  it('shows a SUCCEEDED whose refunds were not checked as not safe to ship, and why', async () => {
    const succeeded = demo.wiring.scenarios.find((s) => s.provider === 'iyzico' && s.name === 'succeeded')!
    const result = await demo.wiring.normalizer.getStatus(succeeded.query)
    await page.goto(`${demo.url}/?${queryToParams(succeeded.query)}&lang=en`)
    expect(await shownOutcome()).toBe('SUCCEEDED')
    expect(await page.locator('[data-flag="paid"]').textContent()).toBe('Not paid: do not ship')
    expect(await page.getByTestId('not-proven').isVisible()).toBe(true)
    expect(await page.getByTestId('explanation').textContent()).toBe(result.explanation)
  })

  it('offers only the chosen provider’s id types, and the second session field only for sessions', async () => {
    await page.goto(`${demo.url}/?lang=en`)
    await page.getByLabel('Provider', { exact: true }).selectOption('esnekpos')
    const visible = await page
      .locator('#by optgroup:not([hidden]) option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(visible).toEqual(['sendPaymentRequestId', 'orderReference'])
    await page.getByLabel('Provider', { exact: true }).selectOption('iyzico')
    expect(await page.locator('[data-session-only]').isHidden()).toBe(true)
    await page.getByLabel('Id type').selectOption('session')
    expect(await page.locator('[data-session-only]').isVisible()).toBe(true)
    expect(await page.getByLabel('Checkout form token').count()).toBe(1)
  })

  it('marks the field of a validation error', async () => {
    await page.goto(`${demo.url}/?lang=en&provider=iyzico&by=paymentId&value=`)
    expect(await shownOutcome()).toBe('error:validation')
    expect(await page.getByLabel('Id', { exact: true }).getAttribute('aria-invalid')).toBe('true')
  })

  it('lists every scenario in the gallery, and one click on each shows its expected outcome', async () => {
    await page.goto(`${demo.url}/scenarios?lang=en`)
    const cards = page.locator('.card')
    expect(await cards.count()).toBe(demo.wiring.scenarios.length)
    await page.screenshot({ path: new URL('scenarios.png', SCREENSHOTS).pathname, fullPage: true })
    const cardOf = (scenario: DemoScenario) =>
      page.locator(
        `section.gallery[data-provider="${scenario.provider}"] .card[data-scenario="${scenario.name}"]`,
      )
    const cardData = await page.locator('.card').evaluateAll((elements) =>
      elements.map((card) => ({
        provider: card.closest('section.gallery')?.getAttribute('data-provider'),
        name: card.getAttribute('data-scenario'),
        expect: card.getAttribute('data-expect'),
        href: card.querySelector('a')?.getAttribute('href'),
      })),
    )
    const links = new Map<DemoScenario, string>()
    for (const scenario of demo.wiring.scenarios) {
      const card = cardData.find((c) => c.provider === scenario.provider && c.name === scenario.name)
      expect(card?.expect, `${scenario.provider} ${scenario.name}`).toBe(expectedKey(scenario))
      links.set(scenario, card!.href!)
    }
    // One real click; the other links are followed directly, which is what a click does.
    const [first] = demo.wiring.scenarios
    await cardOf(first!).getByRole('link').click()
    await page.waitForSelector('section.result, section.query-error')
    expect(await shownOutcome()).toBe(expectedKey(first!))
    // Four tabs at once keep this quick.
    const queue = [...links]
    const shown = new Map<DemoScenario, string>()
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const tab = await context.newPage()
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          await tab.goto(`${demo.url}${next[1]}`, { waitUntil: 'domcontentloaded' })
          shown.set(next[0], await shownOutcome(tab))
        }
        await tab.close()
      }),
    )
    for (const scenario of demo.wiring.scenarios) {
      expect(shown.get(scenario), `${scenario.provider} ${scenario.name}`).toBe(expectedKey(scenario))
    }
  })

  it('checks many at once from a CSV upload, live, with a summary, a table and a CSV download', async () => {
    const scenarios = demo.wiring.scenarios
    const columns = [
      'provider',
      'paymentId',
      'paymentConversationId',
      'checkoutFormToken',
      'sessionCheckoutFormToken',
      'sessionPaymentId',
      'sendPaymentRequestId',
      'orderReference',
      'merchantOid',
      'payableUntil',
    ]
    const csv = [columns.join(',')]
    for (const scenario of scenarios) {
      const params = queryToParams(scenario.query)
      csv.push(columns.map((column) => params.get(column) ?? '').join(','))
    }
    await page.goto(`${demo.url}/batch?lang=en`)
    await page
      .getByLabel('or a CSV file')
      .setInputFiles({ name: 'payments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) })
    // Record every progress value the page shows, to see that it moves while the batch runs.
    await page.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { progressSeen: number[] }).progressSeen = seen
      const bar = document.getElementById('batch-progress') as HTMLProgressElement
      new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true })
      const text = document.getElementById('batch-progress-text')!
      new MutationObserver(() => seen.push(bar.value)).observe(text, {
        childList: true,
        characterData: true,
        subtree: true,
      })
    })
    await page.getByRole('button', { name: 'Check all' }).click()
    await page.waitForSelector('#batch-download:not([disabled])', { timeout: 30_000 })
    const progressSeen = await page.evaluate(
      () => (window as unknown as { progressSeen: number[] }).progressSeen,
    )
    const partial = new Set(progressSeen.filter((value) => value > 0 && value < scenarios.length))
    expect(partial.size).toBeGreaterThan(2)

    const rows = await page.locator('[data-testid="batch-results"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        index: Number((tr as HTMLElement).dataset.index),
        status: (tr as HTMLElement).dataset.status,
        paid: (tr as HTMLElement).dataset.paid,
        flag: tr.querySelector('[data-flag="paid"]')?.textContent,
      })),
    )
    // The verdict on each whole result, asked of the engine directly.
    const verdicts = await Promise.all(
      scenarios.map((scenario) =>
        demo.wiring.normalizer.getStatus(scenario.query).then(
          (result) => ({ paid: isPaid(result), payment: result.kind === 'payment' }),
          () => ({ paid: false, payment: false }),
        ),
      ),
    )
    const paid = verdicts.map((verdict) => verdict.paid)
    expect(rows).toEqual(
      scenarios.map((scenario, index) => ({
        index,
        status: expectedKey(scenario),
        paid: String(paid[index]),
        // Every payment row carries the verdict beside its badge; sessions and failed queries none.
        flag: verdicts[index]!.payment
          ? paid[index]
            ? 'Paid: safe to ship'
            : 'Not paid: do not ship'
          : undefined,
      })),
    )
    const expectedSummary = new Map<string, number>([['paid', paid.filter(Boolean).length]])
    for (const scenario of scenarios)
      expectedSummary.set(expectedKey(scenario), (expectedSummary.get(expectedKey(scenario)) ?? 0) + 1)
    const summary = await page
      .locator('[data-testid="batch-summary"] li')
      .evaluateAll((items) =>
        items.map(
          (li) => [(li as HTMLElement).dataset.key, Number(li.querySelector('.count')?.textContent)] as const,
        ),
      )
    expect(new Map(summary)).toEqual(expectedSummary)
    // Badges in one fixed order: paid, then statuses as the status styles list them, then error codes.
    const order = [
      'paid',
      ...Object.keys(STATUS_STYLE),
      ...Object.keys(en.errors.codes).map((c) => `error:${c}`),
    ]
    expect(summary.map(([key]) => key)).toEqual(
      [...expectedSummary.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    )
    const failed = scenarios.filter((s) => !('status' in s.expect)).length
    expect(await page.locator('#batch-progress-text').textContent()).toBe(
      `Done: ${scenarios.length} checked, ${failed} failed queries.`,
    )
    expect(await page.locator('#batch-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(
      scenarios.length,
    )
    await page.screenshot({ path: new URL('check-many.png', SCREENSHOTS).pathname, fullPage: true })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const bytes = await readFile((await download.path())!)
    // A UTF-8 byte-order mark first, so spreadsheets read the Turkish letters right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const exported = bytes.subarray(3).toString('utf8').trim().split('\r\n')
    expect(exported[0]).toBe(
      'index,provider,field,value,status,paid,rawStatus,amount,paidAmount,currency,reason,explanation,errorCode,errorMessage',
    )
    expect(exported).toHaveLength(scenarios.length + 1)
  })

  it('outlines the field at fault: the ids box for an empty list, the file for a bad CSV line', async () => {
    await page.goto(`${demo.url}/batch?lang=en`)
    await page.getByRole('button', { name: 'Check all' }).click()
    await expect
      .poll(() => page.locator('#batch-error').textContent())
      .toBe('No ids given: paste ids or upload a CSV file.')
    const ids = page.getByLabel('Ids')
    expect(await ids.getAttribute('aria-invalid')).toBe('true')
    expect(await ids.getAttribute('aria-describedby')).toBe('batch-error')
    expect(await ids.evaluate((box) => box === document.activeElement)).toBe(true)
    // The outline is drawn, not only announced.
    expect(await ids.evaluate((box) => getComputedStyle(box).borderColor)).toBe('rgb(180, 35, 24)')

    await page.getByLabel('or a CSV file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('provider,paymentId\niyzico,\n'),
    })
    await page.getByRole('button', { name: 'Check all' }).click()
    await expect
      .poll(() => page.locator('#batch-error').textContent())
      .toBe(
        'Line 2: Give one id to look up: paymentId, paymentConversationId, checkoutFormToken, sessionCheckoutFormToken + sessionPaymentId.',
      )
    expect(await page.getByLabel('or a CSV file').getAttribute('aria-invalid')).toBe('true')
    expect(await ids.getAttribute('aria-invalid')).toBeNull()
  })

  it('fits a 390 px phone: no page scrolls sideways, a result and a finished batch included', async () => {
    const phone = await context.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    const cancelled = demo.wiring.scenarios.find((s) => s.provider === 'iyzico' && s.name === 'cancelled')!
    const widths: Record<string, number> = {}
    const paths = ['/', '/api', '/batch', '/scenarios', `/?${queryToParams(cancelled.query)}`, '/nowhere']
    for (const lang of ['en', 'tr']) {
      for (const path of paths) {
        await phone.goto(`${demo.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)
        widths[`${lang} ${path}`] = await phone.evaluate(() => document.documentElement.scrollWidth)
      }
    }
    const ids = demo.wiring.scenarios.filter((s) => s.provider === 'iyzico' && 'paymentId' in s.query)
    await phone.goto(`${demo.url}/batch?lang=en`)
    await phone.getByLabel('Ids').fill(ids.map((s) => String(s.query.paymentId)).join('\n'))
    await phone.getByRole('button', { name: 'Check all' }).click()
    await phone.waitForSelector('#batch-download:not([disabled])', { timeout: 30_000 })
    widths['finished batch'] = await phone.evaluate(() => document.documentElement.scrollWidth)
    await phone.screenshot({ path: new URL('phone-batch.png', SCREENSHOTS).pathname, fullPage: true })
    await phone.close()
    expect(Object.entries(widths).filter(([, width]) => width > 390)).toEqual([])
  })

  it('checks pasted ids', async () => {
    const ids = demo.wiring.scenarios.filter(
      (s) => s.provider === 'esnekpos' && 'sendPaymentRequestId' in s.query,
    )
    await page.goto(`${demo.url}/batch?lang=en`)
    await page.getByLabel('Provider', { exact: true }).selectOption('esnekpos')
    await page.getByLabel('Id type').selectOption('sendPaymentRequestId')
    await page.getByLabel('Ids').fill(ids.map((s) => String(s.query.sendPaymentRequestId)).join('\n'))
    await page.getByRole('button', { name: 'Check all' }).click()
    await page.waitForSelector('#batch-download:not([disabled])', { timeout: 30_000 })
    const statuses = await page
      .locator('[data-testid="batch-results"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status))
    expect(statuses).toEqual(ids.map(expectedKey))
  })

  it('keeps every page labelled and landmarked, with a skip link first in the tab order', async () => {
    const paid = demo.wiring.scenarios.find((s) => expectedKey(s) === 'SUCCEEDED')!
    for (const path of ['/', '/batch', '/scenarios', '/api', `/?${queryToParams(paid.query)}`]) {
      await page.goto(`${demo.url}${path}`)
      const report = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')]
        return {
          lang: document.documentElement.lang,
          h1: document.querySelectorAll('h1').length,
          landmarks: ['header', 'nav', 'main', 'footer'].filter(
            (tag) => document.querySelector(tag) === null,
          ),
          unlabelled: controls.filter((c) => (c as HTMLInputElement).labels?.length === 0).map((c) => c.id),
          emptyButtons: [...document.querySelectorAll('button, a')].filter(
            (b) => b.textContent?.trim() === '',
          ).length,
          badgesWithoutText: [...document.querySelectorAll('.badge')].filter(
            (b) =>
              (b.textContent ?? '').replace(b.querySelector('.icon')?.textContent ?? '', '').trim() === '',
          ).length,
        }
      })
      expect(report, path).toEqual({
        lang: 'en',
        h1: 1,
        landmarks: [],
        unlabelled: [],
        emptyButtons: 0,
        badgesWithoutText: 0,
      })
    }
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip')
  })

  it('speaks Turkish when the browser asks for it, and English on ?lang=en', async () => {
    const turkish = await context.newPage()
    await turkish.setExtraHTTPHeaders({ 'accept-language': 'tr-TR,tr;q=0.9' })
    await turkish.goto(`${demo.url}/`)
    expect(await turkish.locator('html').getAttribute('lang')).toBe('tr')
    expect(await turkish.getByRole('link', { name: 'Toplu kontrol' }).count()).toBe(1)
    await turkish.goto(`${demo.url}/?lang=en`)
    expect(await turkish.locator('html').getAttribute('lang')).toBe('en')
    await turkish.close()
  })
})
