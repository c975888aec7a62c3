import { readFileSync } from 'node:fs'
import { createRedactor, nowIso, parseJson } from '@durum/core'
import { EsnekposOrderBodySchema, EsnekposPaymentRequestBodySchema } from '@durum/esnekpos'
import { normalizeEsnekposOrder, normalizeEsnekposPaymentRequest } from '@durum/esnekpos/internal'
import { IyzicoCheckoutFormResultSchema, IyzicoPaymentDetailSchema } from '@durum/iyzico'
import { normalizeIyzicoPayment } from '@durum/iyzico/internal'

const fixtures = (provider) => new URL(`../../../packages/${provider}/src/__fixtures__/`, import.meta.url)
const read = (provider, name) => readFileSync(new URL(name, fixtures(provider)), 'utf8')

/** valibot schemas speak Standard Schema: validated without importing valibot here. */
function validate(schema, value) {
  const result = schema['~standard'].validate(value)
  if (result.issues)
    throw new Error(`fixture does not validate: ${JSON.stringify(result.issues[0]?.message)}`)
  return result.value
}

// The same redaction the clients apply to `raw` (iyzico also hides stored-card tokens).
const iyzicoRedactor = createRedactor({
  keys: ['cardToken', 'cardUserKey'],
  secrets: () => ['bench-secret-key'],
})
const esnekposRedactor = createRedactor({ secrets: () => ['4oK26hK8MOXrIV1bzTRVPA=='] })

function iyzico(schema, source) {
  return (text) => {
    const json = parseJson(text)
    const body = validate(schema, json)
    const raw = iyzicoRedactor.json(text, json)
    return normalizeIyzicoPayment({
      body,
      source,
      raw,
      refunds: { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } },
    })
  }
}

function esnekpos(schema, normalize) {
  return (text) => {
    const json = parseJson(text)
    const body = validate(schema, json)
    const raw = esnekposRedactor.json(text, json)
    return normalize(body, { raw, checkedAt: nowIso() })
  }
}

/**
 * The same body without the whitespace outside its strings, every token as written (`0E-8` stays
 * `0E-8`): how provider APIs send JSON on the wire, where the fixtures keep their sources' indentation.
 */
function compact(text) {
  return text.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_match, string) => string ?? '')
}

/**
 * What a client does with a status answer once its bytes are in: lossless parse, schema
 * validation, `raw` (plain JSON, redacted) and the mapping to the normalized model.
 */
const asStored = [
  {
    name: 'iyzico payment-detail (docs 2023)',
    text: read('iyzico', 'payment-detail.success.fraud-1.docs-2023.json'),
    normalize: iyzico(IyzicoPaymentDetailSchema, 'iyzico.payment-detail'),
  },
  {
    name: 'iyzico payment-detail (sandbox, signed)',
    text: read('iyzico', 'payment-detail.success.fraud-1.signature.sandbox.json'),
    normalize: iyzico(IyzicoPaymentDetailSchema, 'iyzico.payment-detail'),
  },
  {
    name: 'iyzico checkout-form (marketplace)',
    text: read('iyzico', 'checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json'),
    normalize: iyzico(IyzicoCheckoutFormResultSchema, 'iyzico.checkout-form'),
  },
  {
    name: 'esnekpos payment-request (docs)',
    text: read('esnekpos', 'send-payment-request-query.success-after-failure.docs.json'),
    normalize: esnekpos(EsnekposPaymentRequestBodySchema, normalizeEsnekposPaymentRequest),
  },
  {
    name: 'esnekpos process-query (omnipay)',
    text: read('esnekpos', 'process-query.success.status-id-3.guess-omnipay-mock.json'),
    normalize: esnekpos(EsnekposOrderBodySchema, normalizeEsnekposOrder),
  },
]

/** Each fixture as stored, and compact as on the wire. */
export const normalizationFixtures = asStored.flatMap((fixture) => [
  fixture,
  { ...fixture, name: `${fixture.name}, compact`, text: compact(fixture.text) },
])
