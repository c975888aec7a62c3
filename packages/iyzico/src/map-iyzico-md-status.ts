/**
 * iyzico's 3-D Secure `mdStatus` (docs.iyzico.com, 3DS implementation): `1` passed; `0` and 2–8 say
 * the 3-D Secure step failed, and iyzico then refuses to authorise the payment. The OpenAPI enum also
 * allows `-1`, with no meaning given: like any other value, it proves nothing.
 */
export type IyzicoMdStatusVerdict =
  | { kind: 'passed' }
  | { kind: 'failed'; meaning: string }
  | { kind: 'undocumented' }

const FAILED_MEANINGS: Readonly<Record<string, string>> = {
  '0': 'the 3-D Secure signature or verification is invalid',
  '2': 'the card holder or the issuer is not enrolled in 3-D Secure',
  '3': 'the issuer is not enrolled in 3-D Secure',
  '4': 'verification was not possible and the card holder chose to enrol later',
  '5': 'verification was not possible',
  '6': 'a 3-D Secure error',
  '7': 'a system error',
  '8': 'an unknown card',
}

/** An `mdStatus` as iyzico sent it (a number or a digit string) → what it says of 3-D Secure. Pure. */
export function mapIyzicoMdStatus(mdStatus: string): IyzicoMdStatusVerdict {
  if (mdStatus === '1') return { kind: 'passed' }
  const meaning = Object.hasOwn(FAILED_MEANINGS, mdStatus) ? FAILED_MEANINGS[mdStatus] : undefined
  return meaning === undefined ? { kind: 'undocumented' } : { kind: 'failed', meaning }
}
