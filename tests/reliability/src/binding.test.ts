import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator, type EsnekposScenario } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator, type IyzicoCannedAnswer } from '@durum/iyzico/testing'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { SECRETS } from './support/provider-harness'
import { iyzicoScenarioBody, paidEsnekposScenario } from './support/seeded-answers'
import { type Outcome, settle } from './support/settle'

/**
 * An answer about another payment, or an old answer replayed, must never be read as the answer to
 * the query: a replaying proxy, a provider bug or a cache keyed wrong would otherwise turn someone
 * else's SUCCESS into ours. Each simulator here is seeded to serve a paid answer about one id to a
 * query for another; the same answer under its own id is the control (SUCCEEDED), so only the
 * mismatch can explain a refusal.
 */

interface IyzicoProbe {
  /** Replays the first payment-detail answer, bytes unchanged, to every later payment-detail query. */
  replay?: boolean
  requireSignature?: boolean
}

function iyzicoNormalizer(answers: IyzicoCannedAnswer[], probe: IyzicoProbe = {}) {
  const simulator = createIyzicoSimulator({
    apiKey: SECRETS.iyzicoApiKey,
    secretKey: SECRETS.iyzicoSecretKey,
    scenarios: [{ answers }],
  })
  let captured: Response | undefined
  const replaying: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const detail = new URL(request.url).pathname === '/payment/detail'
    if (detail && captured !== undefined) return captured.clone()
    const response = await simulator.handle(request)
    if (detail) captured = response.clone()
    return response
  }
  return createStatusNormalizer({
    providers: [
      iyzico({
        apiKey: SECRETS.iyzicoApiKey,
        secretKey: SECRETS.iyzicoSecretKey,
        baseUrl: 'http://127.0.0.1:9',
        fetch: probe.replay ? replaying : simulator.fetch,
        refunds: 'skip',
        retry: false,
        ...(probe.requireSignature ? { requireSignature: true } : {}),
      }),
    ],
  })
}

async function askIyzico(
  answers: IyzicoCannedAnswer[],
  query: Record<string, unknown>,
  probe: IyzicoProbe = {},
): Promise<Outcome> {
  const normalizer = iyzicoNormalizer(answers, probe)
  return settle(() => normalizer.getStatus({ provider: 'iyzico', ...query } as never))
}

async function askEsnekpos(scenarios: EsnekposScenario[], query: Record<string, unknown>): Promise<Outcome> {
  const simulator = createEsnekposSimulator({
    merchant: SECRETS.esnekposMerchant,
    merchantKey: SECRETS.esnekposMerchantKey,
    scenarios,
  })
  const normalizer = createStatusNormalizer({
    providers: [
      esnekpos({
        merchant: SECRETS.esnekposMerchant,
        merchantKey: SECRETS.esnekposMerchantKey,
        baseUrl: 'http://127.0.0.1:9',
        fetch: simulator.fetch,
        retry: false,
      }),
    ],
  })
  return settle(() => normalizer.getStatus({ provider: 'esnekpos', ...query } as never))
}

/** `SUCCEEDED` for the control, and for the mismatch a `response_format` error naming both ids. */
function expectBound(control: Outcome, mismatch: Outcome, answered: string, asked: string): void {
  expect(control.kind === 'result' ? control.result.status : control.error.code).toBe('SUCCEEDED')
  expect(mismatch.kind === 'result' ? `read as ${mismatch.result.status}` : mismatch.error.code).toBe(
    'response_format',
  )
  if (mismatch.kind === 'error') {
    expect(mismatch.error.message).toContain(answered)
    expect(mismatch.error.message).toContain(asked)
  }
}

describe('an answer about another payment is refused', () => {
  it('iyzico: a signed SUCCESS for payment 1001 served to a query for 2002', async () => {
    const paid1001 = iyzicoScenarioBody('succeeded-signed').replaceAll('35790703', '1001')
    expect(paid1001).toMatch(/"signature"/)
    const detail = (paymentId: string): IyzicoCannedAnswer => ({
      endpoint: 'payment-detail',
      key: `paymentId:${paymentId}`,
      body: paid1001,
    })
    const control = await askIyzico([detail('1001')], { paymentId: '1001' })
    expectBound(control, await askIyzico([detail('2002')], { paymentId: '2002' }), '1001', '2002')
    // The replayed answer carried a signature durum verified: a valid signature does not bind it.
    expect(control.kind === 'result' && control.result.kind === 'payment' && control.result.signed).toBe(true)
  })

  it('iyzico: a signed SUCCESS replayed, bytes unchanged, to a later query for the same payment', async () => {
    const detail: IyzicoCannedAnswer = {
      endpoint: 'payment-detail',
      key: 'paymentId:35790703',
      body: iyzicoScenarioBody('succeeded-signed'),
    }
    const normalizer = iyzicoNormalizer([detail], { replay: true })
    const ask = () => settle(() => normalizer.getStatus({ provider: 'iyzico', paymentId: '35790703' }))
    const first = await ask()
    expect(first.kind === 'result' ? first.result.status : first.error.code).toBe('SUCCEEDED')
    // The replay carries the first request's conversationId, not the fresh one sent this time.
    const replayed = await ask()
    expect(replayed.kind === 'result' ? `read as ${replayed.result.status}` : replayed.error.code).toBe(
      'response_format',
    )
  })

  it('iyzico: an unsigned answer reads signed: false, and requireSignature refuses it', async () => {
    const detail: IyzicoCannedAnswer = {
      endpoint: 'payment-detail',
      key: 'paymentId:20885695',
      body: iyzicoScenarioBody('succeeded'),
    }
    const accepted = await askIyzico([detail], { paymentId: '20885695' })
    expect(accepted.kind === 'result' && accepted.result.kind === 'payment' && accepted.result.signed).toBe(
      false,
    )
    const required = await askIyzico([detail], { paymentId: '20885695' }, { requireSignature: true })
    expect(required.kind === 'result' ? `read as ${required.result.status}` : required.error.code).toBe(
      'response_format',
    )
  })

  it('iyzico: an unsigned SUCCESS for payment 1001 served to a query for 2002', async () => {
    const paid1001 = iyzicoScenarioBody('succeeded').replaceAll('20885695', '1001')
    const detail = (paymentId: string): IyzicoCannedAnswer => ({
      endpoint: 'payment-detail',
      key: `paymentId:${paymentId}`,
      body: paid1001,
    })
    expectBound(
      await askIyzico([detail('1001')], { paymentId: '1001' }),
      await askIyzico([detail('2002')], { paymentId: '2002' }),
      '1001',
      '2002',
    )
  })

  it('iyzico: the checkout form paid under one token served to a query for another token', async () => {
    const paidToken = 'f8aee98c-7dad-430e-a20f-70f327f8e64e'
    const otherToken = '2c9b7e4a-1f3d-4a6b-8e5c-9d0f1a2b3c4d'
    const form = (token: string): IyzicoCannedAnswer => ({
      endpoint: 'checkout-form',
      key: `token:${token}`,
      body: iyzicoScenarioBody('checkout-form-succeeded'),
    })
    expectBound(
      await askIyzico([form(paidToken)], { checkoutFormToken: paidToken }),
      await askIyzico([form(otherToken)], { checkoutFormToken: otherToken }),
      paidToken,
      otherToken,
    )
  })

  it('EsnekPOS: a paid order served to a query for another order reference', async () => {
    const paid = paidEsnekposScenario('orderReference')
    const paidReference = (paid.query as { orderReference: string }).orderReference
    const served = (orderReference: string): EsnekposScenario => ({ ...paid, query: { orderReference } })
    expectBound(
      await askEsnekpos([served(paidReference)], { orderReference: paidReference }),
      await askEsnekpos([served('ORDER-2002')], { orderReference: 'ORDER-2002' }),
      paidReference,
      'ORDER-2002',
    )
  })
})
