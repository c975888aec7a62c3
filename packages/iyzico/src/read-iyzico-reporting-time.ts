import { DurumError, parseIstanbulDateTime } from '@durum/core'

const Z_LABELLED = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)Z$/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?[+-]\d{2}:\d{2}$/

/**
 * A time from iyzico's reporting endpoints → ISO-8601 with the Istanbul offset
 * (`"2026-06-11T23:29:34Z"` → `"2026-06-11T23:29:34+03:00"`), or `undefined` when it is no time.
 * Pure. Reporting writes Istanbul wall time, whether labelled `Z` (payment details' `createdDate`)
 * or with no zone (the transaction list's `transactionDate`): in one sandbox run a cancel's reporting
 * `createdDate` was 3 hours to the second after that cancel call's own epoch `systemTime`, and
 * reporting prints `blockageResolvedDate` with the same digits `/payment/detail` gives with no zone.
 * A written offset other than `Z` is taken as given.
 */
export function readIyzicoReportingTime(text: string): string | undefined {
  if (WITH_OFFSET.test(text)) return text
  const wallTime = Z_LABELLED.exec(text)?.[1] ?? text
  try {
    return parseIstanbulDateTime(wallTime)
  } catch (error) {
    if (error instanceof DurumError) return undefined
    throw error
  }
}
