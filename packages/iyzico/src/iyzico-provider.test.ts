import { DurumError } from '@durum/core'
import {
  createStatusNormalizer,
  type NormalizedResult,
  NormalizedResultSchema,
} from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { iyzico } from './iyzico-provider'
import { createIyzicoSimulator, iyzicoErrorScenarios, iyzicoScenarios } from './testing'

const apiKey = 'sandbox-provider-test-api-key-4e1f'
const secretKey = 'sandbox-provider-test-secret-key-8a0c'
const baseUrl = 'https://iyzico.simulator.test'

function setup(options: Parameters<typeof iyzico>[0] = {}) {
  const simulator = createIyzicoSimulator({ apiKey, secretKey })
  const paths: string[] = []
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init)
    paths.push(new URL(request.url).pathname)
    return simulator.handle(request)
  }
  const provider = iyzico({ apiKey, secretKey, baseUrl, fetch, retry: false, ...options })
  const durum = createStatusNormalizer({ providers: [provider] })
  return { simulator, provider, durum, paths }
}

describe('iyzico provider', () => {
  it.each(iyzicoScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'scenario %s → its expected status, fitting the model',
    async (_, scenario) => {
      const result: NormalizedResult = await setup().provider.getStatus(scenario.query)
      expect(result.status).toBe(scenario.expect.status)
      expect(result.kind).toBe(scenario.expect.kind)
      expect(v.safeParse(NormalizedResultSchema, result).issues).toBeUndefined()
    },
  )

  it.each(iyzicoErrorScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'error scenario %s → its error code',
    async (_, scenario) => {
      const error = await setup()
        .durum.getStatus({ provider: 'iyzico', ...scenario.query } as never)
        .catch((caught: unknown) => caught)
      expect(DurumError.isInstance(error) && error.code).toBe(scenario.code)
    },
  )

  it('reads a cancel from reporting when queried by paymentConversationId', async () => {
    const { durum, paths } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentConversationId: '20260611C995' })
    expect(paths).toEqual(['/payment/detail', '/v2/reporting/payment/details'])
    expect(result).toMatchObject({
      status: 'CANCELLED',
      refundsChecked: true,
      refundedAmount: { amount: '10.01', currency: 'TRY' },
      ids: { paymentId: '35790626', merchantReference: '20260611C995' },
    })
  })

  it('says refunds were not checked when queried by paymentId, and how to include them', async () => {
    const { durum, paths } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '35790626' })
    expect(paths).toEqual(['/payment/detail'])
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.kind === 'payment' && result.explanation).toMatch(/query by paymentConversationId/)
  })

  it("does not ask reporting with refunds: 'skip'", async () => {
    const { durum, paths } = setup({ refunds: 'skip' })
    const result = await durum.getStatus({ provider: 'iyzico', paymentConversationId: '20260611C995' })
    expect(paths).toEqual(['/payment/detail'])
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.kind === 'payment' && result.explanation).toMatch(/refunds: 'skip'/)
  })

  it('does not ask reporting about a payment that was not taken', async () => {
    const { durum, paths } = setup()
    await durum.getStatus({ provider: 'iyzico', paymentId: '20885697' })
    expect(paths).toEqual(['/payment/detail'])
  })

  it('a failing reporting endpoint leaves refunds unchecked instead of failing the query', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({ type: 'status', status: 503, match: (request) => request.method === 'GET' })
    const result = await durum.getStatus({ provider: 'iyzico', paymentConversationId: '20260611C995' })
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.kind === 'payment' && result.explanation).toMatch(/reporting endpoint could not be read/)
  })

  it('an abort while reporting is asked ends the query', async () => {
    const { simulator, provider } = setup()
    simulator.faults.add({ type: 'hang', match: (request) => request.method === 'GET' })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const error = await provider
      .getStatus({ paymentConversationId: '20260611C995' }, { signal: controller.signal })
      .catch((caught: unknown) => caught)
    expect(DurumError.isInstance(error) && error.code).toBe('transport')
  })

  it('keeps stored-card tokens out of raw', async () => {
    const result = await setup().durum.getStatus({
      provider: 'iyzico',
      checkoutFormToken: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
    })
    expect(result.raw).toMatchObject({ cardToken: '[REDACTED]', cardUserKey: '[REDACTED]', price: 0.3 })
    expect(result).toMatchObject({
      refundsChecked: false,
      ids: { token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e' },
    })
  })

  it('keeps the keys out of raw even when iyzico echoes them back', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({
      type: 'drift',
      transform: (body) => ({ ...body, echo: `${apiKey} ${secretKey}` }),
    })
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '20885695' })
    expect(result.status).toBe('SUCCEEDED')
    expect(JSON.stringify(result)).not.toContain(apiKey)
    expect(JSON.stringify(result)).not.toContain(secretKey)
    expect(result.raw).toMatchObject({ echo: expect.stringContaining('[REDACTED]') })
  })

  it('validates the query itself when called directly, before any request', async () => {
    const { provider, paths } = setup()
    const error = await provider.getStatus({ paymentId: '' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'validation', field: 'paymentId' })
    expect(paths).toEqual([])
  })

  it('wrong credentials → authentication (the simulator answers 1000)', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const provider = iyzico({
      apiKey,
      secretKey: 'sandbox-wrong',
      baseUrl,
      fetch: simulator.fetch,
      retry: false,
    })
    const error = await provider.getStatus({ paymentId: '20885695' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'authentication', providerCode: '1000' })
  })
})
