import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { caughtDurumError } from './__test__/caught-durum-error'
import { listenOnLoopback } from './__test__/listen-on-loopback'
import { orderAnswerContext, orderHint } from './__test__/order-answer-context'
import { DurumError } from './durum-error'
import { JsonNumber, parseJson, toPlainJson } from './parse-json'
import { parseProviderAnswerJson, readProviderAnswer } from './provider-answer'
import { createRedactor } from './redact'
import { createTransport } from './transport'
import { createTransport as createNodeTransport } from './transport-node'

/*
 * A hostile (or broken) provider nests its answer thousands deep. Every recursive walk — a reviver,
 * a copy, a redaction, `JSON.stringify` of `raw` later — would die on it with a raw RangeError, so
 * durum refuses such a body as `response_format` before any walk sees it.
 */

const redactor = createRedactor({ secrets: () => ['sandbox-secret-key-0123456789'] })
const context = orderAnswerContext(redactor)
const hint = orderHint
const Answer = v.looseObject({ RETURN_CODE: v.string() })

function nested(kind: 'array' | 'object', depth: number): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

const bodies = [5_000, 100_000].flatMap((depth) =>
  (['array', 'object'] as const).flatMap((kind) => [
    { name: `${kind}s ${depth} deep`, text: `{"RETURN_CODE":"0","deep":${nested(kind, depth)}}` },
    // An inexact number takes parseJson's reviver path, a walk of its own.
    {
      name: `${kind}s ${depth} deep, beside a 20-digit id`,
      text: `{"RETURN_CODE":"0","ID":12345678901234567890,"deep":${nested(kind, depth)}}`,
    },
    // An escape makes the redactor copy the whole body.
    {
      name: `${kind}s ${depth} deep, beside an escape`,
      text: `{"RETURN_CODE":"\\u0030","deep":${nested(kind, depth)}}`,
    },
  ]),
)

describe.each([
  ['ky over fetch', createTransport],
  ['node:http', createNodeTransport],
])('a body nested past the bound, through transport, parse and read (%s)', (_path, create) => {
  it.each(bodies)('$name → response_format, never a RangeError', async ({ text }) => {
    const server = await listenOnLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(text)
    })
    const transport = create({ provider: 'esnekpos', baseUrl: server.origin, redactor, retry: false })
    let outcome: unknown
    try {
      const response = await transport.request({
        method: 'POST',
        path: '/order',
        body: '{}',
        source: 'esnekpos.order',
      })
      const json = parseProviderAnswerJson(response, { ...context, hint })
      const body = readProviderAnswer(Answer, json, response, context)
      outcome = { body, raw: redactor.json(response.text, json) }
    } catch (error) {
      outcome = error
    }
    expect(DurumError.isInstance(outcome)).toBe(true)
    const error = outcome as DurumError
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      `EsnekPOS's answer for order ORD-1 is nested more than 256 levels deep, which no payment answer is, so it was not read. ${hint}`,
    )
  })
})

describe('every walk refuses a value nested past the bound', () => {
  function deepValue(kind: 'array' | 'object', depth: number): unknown {
    let value: unknown = new JsonNumber('12345678901234567890')
    for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value }
    return value
  }

  it.each([
    ['array', 5_000],
    ['object', 5_000],
    ['array', 100_000],
    ['object', 100_000],
  ] as const)('%s nested %d deep', (kind, depth) => {
    const deep = deepValue(kind, depth)
    const message = 'The value is nested more than 256 levels deep, too deep to copy.'
    expect(caughtDurumError(() => toPlainJson(deep))).toMatchObject({ code: 'response_format', message })
    expect(caughtDurumError(() => redactor.value(deep))).toMatchObject({ code: 'response_format', message })
    expect(caughtDurumError(() => redactor.json('{}', deep))).toMatchObject({
      code: 'response_format',
      message,
    })
    expect(caughtDurumError(() => parseJson(nested(kind, depth)))).toMatchObject({
      code: 'response_format',
      message: 'The response is nested more than 256 levels deep.',
    })
  })

  it('reads a body exactly 256 levels deep', () => {
    const text = nested('array', 256)
    expect(toPlainJson(parseJson(text))).toEqual(JSON.parse(text))
    expect(redactor.value(parseJson(text))).toEqual(JSON.parse(text))
    expect(() => parseJson(nested('object', 257))).toThrow(DurumError)
  })
})
