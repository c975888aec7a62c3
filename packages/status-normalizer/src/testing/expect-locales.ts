import { DurumError, type MessageCatalog, type ReasonOf } from '@durum/core'
import { expect } from 'vitest'
import type { NormalizedResult } from '../normalized-result'
import { catalogText } from './catalog-gaps'

/**
 * One query's results in Turkish and in English say exactly what `reasons` say in each (the rule,
 * then any notes), with the first one's reason, and the two explanations differ.
 */
export function expectExplainedInBothLocales<C extends MessageCatalog>(
  catalog: C,
  results: { tr: NormalizedResult; en: NormalizedResult },
  reasons: readonly ReasonOf<C>[] | undefined,
): void {
  expect(reasons, 'what the scenario says is listed').toBeDefined()
  const { tr, en } = results
  expect([tr.reason, en.reason]).toEqual([reasons?.[0]?.reason, reasons?.[0]?.reason])
  expect(tr.explanation).toBe(catalogText(catalog, reasons ?? [], 'tr'))
  expect(en.explanation).toBe(catalogText(catalog, reasons ?? [], 'en'))
  expect(tr.explanation).not.toBe(en.explanation)
}

/**
 * One query refused in Turkish and in English: `DurumError`s with the same code and `reason` and
 * different messages. Returns the Turkish one for closer checks.
 */
export async function refusedInBothLocales(tr: Promise<unknown>, en: Promise<unknown>): Promise<DurumError> {
  const [turkish, english] = await Promise.all(
    [tr, en].map((promise) =>
      promise.then(
        () => undefined,
        (caught: unknown) => caught,
      ),
    ),
  )
  if (!DurumError.isInstance(turkish) || !DurumError.isInstance(english))
    throw new Error(`expected two DurumErrors, got ${String(turkish)} and ${String(english)}`)
  expect([english.code, english.reason]).toEqual([turkish.code, turkish.reason])
  expect(turkish.message).not.toBe(english.message)
  return turkish
}
