import { parseJson, toPlainJson } from '@durum/core'
import { NormalizedPaymentSchema, PAYMENT_STATUSES } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  EsnekposEnvelopeSchema,
  EsnekposOrderBodySchema,
  EsnekposPaymentRequestBodySchema,
} from '../esnekpos-schemas'
import { mapEsnekposError } from '../map-esnekpos-error'
import { normalizeEsnekposOrder, normalizeEsnekposPaymentRequest } from '../normalize-esnekpos-payment'
import { esnekposErrorScenarios, esnekposScenarios } from './esnekpos-scenarios'

const context = { raw: null, checkedAt: '2026-11-23T15:00:00+03:00' }

describe('esnekposScenarios', () => {
  it.each(esnekposScenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s normalizes to its expected status',
    (_, scenario) => {
      const parsed = parseJson(JSON.stringify(scenario.body))
      const result =
        'sendPaymentRequestId' in scenario.query
          ? normalizeEsnekposPaymentRequest(v.parse(EsnekposPaymentRequestBodySchema, parsed), context)
          : normalizeEsnekposOrder(v.parse(EsnekposOrderBodySchema, parsed), context)
      expect(result.status).toBe(scenario.expect.status)
      expect(v.safeParse(NormalizedPaymentSchema, { ...result, raw: toPlainJson(parsed) }).success).toBe(true)
    },
  )

  it('has unique ids per query', () => {
    const keys = [...esnekposScenarios, ...esnekposErrorScenarios].map((scenario) =>
      JSON.stringify(scenario.query),
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('reaches every status EsnekPOS can express (not UNDER_REVIEW or AUTHORIZED: it has no such state)', () => {
    const reached = new Set(esnekposScenarios.map((scenario) => scenario.expect.status))
    expect(PAYMENT_STATUSES.filter((status) => !reached.has(status))).toEqual(['UNDER_REVIEW', 'AUTHORIZED'])
  })

  it('seeded error bodies map to their expected error', () => {
    for (const scenario of esnekposErrorScenarios) {
      if (scenario.body === undefined) continue
      const envelope = v.parse(EsnekposEnvelopeSchema, parseJson(JSON.stringify(scenario.body)))
      const error = mapEsnekposError(
        { returnCode: envelope.RETURN_CODE, returnMessage: envelope.RETURN_MESSAGE, status: envelope.STATUS },
        { source: 'esnekpos.test', subject: { en: 'the scenario', tr: 'senaryo' }, field: 'query' },
      )
      expect(error.code, scenario.name).toBe(scenario.expect.error)
    }
  })
})
