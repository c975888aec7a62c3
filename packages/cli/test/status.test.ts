import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { libraryAnswer, libraryError } from './in-process'
import { blockValue, runDurum } from './run-durum'
import { type ServedSimulator, serveIyzico } from './served-simulators'

describe('durum status against the in-process simulator (--simulator)', () => {
  it('prints one payment as a block: the verdict, the explanation and reason, amounts and ids', async () => {
    const { code, stdout, stderr } = await runDurum([
      'status',
      'iyzico',
      '--payment-conversation-id',
      '20260611N100',
      '--simulator',
    ])
    const expected = await libraryAnswer({ provider: 'iyzico', paymentConversationId: '20260611N100' })
    if (expected.kind !== 'payment') throw new Error('expected a payment')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('SUCCEEDED')
    expect(blockValue(stdout, 'Paid')).toBe('yes, the answer proves it: safe to ship')
    expect(blockValue(stdout, 'Explanation')).toBe(expected.explanation)
    expect(blockValue(stdout, 'Reason')).toBe(expected.reason)
    expect(blockValue(stdout, 'Provider said')).toBe(expected.rawStatus)
    expect(blockValue(stdout, 'Amount')).toBe(`${expected.amount!.amount} ${expected.amount!.currency}`)
    expect(blockValue(stdout, 'paymentId')).toBe('35790702')
    expect(blockValue(stdout, 'Answered by')).toBe('iyzico.payment-detail')
  })

  it('says a payment whose refunds could not be checked is not safe to ship', async () => {
    const { code, stdout } = await runDurum(['status', 'iyzico', '--payment-id', '20885695', '--simulator'])
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('SUCCEEDED')
    expect(blockValue(stdout, 'Paid')).toBe('no, do not ship on this answer')
    expect(blockValue(stdout, 'Refunds')).toBe('not checked: a refund or cancel may not show')
  })

  it('answers EsnekPOS by payment request, with every attempt', async () => {
    const { code, stdout } = await runDurum([
      'status',
      'esnekpos',
      '--send-payment-request-id',
      '2482',
      '--simulator',
    ])
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('SUCCEEDED')
    expect(blockValue(stdout, 'Attempt 1')).toBe(
      '203761 · FAILED · Ödeme - Başarısız · 10.56 TRY · 2024-10-17T16:18:11+03:00',
    )
    expect(blockValue(stdout, 'Attempt 2')).toBe(
      '203762 · SUCCEEDED · Ödeme - Başarılı · 10.56 TRY · 2024-10-17T16:20:06+03:00',
    )
  })

  it('asks for the tokenization session when given a checkout-form token and a payment id', async () => {
    const { code, stdout } = await runDurum([
      'status',
      'iyzico',
      '--checkout-form-token',
      'c4d1e7a0-3b52-4d8e-9f61-2a7b5c8d9e10',
      '--payment-id',
      '29414276',
      '--simulator',
    ])
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('ACTIVE')
    expect(blockValue(stdout, 'Payment method')).toBe('wallet_balance')
    expect(blockValue(stdout, 'Answered by')).toBe('iyzico.tokenization-session')
  })

  it('answers PayTR by merchant order id, refunds and all', async () => {
    const { code, stdout } = await runDurum([
      'status',
      'paytr',
      '--merchant-oid',
      'PAYTR0004PARTIAL',
      '--simulator',
    ])
    const expected = await libraryAnswer({ provider: 'paytr', merchantOid: 'PAYTR0004PARTIAL' })
    if (expected.kind !== 'payment') throw new Error('expected a payment')
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('PARTIALLY_REFUNDED')
    expect(blockValue(stdout, 'Explanation')).toBe(expected.explanation)
    expect(blockValue(stdout, 'Refunded amount')).toBe('1.00 TRY')
  })

  it('prints the normalized result as JSON with --json', async () => {
    const { code, stdout } = await runDurum([
      'status',
      'esnekpos',
      '--order-reference',
      'PRB6AB115E04889',
      '--simulator',
      '--json',
    ])
    const expected = await libraryAnswer({ provider: 'esnekpos', orderReference: 'PRB6AB115E04889' })
    expect(code).toBe(0)
    const printed = JSON.parse(stdout)
    expect({ ...printed, checkedAt: undefined }).toEqual({
      ...JSON.parse(JSON.stringify(expected)),
      checkedAt: undefined,
    })
  })

  it('exits 2 with the error code, reason and the library message when the query fails', async () => {
    const { code, stdout, stderr } = await runDurum([
      'status',
      'iyzico',
      '--payment-id',
      'nonexistent-order-99999',
      '--simulator',
    ])
    const expected = await libraryError({ provider: 'iyzico', paymentId: 'nonexistent-order-99999' })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`The query failed: not_found (iyzico.not_found)\n${expected.message}\n`)
  })

  it('prints the failed query as JSON on stdout with --json, still exiting 2', async () => {
    const { code, stdout } = await runDurum([
      'status',
      'iyzico',
      '--payment-id',
      'nonexistent-order-99999',
      '--simulator',
      '--json',
    ])
    expect(code).toBe(2)
    expect(JSON.parse(stdout).error).toMatchObject({
      code: 'not_found',
      reason: 'iyzico.not_found',
      provider: 'iyzico',
    })
  })

  it('speaks Turkish with --locale tr: its own labels and the engine explanation', async () => {
    const { code, stdout } = await runDurum([
      '--locale',
      'tr',
      'status',
      'iyzico',
      '--payment-id',
      '35790626',
      '--simulator',
    ])
    const expected = await libraryAnswer({ provider: 'iyzico', paymentId: '35790626' }, 'tr')
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Durum')).toBe('CANCELLED')
    expect(blockValue(stdout, 'Ödendi mi')).toBe('hayır, bu yanıta dayanarak ürünü göndermeyin')
    expect(blockValue(stdout, 'Açıklama')).toBe(expected.explanation)
  })
})

describe('durum help', () => {
  it("is written in Turkish with --locale tr, commander's own words included", async () => {
    const { code, stdout } = await runDurum(['--locale', 'tr', '--help'])
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('Kullanım: durum [seçenekler] [komut]')
    expect(lines).toContain('Komutlar:')
    expect(lines).toContain('  -h, --help              komutun yardımını göster')
  })
})

describe('durum status usage errors', () => {
  it('exits 64 naming the flags when no query flag is given', async () => {
    const { code, stderr } = await runDurum(['status', 'esnekpos', '--simulator'])
    expect(code).toBe(64)
    expect(stderr).toBe('Which esnekpos payment? Give one of --send-payment-request-id, --order-reference.\n')
  })

  it('exits 64 when two query flags make no query together', async () => {
    const { code, stderr } = await runDurum([
      'status',
      'iyzico',
      '--payment-id',
      '1',
      '--payment-conversation-id',
      'order-1',
      '--simulator',
    ])
    expect(code).toBe(64)
    expect(stderr).toBe(
      'One iyzico query at a time: give only one of --payment-id, --payment-conversation-id, --checkout-form-token (got --payment-id, --payment-conversation-id).\n',
    )
  })

  it('exits 64 on an unknown option, in Turkish with --locale tr', async () => {
    const { code, stderr } = await runDurum(['status', 'iyzico', '--paymentid', '1', '--locale=tr'])
    expect(code).toBe(64)
    expect(stderr).toBe(
      'Bilinmeyen seçenek: --paymentid.\nYardım için: durum --help ya da durum <komut> --help.\n',
    )
  })

  it('exits 64 on an unknown locale, saying so in both languages', async () => {
    const { code, stderr } = await runDurum(['--locale', 'de', 'status', 'iyzico', '--payment-id', '1'])
    expect(code).toBe(64)
    expect(stderr).toBe(
      'Unknown locale "de": use one of en, tr.\nBilinmeyen dil "de": şunlardan birini kullanın: en, tr.\n',
    )
  })

  it('exits 64 on an unknown environment', async () => {
    const { code, stderr } = await runDurum([
      'status',
      'iyzico',
      '--payment-id',
      '1',
      '--environment',
      'live',
    ])
    expect(code).toBe(64)
    expect(stderr.split('\n')[0]).toBe(
      "Option '--environment <environment>' argument 'live' is invalid. Use one of: sandbox, production.",
    )
  })
})

describe('durum status with credentials from the environment', () => {
  const keys = { apiKey: 'env-api-key-7f3a9c', secretKey: 'env-secret-key-41d2e8' }
  let served: ServedSimulator
  beforeAll(async () => {
    served = await serveIyzico(keys)
  })
  afterAll(() => served.close())
  const env = () => served.env

  it('signs with IYZICO_API_KEY and IYZICO_SECRET_KEY and queries IYZICO_BASE_URL', async () => {
    const { code, stdout } = await runDurum(['status', 'iyzico', '--payment-id', '35790700'], { env: env() })
    expect(code).toBe(0)
    expect(blockValue(stdout, 'Status')).toBe('REFUNDED')
  })

  it('exits 2 on a wrong secret key without printing either key', async () => {
    const wrong = 'wrong-secret-key-93be07'
    const run = await runDurum(['status', 'iyzico', '--payment-id', '35790700', '--json'], {
      env: { ...env(), IYZICO_SECRET_KEY: wrong },
    })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).error.code).toBe('authentication')
    for (const secret of [keys.apiKey, wrong]) expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('exits 78 naming the missing variables, never printing the one that is set', async () => {
    const { code, stdout, stderr } = await runDurum(['status', 'iyzico', '--payment-id', '1'], {
      env: { IYZICO_API_KEY: keys.apiKey },
    })
    expect(code).toBe(78)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'No credentials for iyzico: set IYZICO_SECRET_KEY in the environment, or add --simulator to query the built-in simulator.\n',
    )
  })

  it('names every missing variable in Turkish', async () => {
    const { code, stderr } = await runDurum([
      'status',
      'esnekpos',
      '--order-reference',
      'x',
      '--locale',
      'tr',
    ])
    expect(code).toBe(78)
    expect(stderr).toBe(
      'esnekpos için kimlik bilgisi yok: ortamda ESNEKPOS_MERCHANT ve ESNEKPOS_MERCHANT_KEY değişkenlerini tanımlayın ya da yerleşik simülatörü sorgulamak için --simulator ekleyin.\n',
    )
  })
})
