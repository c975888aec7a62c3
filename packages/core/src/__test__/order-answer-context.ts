import type { ProviderAnswerContext } from '../provider-answer'
import type { Redactor } from '../redact'

/** What the merchant is told to do, in the tests' EsnekPOS wording. */
export const orderHint = 'Retry; if it persists, ask EsnekPOS support.'

/** The answer context of an EsnekPOS order query (`order ORD-1`), for provider-answer tests. */
export function orderAnswerContext(redactor: Redactor): ProviderAnswerContext {
  return {
    provider: 'esnekpos',
    providerLabel: 'EsnekPOS',
    source: 'esnekpos.order',
    subject: { en: 'order ORD-1', tr: 'ORD-1 numaralı sipariş' },
    redactor,
  }
}
