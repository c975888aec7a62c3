import { demoError } from '../i18n/demo-messages'
import type { Lang } from '../i18n/pick-lang'

/**
 * A URL that names a parameter twice (`paymentId=1&paymentId=2`) is refused rather than read by
 * whichever copy a framework picks: the demo must not answer about a payment the caller did not mean.
 */
export function refuseRepeatedParams(params: URLSearchParams, lang: Lang = 'en'): void {
  const seen = new Set<string>()
  for (const name of params.keys()) {
    if (seen.has(name)) {
      throw demoError(lang, 'demo.param_repeated', name, { param: name, times: params.getAll(name).length })
    }
    seen.add(name)
  }
}
