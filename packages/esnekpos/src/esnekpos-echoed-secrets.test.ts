import { DurumError } from '@durum/core'
import type { NormalizedPayment } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { everywhere } from './__test__/esnekpos-test-kit'
import { esnekpos } from './esnekpos-provider'
import type { EsnekposStatusQuery } from './esnekpos-queries'
import { createEsnekposSimulator } from './testing/esnekpos-simulator'

const merchant = 'TEST1234'
/** With `+` and `/`, so its URL-encoded and JSON-escaped forms differ from it. */
const merchantKey = 'q+Rk/3vT8wXyZ1aB2cD4eF=='
const forms = [merchantKey, encodeURIComponent(merchantKey), merchantKey.replaceAll('/', '\\/')]

type Body = Record<string, unknown>
type Row = Record<string, unknown>

/** The error's own fields too, which `inspect` may abbreviate. */
function printedEverywhere(value: unknown): string {
  const own = DurumError.isInstance(value) ? [value.message, value.code, String(value.providerCode)] : []
  return [everywhere(value), ...own].join('\n')
}

const rows = (body: Body, change: (row: Row) => Row): Body => ({
  ...body,
  TRANSACTIONS: (body.TRANSACTIONS as Row[]).map(change),
})
const payments = (body: Body, change: (row: Row) => Row): Body => ({
  ...body,
  PAYMENTS: (body.PAYMENTS as Row[]).map(change),
})

interface Echo {
  name: string
  query: EsnekposStatusQuery
  echo: (body: Body) => Body
  /** What must show instead, proving the text went through the redactor rather than being dropped. */
  expect: (outcome: NormalizedPayment | DurumError) => void
}

const isError = (outcome: unknown): outcome is DurumError => DurumError.isInstance(outcome)
const result = (outcome: NormalizedPayment | DurumError): NormalizedPayment => {
  expect(isError(outcome)).toBe(false)
  return outcome as NormalizedPayment
}
const error = (outcome: NormalizedPayment | DurumError): DurumError => {
  expect(isError(outcome)).toBe(true)
  return outcome as DurumError
}

const declined = { orderReference: 'PRB473855AF38A4' }
const paid = { orderReference: 'order-paid' }
const paymentRequest = { sendPaymentRequestId: '2482' }

const echoes: Echo[] = [
  {
    name: 'RETURN_CODE of an answer with the order',
    query: paid,
    echo: (body) => ({ ...body, RETURN_CODE: merchantKey }),
    expect: (outcome) => expect(result(outcome).status).toBe('UNKNOWN'),
  },
  {
    name: 'RETURN_CODE of an answer without the order',
    query: paymentRequest,
    echo: () => ({ PAYMENTS: null, RETURN_CODE: merchantKey, RETURN_MESSAGE: 'x', STATUS: 'ERROR' }),
    expect: (outcome) =>
      expect(error(outcome)).toMatchObject({ code: 'provider', providerCode: '[REDACTED]' }),
  },
  {
    name: 'RETURN_MESSAGE of a decline (the failure kept in the result)',
    query: declined,
    echo: (body) => ({ ...body, RETURN_MESSAGE: `51-MERCHANT_KEY ${merchantKey} geçersiz` }),
    expect: (outcome) =>
      expect(result(outcome).failure).toEqual({
        code: '51',
        message: '51-MERCHANT_KEY [REDACTED] geçersiz',
        category: 'insufficient_funds',
      }),
  },
  {
    name: 'RETURN_MESSAGE, URL-encoded',
    query: declined,
    echo: (body) => ({ ...body, RETURN_MESSAGE: `key=${encodeURIComponent(merchantKey)}` }),
    expect: (outcome) => expect(result(outcome).failure?.message).toBe('key=[REDACTED]'),
  },
  {
    name: 'STATUS',
    query: declined,
    echo: (body) => ({ ...body, STATUS: merchantKey }),
    expect: (outcome) =>
      expect(result(outcome).explanation).toBe(
        'Transaction 783903 reads "Ödeme - Başarısız (STATUS_ID 4)": the payment failed and nothing was charged. EsnekPOS answered RETURN_CODE 100 [REDACTED]: "51-Limit Yetersiz".',
      ),
  },
  {
    name: 'STATUS_NAME',
    query: paid,
    echo: (body) => rows(body, (row) => ({ ...row, STATUS_NAME: `Ödeme ${merchantKey}` })),
    // STATUS_ID still reads: an unrecognised text beside a known id is not a contradiction.
    expect: (outcome) => expect(result(outcome).rawStatus).toBe('Ödeme [REDACTED] (STATUS_ID 3)'),
  },
  {
    name: 'TRANSACTION_ID and SUCCESS_TRANSACTION_ID (ids and attempts)',
    query: paid,
    echo: (body) => ({
      ...rows(body, (row) => ({ ...row, TRANSACTION_ID: merchantKey })),
      SUCCESS_TRANSACTION_ID: merchantKey,
    }),
    expect: (outcome) => {
      expect(result(outcome).ids.transactionIds).toEqual(['[REDACTED]'])
      expect(result(outcome).attempts?.map((attempt) => attempt.reference)).toEqual([
        '[REDACTED]',
        '[REDACTED]',
        '[REDACTED]',
      ])
    },
  },
  {
    name: 'REFNO',
    query: paid,
    echo: (body) => ({ ...body, REFNO: merchantKey }),
    expect: (outcome) => expect(result(outcome).ids.paymentId).toBe('[REDACTED]'),
  },
  {
    name: 'ORDER_REF_NO (refused as another order)',
    query: paid,
    echo: (body) => ({ ...body, ORDER_REF_NO: merchantKey }),
    expect: (outcome) =>
      expect(error(outcome).message).toContain(
        'about order "[REDACTED]" (ORDER_REF_NO) when asked about order',
      ),
  },
  {
    name: 'PAYMENT_STATUS, REFNO and ORDER_REF_NO of a payment-request attempt',
    query: paymentRequest,
    echo: (body) =>
      payments(body, (attempt) => ({
        ...attempt,
        PAYMENT_STATUS: merchantKey,
        REFNO: merchantKey,
        ORDER_REF_NO: merchantKey,
      })),
    expect: (outcome) =>
      expect(result(outcome)).toMatchObject({
        status: 'UNKNOWN',
        rawStatus: '[REDACTED]',
        ids: { paymentId: '[REDACTED]', merchantReference: '[REDACTED]' },
      }),
  },
]

describe('a merchant key EsnekPOS echoes never leaves durum', () => {
  it.each(echoes.map((echo) => [echo.name, echo] as const))('in %s', async (_, echo) => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    simulator.faults.add({ type: 'drift', transform: echo.echo })
    const provider = esnekpos({ merchant, merchantKey, fetch: simulator.fetch, retry: false })
    const outcome = await provider.getStatus(echo.query).catch((reason: unknown) => reason)
    echo.expect(outcome as NormalizedPayment | DurumError)
    const printed = printedEverywhere(outcome)
    for (const form of forms) expect(printed).not.toContain(form)
  })
})

describe('a merchant key spelled with JSON escapes in the body', () => {
  it('is redacted once decoded: in the failure, the explanation and the result', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    // `\u0071` is "q": the text never shows the key, the decoded string does.
    const escaped = `\\u0071${merchantKey.slice(1).replaceAll('/', '\\/')}`
    const declinedBody = (
      await (
        await simulator.fetch('https://posservicetest.esnekpos.com/api/services/ProcessQuery', {
          method: 'POST',
          body: JSON.stringify({
            MERCHANT: merchant,
            MERCHANT_KEY: merchantKey,
            ORDER_REF_NUMBER: 'PRB473855AF38A4',
          }),
        })
      ).text()
    ).replace('"51-Limit Yetersiz"', `"51-${escaped}"`)
    expect(declinedBody).not.toContain(merchantKey)
    simulator.faults.add({ type: 'status', status: 200, body: declinedBody, contentType: 'application/json' })
    const provider = esnekpos({ merchant, merchantKey, fetch: simulator.fetch, retry: false })
    const outcome = await provider.getStatus(declined)
    expect(outcome.failure?.message).toBe('51-[REDACTED]')
    for (const form of forms) expect(printedEverywhere(outcome)).not.toContain(form)
  })
})
