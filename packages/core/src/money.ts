import { parseDecimal } from './decimal'

/** An exact amount: canonical decimal text (see `parseDecimal`) and an ISO 4217 currency code. */
export interface Money {
  amount: string
  currency: string
}

/** A `Money` with its amount canonicalised; throws `response_format` when the amount is not a decimal. */
export function money(amount: string, currency: string): Money {
  return { amount: parseDecimal(amount), currency }
}
