import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { createIyzicoClient } from './iyzico-client'

// Opt-in: runs only with real sandbox credentials (IYZICO_API_KEY, IYZICO_SECRET_KEY), never in CI by default.
const credentials = Boolean(process.env.IYZICO_API_KEY && process.env.IYZICO_SECRET_KEY)

const title = credentials
  ? 'the real iyzico sandbox'
  : 'the real iyzico sandbox (skipped: set IYZICO_API_KEY and IYZICO_SECRET_KEY to run it)'

if (!credentials) console.info(`Skipping ${title.replace(' (skipped: ', ': ').replace(/\)$/, '')}.`)

describe.skipIf(!credentials)(title, () => {
  const client = createIyzicoClient({ environment: 'sandbox', timeout: 20_000 })
  const unknownOrder = `durum-sandbox-check-${Date.now()}`

  it('accepts the reporting GET sent without a body and signed over its path alone', async () => {
    const answer = await client.getReportingPaymentDetails({ paymentConversationId: unknownOrder })
    expect(answer.status).toBe('success')
    expect(answer.payments).toEqual([])
  })

  it('accepts a signed payment-detail POST and answers an unknown order with 5087', async () => {
    const error = await client
      .getPaymentDetail({ paymentConversationId: unknownOrder })
      .catch((caught: unknown) => caught)
    expect(DurumError.isInstance(error) && error.code).toBe('not_found')
  })
})
