import {
  DurumError,
  idSchema,
  integerSchema,
  isJsonNumeric,
  type JsonNumeric,
  jsonNumericText,
  nullAsAbsent,
  parseDecimal,
  parseIstanbulDateTime,
  readingSchema,
} from '@durum/core'
import * as v from 'valibot'

/** The status query, as errors, events and results name it. */
export const PAYTR_STATUS_SOURCE = 'paytr.durum-sorgu'

/*
 * valibot schemas of PayTR's status-query answers, read from `parseJson` output so money stays
 * exact. Amounts become canonical decimals, `TL` becomes `TRY`, Istanbul local times become ISO-8601
 * with offset, and null or empty text becomes absent. Unknown keys are dropped from the typed output
 * (they stay in `raw`).
 */

/** Major units with one `.` or `,` and at most two decimals: `10,8`, `9.76`, `899`. */
const paytrAmountText = /^\d+(?:[.,]\d{1,2})?$/

function notAnAmount(text: string): DurumError {
  return new DurumError({
    code: 'response_format',
    message: `"${text}" is not a PayTR amount (like "10,8" or "9.76"); durum reads amounts exactly and does not guess.`,
  })
}

/**
 * A status-query amount → canonical decimal text. PayTR writes lira with a comma (`"10,8"`) in some
 * fields and a point (`"9.76"`) in others, never with thousands separators; JSON numbers are read
 * exactly. Anything else (`"1.250,00"`, `"1.250"`, a sign) is refused rather than guessed.
 */
export function parsePaytrAmount(input: JsonNumeric): string {
  const text = typeof input === 'string' ? input.trim() : jsonNumericText(input)
  if (!paytrAmountText.test(text)) throw notAnAmount(text)
  return parseDecimal(text.replace(',', '.'))
}

const amount = readingSchema('paytr_amount', 'a JSON number or a string', isJsonNumeric, parsePaytrAmount)

/** `TL` (PayTR's usual word) is `TRY`; other codes are ISO 4217 already (`EUR`, `USD`, `GBP`, `RUB`). */
export function paytrCurrencyCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase()
  if (upper === 'TL') return 'TRY'
  return /^[A-Z]{3}$/.test(upper) ? upper : undefined
}

/** `paytrCurrencyCode`, refusing what is no currency code as `response_format`. */
export function paytrCurrency(code: string): string {
  const currency = paytrCurrencyCode(code)
  if (currency !== undefined) return currency
  throw new DurumError({
    code: 'response_format',
    message: `"${code}" is not a currency PayTR documents (TL, TRY, EUR, USD, GBP, RUB).`,
  })
}

const currency = readingSchema(
  'paytr_currency',
  'string',
  (input): input is string => typeof input === 'string',
  paytrCurrency,
)

/** Empty, null and MySQL's zero date all say "not yet". */
const notYet = (text: string) =>
  text.trim() === '' || /^0{4}-0{2}-0{2}(?: 0{2}:0{2}:0{2})?$/.test(text.trim())

/**
 * An Istanbul local time (`"2021-03-25 23:45:22"`) → ISO-8601 with offset. A date alone
 * (`"2021-01-01"`, as one doc table shows `payment_date`) names no moment: absent, kept in `raw`.
 */
const moment = readingSchema(
  'paytr_date_time',
  'string',
  (input): input is string => typeof input === 'string',
  (text): string | undefined => {
    if (notYet(text) || /^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return undefined
    return parseIstanbulDateTime(text.trim())
  },
)

/** `"1"` for a test transaction, `"0"` for a live one. */
const testMode = readingSchema('paytr_test_mode', 'a JSON number or a string', isJsonNumeric, (input) => {
  const text = jsonNumericText(input).trim()
  if (text === '1') return true
  if (text === '0') return false
  throw new DurumError({ code: 'response_format', message: `test_mode "${text}" is neither "0" nor "1".` })
})

const text = nullAsAbsent(v.string())
const optional = nullAsAbsent

/**
 * `schema` for a field the payment's status does not rest on, with empty text read as absent as null
 * is: PayTR may print a field it has no value for as `""` (no instalments on an EFT payment).
 */
function blankAsAbsent<T>(schema: v.GenericSchema<unknown, T>) {
  return nullAsAbsent(
    readingSchema(
      'paytr_blank_as_absent',
      schema.expects,
      (input): input is unknown => true,
      (input): T | undefined => {
        if (typeof input === 'string' && input.trim() === '') return undefined
        const result = v.safeParse(schema, input)
        if (result.success) return result.output
        throw new DurumError({ code: 'response_format', message: result.issues[0].message })
      },
    ),
  )
}

/** One refund on the order (`returns[]`), as PayTR's marketplace sample prints it. */
export const PaytrReturnSchema = v.object({
  return_amount: amount,
  /** When the refund was requested. */
  return_date: optional(moment),
  /** When the bank completed it; absent while it is still in progress. */
  date_completed: optional(moment),
  return_type: text,
  return_ref_num: text,
  reference_no: text,
})
export type PaytrReturn = v.InferOutput<typeof PaytrReturnSchema>

/** `status: "success"`: PayTR has a successful payment for the order. */
export const PaytrPaidBodySchema = v.object({
  status: v.literal('success'),
  /** The order amount: what the merchant asked for. */
  payment_amount: amount,
  /** What the customer paid: more than the order amount with an instalment surcharge. */
  payment_total: amount,
  currency,
  payment_date: optional(moment),
  /** Instalments; `0` for a single payment. */
  taksit: blankAsAbsent(integerSchema),
  kart_marka: text,
  masked_pan: text,
  /** `KART` or `EFT`. */
  odeme_tipi: text,
  test_mode: blankAsAbsent(testMode),
  net_tutar: blankAsAbsent(amount),
  kesinti_tutari: blankAsAbsent(amount),
  returns: v.nullish(v.array(PaytrReturnSchema), () => []),
  /** Not in PayTR's field table; when an answer carries it, it must be the order asked about. */
  merchant_oid: blankAsAbsent(idSchema),
})
export type PaytrPaidBody = v.InferOutput<typeof PaytrPaidBodySchema>

/** `err_no` as PayTR writes it, three digits (`"004"`); a number `4` reads the same. */
export const paytrErrorNumber = readingSchema(
  'paytr_err_no',
  'a JSON number or a string',
  isJsonNumeric,
  (input) => jsonNumericText(input).trim().padStart(3, '0'),
)

/** `status: "error"` with `err_no` `004`: no successful payment for the order. Other numbers are query errors. */
export const PaytrNoPaymentBodySchema = v.object({
  status: v.literal('error'),
  err_no: v.pipe(paytrErrorNumber, v.literal('004')),
  err_msg: text,
})
export type PaytrNoPaymentBody = v.InferOutput<typeof PaytrNoPaymentBodySchema>

/**
 * A `status` PayTR does not document for this query: read as unknown, never as paid. Typed as
 * `status: "other"` (PayTR's word in `paytrStatus`), so `body.status === "success"` narrows the union.
 */
export const PaytrOtherBodySchema = v.pipe(
  v.object({
    status: v.pipe(
      v.string(),
      v.check((status) => status !== 'success' && status !== 'error'),
    ),
  }),
  v.transform(({ status }) => ({ status: 'other' as const, paytrStatus: status })),
)
export type PaytrOtherBody = v.InferOutput<typeof PaytrOtherBodySchema>

/** `POST /odeme/durum-sorgu`, as far as it says anything about the payment. */
export const PaytrStatusBodySchema = v.union([
  PaytrPaidBodySchema,
  PaytrNoPaymentBodySchema,
  PaytrOtherBodySchema,
])
export type PaytrStatusBody = v.InferOutput<typeof PaytrStatusBodySchema>

/** What every PayTR answer has; read first, so a query error need not match a payment's shape. */
export const PaytrEnvelopeSchema = v.object({
  status: v.string(),
  err_no: optional(paytrErrorNumber),
  err_msg: text,
})
