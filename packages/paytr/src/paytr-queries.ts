import { localized, queryIdSchema, strictQuery } from '@durum/core'
import * as v from 'valibot'

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/** A moment as ISO-8601 with its offset (`2026-12-07T10:30:00+03:00`): no guessing of a time zone. */
const momentSchema = v.pipe(
  v.string(localized({ en: 'must be a string', tr: 'metin olmalı' })),
  v.regex(
    isoWithOffset,
    localized({
      en: 'must be an ISO-8601 time with its offset, like 2026-12-07T10:30:00+03:00',
      tr: 'saat dilimi farkıyla bir ISO-8601 zamanı olmalı, örneğin 2026-12-07T10:30:00+03:00',
    }),
  ),
  v.check(
    (text) => !Number.isNaN(Date.parse(text)),
    localized({ en: 'must be a real date and time', tr: 'gerçek bir tarih ve saat olmalı' }),
  ),
)

/**
 * `{ merchantOid }`: the order id the merchant gave PayTR when the payment was started. `payableUntil`
 * (optional) is when that payment's window closes (the iFrame token's `timeout_limit` after it was
 * made, or the Direct API's `request_exp_date`); it decides what "no successful payment" (004) means.
 */
export const PaytrStatusQuerySchema = strictQuery({
  merchantOid: queryIdSchema,
  payableUntil: v.optional(momentSchema),
})

export type PaytrStatusQuery = v.InferOutput<typeof PaytrStatusQuerySchema>
