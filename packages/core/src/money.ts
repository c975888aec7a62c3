import { parseDecimal } from './decimal'

/** An exact amount: canonical decimal text (see `parseDecimal`) and an ISO 4217 currency code. */
export interface Money {
  /** The amount as exact decimal text: no exponent, at least two fraction digits (`"1250.00"`, `"0.0315"`). */
  amount: string
  /** The ISO 4217 currency code, e.g. `TRY`. */
  currency: string
}

/** A `Money` with its amount canonicalised; throws `response_format` when the amount is not a decimal. */
export function money(amount: string, currency: string): Money {
  return { amount: parseDecimal(amount), currency }
}
