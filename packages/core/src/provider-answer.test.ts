import { inspect } from 'node:util'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { caughtDurumError } from './__test__/caught-durum-error'
import { orderAnswerContext, orderHint } from './__test__/order-answer-context'
import { epochMillisSchema, istanbulDateTimeSchema } from './istanbul-time'
import { decimalSchema, idSchema, integerSchema, turkishDecimalSchema } from './money-schemas'
import { JsonNumber } from './parse-json'
import { parseProviderAnswerJson, readProviderAnswer } from './provider-answer'
import { createRedactor, REDACTED } from './redact'

const secret = '4oK26hK8MOXrIV1bzTRVPA=='
const redactor = createRedactor({ secrets: () => [secret] })
const context = orderAnswerContext(redactor)
const hint = orderHint

function answer(status: number, text: string) {
  return { status, text, headers: new Headers() }
}

describe('parseProviderAnswerJson', () => {
  it('parses JSON losslessly whatever the status', () => {
    const json = parseProviderAnswerJson(answer(500, '{"RETURN_CODE":"1","AMOUNT":1.10}'), {
      ...context,
      hint,
    })
    expect(json).toEqual({ RETURN_CODE: '1', AMOUNT: 1.1 })
    const long = parseProviderAnswerJson(answer(500, '{"AMOUNT":1234567890.1234567}'), { ...context, hint })
    expect(long).toEqual({ AMOUNT: new JsonNumber('1234567890.1234567') })
  })

  it('names a 2xx body that is not JSON a response_format error, in the provider’s words and redacted', () => {
    const error = caughtDurumError(() =>
      parseProviderAnswerJson(answer(200, `<html>${secret} cut</html>`), { ...context, hint }),
    )
    expect(error.code).toBe('response_format')
    expect(error.status).toBe(200)
    expect(error.source).toBe('esnekpos.order')
    expect(error.message).toBe(
      `EsnekPOS's answer for order ORD-1 is not JSON: it may have been cut off or come from a proxy. ${hint}`,
    )
    expect(error.excerpt).toContain(REDACTED)
    expect(error.excerpt).not.toContain(secret)
  })

  it('gives its reason, and reads in Turkish with a hint written in both languages', () => {
    const error = caughtDurumError(() =>
      parseProviderAnswerJson(answer(200, ''), {
        ...context,
        hint: { en: 'Retry.', tr: 'Yeniden deneyin.' },
      }),
    )
    expect(error.reason).toBe('core.answer_not_json')
    expect(error.inLocale('tr').message).toBe(
      "EsnekPOS yanıtı (ORD-1 numaralı sipariş) JSON değil (gövde boş): yarıda kesilmiş ya da bir proxy'den gelmiş olabilir. Yeniden deneyin.",
    )
  })

  it('says when the body is empty', () => {
    const error = caughtDurumError(() => parseProviderAnswerJson(answer(204, '  '), { ...context, hint }))
    expect(error.message).toContain('is not JSON (the body is empty): ')
  })

  it('leaves a non-2xx body that is not JSON to the HTTP status', () => {
    expect(
      caughtDurumError(() => parseProviderAnswerJson(answer(503, 'Bad Gateway'), { ...context, hint })).code,
    ).toBe('provider')
    expect(caughtDurumError(() => parseProviderAnswerJson(answer(401, ''), { ...context, hint })).code).toBe(
      'authentication',
    )
  })
})

describe('readProviderAnswer', () => {
  const schema = v.object({ RETURN_CODE: v.literal('0'), ORDER: v.string() })

  it('returns the typed body', () => {
    expect(readProviderAnswer(schema, { RETURN_CODE: '0', ORDER: 'x' }, answer(200, ''), context)).toEqual({
      RETURN_CODE: '0',
      ORDER: 'x',
    })
  })

  it('names the path of the first issue and keeps a redacted excerpt', () => {
    const text = `{"RETURN_CODE":"0","KEY":"${secret}"}`
    const error = caughtDurumError(() =>
      readProviderAnswer(schema, JSON.parse(text), answer(200, text), context),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toMatch(
      /^EsnekPOS's answer for order ORD-1 does not have the documented shape \(at ORDER: .+\), so it was not used\. EsnekPOS may have changed its API; retry, and report it if it persists\.$/,
    )
    expect(error.excerpt).not.toContain(secret)
  })
})

describe('no provider text carries a secret out', () => {
  const encodedSecret = encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())

  it('redacts the value the validator quotes in its message', () => {
    const schema = v.object({ RETURN_CODE: v.literal('0') })
    const text = `{"RETURN_CODE":"${secret}"}`
    const error = caughtDurumError(() =>
      readProviderAnswer(schema, JSON.parse(text), answer(200, text), context),
    )
    expect(error.message).toBe(
      `EsnekPOS's answer for order ORD-1 does not have the documented shape (at RETURN_CODE: Invalid type: Expected "0" but received "${REDACTED}"), so it was not used. EsnekPOS may have changed its API; retry, and report it if it persists.`,
    )
  })

  it('redacts a key used as a property name on the path of the issue', () => {
    const schema = v.record(v.string(), v.literal('0'))
    const text = `{"${encodedSecret}":"1"}`
    const error = caughtDurumError(() =>
      readProviderAnswer(schema, JSON.parse(text), answer(200, text), context),
    )
    expect(error.message).toContain(`(at ${REDACTED}: `)
    expect(error.message).not.toContain(encodedSecret)
  })

  it('keeps the first characters of a body that is not JSON out of the cause chain', () => {
    // JSON.parse quotes the first characters of the body in its SyntaxError: a key's prefix, not
    // the whole key, so no redactor could recognise it there.
    const error = caughtDurumError(() =>
      parseProviderAnswerJson(answer(200, `<p>${secret} is not JSON`), { ...context, hint }),
    )
    expect(error.code).toBe('response_format')
    const everything = `${inspect(error, { depth: 10 })} ${JSON.stringify(error)} ${String(error.cause)}`
    expect(everything).not.toContain(secret.slice(0, 6))
    expect(error.excerpt).toBe(`<p>${REDACTED} is not JSON`)
  })

  // A message may quote a short value whole, where the redactor finds a key; a cut-off quote of a
  // long one would hold a key's first characters, which it cannot recognise.
  const longKey = 'sandbox-afXhZPW0MQlE4dCUUlHcEopnMBgXnAZI'
  const longKeyRedactor = createRedactor({ secrets: () => [longKey] })
  it.each([
    ['decimalSchema', decimalSchema, `xxxxxx${longKey}`],
    ['turkishDecimalSchema', turkishDecimalSchema, `xxxxxx${longKey}`],
    ['integerSchema', integerSchema, `xxxxxx${longKey}`],
    ['istanbulDateTimeSchema', istanbulDateTimeSchema, `xxxxxx${longKey}`],
    ['idSchema', idSchema, new JsonNumber(`1${'0'.repeat(43)}.5`)],
    ['epochMillisSchema', epochMillisSchema, new JsonNumber(`1${'0'.repeat(43)}.5`)],
  ] as const)('quotes no part of a long value a %s refuses', (_name, schema, value) => {
    const json = { AMOUNT: value }
    const error = caughtDurumError(() =>
      readProviderAnswer(v.object({ AMOUNT: schema }), json, answer(200, '{}'), {
        ...context,
        redactor: longKeyRedactor,
      }),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('(at AMOUNT: a text of 46 characters is not ')
    expect(error.message).not.toContain(longKey.slice(0, 8))
  })
})
