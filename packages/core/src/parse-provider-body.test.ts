import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { caughtDurumError } from './__test__/caught-durum-error'
import { decimalSchema, idSchema } from './money-schemas'
import { JsonNumber } from './parse-json'
import { parseJsonBody, parseProviderBody } from './parse-provider-body'
import { createRedactor, REDACTED } from './redact'

const redactor = createRedactor({ secrets: () => ['4oK26hK8MOXrIV1bzTRVPA=='] })
const context = { provider: 'iyzico', source: 'iyzico.payment-detail', status: 200, redactor }

const paymentDetail = v.object({
  status: v.literal('success'),
  paymentId: idSchema,
  price: decimalSchema,
  paidPrice: decimalSchema,
  itemTransactions: v.array(v.object({ paymentTransactionId: idSchema, transactionStatus: v.number() })),
})

describe('parseProviderBody', () => {
  it('reads a real iyzico body exactly', () => {
    const text = readFileSync(
      new URL('../../iyzico/src/__fixtures__/payment-detail.success.fraud-1.docs-2017.json', import.meta.url),
      'utf8',
    )
    const body = parseProviderBody(paymentDetail, text, context)
    expect(body.paymentId).toBe('1')
    expect(body.price).toBe('1.00')
    expect(body.paidPrice).toBe('1.50')
    expect(body.itemTransactions).toEqual([
      { paymentTransactionId: '666861', transactionStatus: 2 },
      { paymentTransactionId: '666862', transactionStatus: 2 },
      { paymentTransactionId: '666863', transactionStatus: 2 },
    ])
  })

  it('names the path of the first issue, with a redacted excerpt', () => {
    const text =
      '{"status":"success","paymentId":"1","price":"1,5","paidPrice":1.0,"itemTransactions":[],"key":"4oK26hK8MOXrIV1bzTRVPA=="}'
    const error = caughtDurumError(() => parseProviderBody(paymentDetail, text, context))
    expect(error.code).toBe('response_format')
    expect(error.provider).toBe('iyzico')
    expect(error.source).toBe('iyzico.payment-detail')
    expect(error.status).toBe(200)
    expect(error.message).toContain('`price`')
    expect(error.message).toContain('"1,5" is not a decimal amount')
    expect(error.excerpt).toContain(REDACTED)
    expect(JSON.stringify(error)).not.toContain('4oK26hK8MOXrIV1bzTRVPA==')
  })

  it('names nested paths', () => {
    const text =
      '{"status":"success","paymentId":1,"price":1,"paidPrice":1,"itemTransactions":[{"paymentTransactionId":2.5,"transactionStatus":2}]}'
    expect(caughtDurumError(() => parseProviderBody(paymentDetail, text, context)).message).toContain(
      '`itemTransactions.0.paymentTransactionId`',
    )
  })
})

describe('parseJsonBody', () => {
  it('parses losslessly', () => {
    expect(parseJsonBody('{"price": 1.00000000, "fee": 0E-8, "id": 123456789012345678}', context)).toEqual({
      price: 1,
      fee: 0,
      id: new JsonNumber('123456789012345678'),
    })
  })

  it.each([
    ['<html><body>Bad Gateway</body></html>', 'an HTML page'],
    ['', 'an empty body'],
    ['{"status":"succ', 'a body that is not JSON'],
  ])('turns %j into response_format (%s)', (text, what) => {
    const error = caughtDurumError(() => parseJsonBody(text, { ...context, status: 200 }))
    expect(error.code).toBe('response_format')
    expect(error.message).toContain(what)
    expect(error.excerpt).toBe(text.trim())
  })
})

describe('no provider text carries a secret out', () => {
  const secret = '4oK26hK8MOXrIV1bzTRVPA=='
  const encodedSecret = encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())

  it('keeps the first characters of a body that is not JSON out of the cause chain', () => {
    const error = caughtDurumError(() => parseJsonBody(`<p>${secret} oops`, context))
    expect(`${inspect(error, { depth: 10 })} ${String(error.cause)}`).not.toContain(secret.slice(0, 6))
    expect(error.excerpt).toBe(`<p>${REDACTED} oops`)
  })

  it('redacts a key used as a property name on the path of the issue', () => {
    const text = `{"status":"success","${encodedSecret}":{"x":1}}`
    const schema = v.objectWithRest({ status: v.literal('success') }, v.object({ x: v.string() }))
    const error = caughtDurumError(() => parseProviderBody(schema, text, context))
    expect(error.message).not.toContain(encodedSecret)
    expect(error.message).toContain(`\`${REDACTED}.x\``)
  })
})

describe('parseJsonBody on a body nested past the bound', () => {
  it('is response_format saying so, not a RangeError', () => {
    const error = caughtDurumError(() =>
      parseJsonBody(`{"a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`, context),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      "iyzico answered iyzico.payment-detail (HTTP 200) with JSON nested more than 256 levels deep (no payment answer is), so its payment state cannot be read. Try again later; if it persists, the provider's API may have changed.",
    )
  })
})
