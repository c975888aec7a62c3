import { ValidationError } from '@durum/status-normalizer'

/**
 * A URL that names a parameter twice (`paymentId=1&paymentId=2`) is refused rather than read by
 * whichever copy a framework picks: the demo must not answer about a payment the caller did not mean.
 */
export function refuseRepeatedParams(params: URLSearchParams): void {
  const seen = new Set<string>()
  for (const name of params.keys()) {
    if (seen.has(name)) {
      const times = params.getAll(name).length
      throw new ValidationError({
        field: name,
        message: `The parameter ${name} is given ${times} times; give each parameter once, so it is clear which payment is meant.`,
      })
    }
    seen.add(name)
  }
}
