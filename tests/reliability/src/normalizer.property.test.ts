import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import {
  createStatusNormalizer,
  isPaid,
  type NormalizedPayment,
  type NormalizedResult,
} from '@durum/status-normalizer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { settle } from './support/settle'

const RUNS = 300

/** The engine's `getStatus`, over whichever provider, for queries built at run time. */
interface AnyNormalizer {
  getStatus(query: object): Promise<NormalizedResult>
}

/**
 * A provider whose every answer is `body`, through the real client, provider and engine. As iyzico
 * does, the answer echoes the `conversationId` the request sent (durum refuses one that does not).
 */
function answering(provider: 'iyzico' | 'esnekpos', body: () => string): AnyNormalizer {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const sent: unknown = JSON.parse((await new Request(input, init).text()) || '{}')
    const conversationId = (sent as { conversationId?: unknown }).conversationId
    const text =
      typeof conversationId === 'string'
        ? body().replace('"conversationId":"123456789"', `"conversationId":${JSON.stringify(conversationId)}`)
        : body()
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } })
  }
  const common = { baseUrl: 'https://provider.test', fetch, retry: false as const }
  const normalizer =
    provider === 'iyzico'
      ? createStatusNormalizer({
          providers: [iyzico({ apiKey: 'k', secretKey: 's', refunds: 'skip', ...common })],
        })
      : createStatusNormalizer({ providers: [esnekpos({ merchant: 'm', merchantKey: 'mk', ...common })] })
  return normalizer as unknown as AnyNormalizer
}

// ---------- an independent reference for canonical decimals (strings only, no number anywhere)

/** `[-]digits[.digits][e[±]digits]` → canonical: no exponent, ≥ 2 fraction digits, more only when non-zero. */
function canonical(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (match === null) throw new Error(`not a decimal: ${text}`)
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match
  let digits = whole + fraction
  let point = whole.length + Number(exponentText)
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  let decimals = digits.slice(point).replace(/0+$/, '')
  if (decimals.length < 2) decimals = decimals.padEnd(2, '0')
  const zero = /^0+$/.test(integer + decimals)
  return `${zero ? '' : sign}${integer}.${decimals}`
}

/**
 * `1.250.000,5` → `1250000.5` → canonical, unsigned: EsnekPOS's sign on a row (`-151,25` on a pending
 * or failed one, in its recorded answers) says nothing about the amount, so durum reads amounts absolute.
 */
const canonicalTurkish = (text: string) =>
  canonical(text.replaceAll('.', '').replace(',', '.')).replace(/^-/, '')

const digitString = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''))

/** A JSON number's text as iyzico writes money: `12345678.12345678`, `0E-8`, `1.00000000`, `5`. */
const jsonMoneyText = fc.oneof(
  fc
    .tuple(fc.nat({ max: 999_999_999_999 }), fc.option(digitString(1, 8), { nil: undefined }))
    .map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`)),
  fc.tuple(fc.nat({ max: 99_999 }), fc.integer({ min: -8, max: 3 })).map(([m, e]) => `${m}E${e}`),
  fc.constantFrom('0E-8', '1.00000000', '0.03150000', '12345678.12345678', '99999999999999999999.99999999'),
)

/** An EsnekPOS amount: `10,56`, `1.250,00`, `1.250.000,5`, `100`, `-151,25`. */
const turkishMoneyText = fc
  .tuple(
    fc.boolean(),
    fc.nat({ max: 999_999_999 }),
    fc.option(digitString(1, 4), { nil: undefined }),
    fc.boolean(),
  )
  .map(([negative, whole, fraction, grouped]) => {
    const integer = grouped ? whole.toLocaleString('de-DE') : String(whole)
    // `1.250` alone is ambiguous (1250 or 1.25): EsnekPOS writes grouped amounts with a comma part.
    const decimals = fraction ?? (integer.includes('.') ? '00' : undefined)
    return `${negative ? '-' : ''}${integer}${decimals === undefined ? '' : `,${decimals}`}`
  })

/** `1.250`, `1,2,3`, `1.25,00`, `12.5`: amounts that could be read two ways. */
const ambiguousMoneyText = fc.oneof(
  fc.integer({ min: 1, max: 999 }).chain((head) => digitString(3, 3).map((tail) => `${head}.${tail}`)),
  fc
    .tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 }), fc.nat({ max: 99 }))
    .map(([a, b, c]) => `${a},${b},${c}`),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), digitString(2, 2), digitString(1, 2))
    .map(([a, b, c]) => `${a}.${b},${c}`),
  fc.constantFrom('', ' ', '1,', ',5', '1.2.3', 'NaN', '1e5', '--1', '1 000,00'),
)

// ---------- iyzico /payment/detail bodies

const ABSENT = Symbol('absent')
type Field = string | typeof ABSENT

const iyzicoFields = {
  // Other envelope words ("Success", "FAILURE", "error") are the known bug tested on their own below.
  status: fc.constantFrom<Field>('"success"', '"failure"', 'null', ABSENT),
  paymentStatus: fc.oneof(
    fc.constantFrom<Field>(
      '"SUCCESS"',
      '"FAILURE"',
      '"INIT_THREEDS"',
      '"CALLBACK_THREEDS"',
      '"BKM_POS_SELECTED"',
      '"CALLBACK_PECCO"',
      '"INIT_APM"',
      '"success"',
      '" SUCCESS"',
      '"SUCCESS "',
      'null',
      '1',
      ABSENT,
    ),
    fc.string().map((text) => JSON.stringify(text)),
  ),
  fraudStatus: fc.constantFrom<Field>('1', '0', '-1', '2', '"1"', '1.0', '1E0', 'null', 'true', ABSENT),
  phase: fc.oneof(
    fc.constantFrom<Field>('"AUTH"', '"POST_AUTH"', '"PRE_AUTH"', '"auth"', '"AUTH "', 'null', ABSENT),
    fc.string().map((text) => JSON.stringify(text)),
  ),
  price: jsonMoneyText,
  paidPrice: jsonMoneyText,
  currency: fc.constantFrom('"TRY"', '"USD"', '"EUR"', '"GBP"'),
  extra: fc.option(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { maxKeys: 3 }), {
    nil: undefined,
  }),
}
type IyzicoFields = {
  [K in keyof typeof iyzicoFields]: (typeof iyzicoFields)[K] extends fc.Arbitrary<infer T> ? T : never
}

function iyzicoBody(fields: IyzicoFields): string {
  const members: [string, Field][] = [
    ['status', fields.status],
    ['locale', '"tr"'],
    ['systemTime', '1698048416625'],
    ['conversationId', '"123456789"'],
    ['price', fields.price],
    ['paidPrice', fields.paidPrice],
    ['installment', '1'],
    ['paymentId', '"20885695"'],
    ['fraudStatus', fields.fraudStatus],
    ['currency', fields.currency],
    ['basketId', '"B67832"'],
    [
      'itemTransactions',
      '[{"itemId":"BI101","paymentTransactionId":"22599895","transactionStatus":2,"price":1.00000000,"paidPrice":1.00000000}]',
    ],
    ['authCode', '"514687"'],
    ['phase', fields.phase],
    ['paymentStatus', fields.paymentStatus],
  ]
  const extra = Object.entries(fields.extra ?? {}).map(([key, value]): [string, Field] => [
    key,
    JSON.stringify(value),
  ])
  const present = [...members, ...extra].filter((member): member is [string, string] => member[1] !== ABSENT)
  return `{${present.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`
}

/** Rule zero, written independently of the package: paid only on iyzico's exact success shape. */
function iyzicoProvesPaid(fields: IyzicoFields): boolean {
  return (
    fields.status === '"success"' &&
    fields.paymentStatus === '"SUCCESS"' &&
    // The numeric string "1" is read as 1 by core's integerSchema (a documented tolerance).
    ['1', '1.0', '1E0', '"1"'].includes(fields.fraudStatus as string) &&
    (fields.phase === '"AUTH"' || fields.phase === '"POST_AUTH"')
  )
}

// ---------- EsnekPOS SendPaymentRequestQuery bodies

const esnekposAttempt = fc.record({
  status: fc.oneof(
    fc.constantFrom(
      'Ödeme - Başarılı',
      'Ödeme - Başarısız',
      'Ödeme - Bekliyor',
      'Ödeme - 3D Doğrulama Bekleniyor',
      'İptal - Başarılı',
      'İade - Başarılı',
      'İade - Başarısız',
      ' Ödeme  -  Başarılı ',
      'Ödeme - Başarılı'.normalize('NFD'),
      'Ödeme - Başarılı değil',
      'Odeme Basarili',
      'Ödeme Başarılı',
      'ÖDEME - BAŞARILI',
      'Ödeme-Başarılı',
    ),
    fc.string(),
  ),
  statusId: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  amount: turkishMoneyText,
})
type EsnekposAttempt = typeof esnekposAttempt extends fc.Arbitrary<infer T> ? T : never

const esnekposFields = fc.record({
  returnCode: fc.constantFrom('"0"', '0', '"00"', '"100"', '"400"', 'null', '""'),
  attempts: fc.array(esnekposAttempt, { maxLength: 4 }),
})

function esnekposBody(fields: { returnCode: string; attempts: EsnekposAttempt[] }): string {
  const payments = fields.attempts.map((attempt, index) =>
    JSON.stringify({
      REFNO: `${203761 + index}`,
      PAYMENT_STATUS: attempt.status,
      ...(attempt.statusId === undefined ? {} : { STATUS_ID: attempt.statusId }),
      DATE: '17.10.2024 16:20:27',
      PAYMENT_DATE: '17.10.2024 16:20:27',
      AMOUNT: attempt.amount,
      ORDER_REF_NO: `order-${index}`,
      INSTALLMENT: '1',
      COMMISSION: 0.16,
      COMMISSION_RATE: '1,490',
      SUCCESS_TRANSACTION_ID: null,
    }),
  )
  return `{"PAYMENTS":[${payments.join(',')}],"RETURN_CODE":${fields.returnCode},"RETURN_MESSAGE":"SUCCESS","STATUS":"SUCCESS"}`
}

const SUCCESS_TEXTS = new Set(['Ödeme - Başarılı', 'Odeme Basarili'])
const canonicalText = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ')

/** An attempt that, read on its own, proves a charge: a success text, or STATUS_ID 3. */
function attemptProvesCharge(attempt: EsnekposAttempt): boolean {
  return (
    attempt.statusId === 3 ||
    (attempt.statusId === undefined && SUCCESS_TEXTS.has(canonicalText(attempt.status)))
  )
}

// ---------- the properties

function expectTyped(outcome: Awaited<ReturnType<typeof settle>>): NormalizedResult | undefined {
  // `settle` already failed the run on anything but a DurumError or a result fitting the model.
  return outcome.kind === 'result' ? outcome.result : undefined
}

describe('properties of the normalizer over generated iyzico bodies', () => {
  it('never throws an untyped error and never says paid unless the body has the exact success shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record(iyzicoFields), async (fields) => {
        const body = iyzicoBody(fields)
        const result = expectTyped(
          await settle(() =>
            answering('iyzico', () => body).getStatus({ provider: 'iyzico', paymentId: '20885695' }),
          ),
        )
        if (result !== undefined && result.kind === 'payment' && isPaid(result)) {
          expect(iyzicoProvesPaid(fields), `paid on ${body}`).toBe(true)
        }
        if (iyzicoProvesPaid(fields) && result !== undefined) expect(result.status).toBe('SUCCEEDED')
      }),
      { numRuns: RUNS },
    )
  })

  it('round-trips money exactly: price and paidPrice come out as their canonical decimal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record(iyzicoFields), async (generated) => {
        const fields = {
          ...generated,
          status: '"success"',
          paymentStatus: '"SUCCESS"',
          fraudStatus: '1',
          phase: '"AUTH"',
        }
        const body = iyzicoBody(fields)
        const outcome = await settle(() =>
          answering('iyzico', () => body).getStatus({ provider: 'iyzico', paymentId: '20885695' }),
        )
        expect(outcome.kind, outcome.kind === 'error' ? outcome.error.message : '').toBe('result')
        const payment = (outcome as { result: NormalizedPayment }).result
        expect(payment.amount).toEqual({
          amount: canonical(fields.price),
          currency: JSON.parse(fields.currency),
        })
        expect(payment.paidAmount?.amount).toBe(canonical(fields.paidPrice))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('iyzico envelope status', () => {
  const paidFields: IyzicoFields = {
    status: '"success"',
    paymentStatus: '"SUCCESS"',
    fraudStatus: '1',
    phase: '"AUTH"',
    price: '1.0',
    paidPrice: '1.0',
    currency: '"TRY"',
    extra: undefined,
  }
  const statusOf = async (envelope: string) => {
    const body = iyzicoBody({ ...paidFields, status: envelope })
    const outcome = await settle(() =>
      answering('iyzico', () => body).getStatus({ provider: 'iyzico', paymentId: '20885695' }),
    )
    return outcome.kind === 'result' ? outcome.result.status : outcome.error.code
  }

  it('is what makes the exact success shape paid', async () => {
    expect(await statusOf('"success"')).toBe('SUCCEEDED')
    expect(await statusOf('"failure"')).not.toBe('SUCCEEDED')
  })

  // iyzico only sends "success" | "failure"; any other word proves nothing.
  it.each(['"Success"', '"FAILURE"', '"error"', '""'])(
    'never reads paid when the envelope status is %s',
    async (envelope) => {
      expect(await statusOf(envelope)).not.toBe('SUCCEEDED')
    },
  )
})

describe('properties of the normalizer over generated EsnekPOS bodies', () => {
  it('never throws an untyped error and never says paid unless an attempt proves the charge', async () => {
    await fc.assert(
      fc.asyncProperty(esnekposFields, async (fields) => {
        const body = esnekposBody(fields)
        const result = expectTyped(
          await settle(() =>
            answering('esnekpos', () => body).getStatus({
              provider: 'esnekpos',
              sendPaymentRequestId: '2482',
            }),
          ),
        )
        if (result !== undefined && result.kind === 'payment' && isPaid(result)) {
          expect(['"0"', '0'].includes(fields.returnCode), `paid on ${body}`).toBe(true)
          expect(fields.attempts.some(attemptProvesCharge), `paid on ${body}`).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('round-trips money exactly: every attempt amount comes out as its canonical decimal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(esnekposAttempt, { minLength: 1, maxLength: 4 }), async (attempts) => {
        const body = esnekposBody({ returnCode: '"0"', attempts })
        const outcome = await settle(() =>
          answering('esnekpos', () => body).getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' }),
        )
        expect(outcome.kind, outcome.kind === 'error' ? outcome.error.message : '').toBe('result')
        const payment = (outcome as { result: NormalizedPayment }).result
        expect(payment.attempts?.map((attempt) => attempt.amount?.amount)).toEqual(
          attempts.map((attempt) => canonicalTurkish(attempt.amount)),
        )
        if (payment.paidAmount !== undefined) {
          expect(attempts.map((attempt) => canonicalTurkish(attempt.amount))).toContain(
            payment.paidAmount.amount,
          )
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('properties of the normalizer over ambiguous EsnekPOS amounts', () => {
  it('an amount that could be read two ways is a response_format error, never a guess', async () => {
    await fc.assert(
      fc.asyncProperty(esnekposAttempt, ambiguousMoneyText, async (attempt, amount) => {
        const body = esnekposBody({ returnCode: '"0"', attempts: [{ ...attempt, amount }] })
        const outcome = await settle(() =>
          answering('esnekpos', () => body).getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' }),
        )
        expect(outcome.kind === 'error' && outcome.error.code, body).toBe('response_format')
      }),
      { numRuns: RUNS },
    )
  })
})

describe('properties of the normalizer over arbitrary bodies', () => {
  it.each(['iyzico', 'esnekpos'] as const)(
    '%s: any JSON or any text is a typed error or an unpaid result',
    async (provider) => {
      const query =
        provider === 'iyzico' ? { provider, paymentId: '1' } : { provider, sendPaymentRequestId: '1' }
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.jsonValue().map((value) => JSON.stringify(value)),
            fc.string(),
            fc.string({ unit: 'binary' }),
          ),
          async (body) => {
            const result = expectTyped(await settle(() => answering(provider, () => body).getStatus(query)))
            if (result !== undefined && result.kind === 'payment') expect(isPaid(result), body).toBe(false)
          },
        ),
        { numRuns: RUNS },
      )
    },
  )
})
