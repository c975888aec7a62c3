import { isPaid, type NormalizedResult, statusWordIsPaid } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { queryToParams } from '../src/query/query-fields'
import { escapeHtml } from '../src/scrub-secrets'
import { postBatch } from './post-batch'

// "Paid" is decided on the whole result: over every simulator scenario, the query page's flag and
// the batch's verdict agree with isPaid(result), never with the status word alone.
const wiring = createDemoWiring({}, { retry: false })
const app = createApp(wiring)
const answerable = wiring.scenarios.filter((s) => 'status' in s.expect)

async function resultOf(query: Record<string, unknown>): Promise<NormalizedResult> {
  return (await (
    await app.request(`/api/status?${queryToParams(query as never)}`)
  ).json()) as NormalizedResult
}

describe('paid, on the query page', () => {
  it('shows the iyzico SUCCEEDED whose refunds were not checked as not safe to ship, with its explanation', async () => {
    const succeeded = answerable.find((s) => s.provider === 'iyzico' && s.name === 'succeeded')!
    const result = await resultOf(succeeded.query)
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    const page = await (await app.request(`/?${queryToParams(succeeded.query)}&lang=en`)).text()
    expect(page).toContain('<span class="flag no" data-flag="paid">Not paid: do not ship</span>')
    expect(page).toContain(
      '<p class="note" data-testid="not-proven">The status word says paid, but the answer does not prove it: do not ship yet. The explanation says why.</p>',
    )
    expect(page).toContain(
      `<p class="explanation" data-testid="explanation">${escapeHtml(result.explanation)}</p>`,
    )
  })

  it.each(answerable.map((s) => [`${s.provider} ${s.name}`, s] as const))(
    '%s: the flag is isPaid(result)',
    async (_, scenario) => {
      const result = await resultOf(scenario.query)
      const page = await (await app.request(`/?${queryToParams(scenario.query)}&lang=en`)).text()
      if (result.kind === 'session') {
        expect(page).not.toContain('data-flag="paid"')
        return
      }
      const paid = isPaid(result)
      expect(page).toContain(
        paid
          ? '<span class="flag yes" data-flag="paid">Paid: safe to ship</span>'
          : '<span class="flag no" data-flag="paid">Not paid: do not ship</span>',
      )
      expect(page.includes('data-testid="not-proven"')).toBe(statusWordIsPaid(result.status) && !paid)
    },
  )
})

describe('paid, in a batch', () => {
  it('marks each result line with isPaid(result) and counts only those in the summary', async () => {
    const { lines } = await postBatch(app, { queries: answerable.map((s) => s.query) })
    const results = lines.filter((line) => line.type === 'result' && line.ok)
    expect(results).toHaveLength(answerable.length)
    for (const line of results) expect(line.paid).toBe(isPaid(line.result))
    const proven = results.filter((line) => line.paid).length
    expect(lines.at(-1)!.summary.paid).toBe(proven)
    // Some SUCCEEDED results are not paid (refunds unchecked): the count is not the SUCCEEDED count.
    expect(results.filter((line) => line.result.status === 'SUCCEEDED' && !line.paid).length).toBeGreaterThan(
      0,
    )
  })
})
