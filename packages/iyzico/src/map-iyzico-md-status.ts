import type { LocalizedText } from '@durum/core'

/**
 * iyzico's 3-D Secure `mdStatus` (docs.iyzico.com, 3DS implementation): `1` passed; `0` and 2–8 say
 * the 3-D Secure step failed, and iyzico then refuses to authorise the payment. The OpenAPI enum also
 * allows `-1`, with no meaning given: like any other value, it proves nothing.
 */
export type IyzicoMdStatusVerdict =
  | { kind: 'passed' }
  | { kind: 'failed'; meaning: LocalizedText }
  | { kind: 'undocumented' }

const FAILED_MEANINGS: Readonly<Record<string, LocalizedText>> = {
  '0': {
    en: 'the 3-D Secure signature or verification is invalid',
    tr: '3-D Secure imzası ya da doğrulaması geçersiz',
  },
  '2': {
    en: 'the card holder or the issuer is not enrolled in 3-D Secure',
    tr: 'kart sahibi ya da kartı veren banka 3-D Secure sistemine kayıtlı değil',
  },
  '3': {
    en: 'the issuer is not enrolled in 3-D Secure',
    tr: 'kartı veren banka 3-D Secure sistemine kayıtlı değil',
  },
  '4': {
    en: 'verification was not possible and the card holder chose to enrol later',
    tr: 'doğrulama yapılamadı ve kart sahibi kaydını sonraya bıraktı',
  },
  '5': { en: 'verification was not possible', tr: 'doğrulama yapılamadı' },
  '6': { en: 'a 3-D Secure error', tr: '3-D Secure hatası' },
  '7': { en: 'a system error', tr: 'sistem hatası' },
  '8': { en: 'an unknown card', tr: 'bilinmeyen kart' },
}

/** An `mdStatus` as iyzico sent it (a number or a digit string) → what it says of 3-D Secure. Pure. */
export function mapIyzicoMdStatus(mdStatus: string): IyzicoMdStatusVerdict {
  if (mdStatus === '1') return { kind: 'passed' }
  const meaning = Object.hasOwn(FAILED_MEANINGS, mdStatus) ? FAILED_MEANINGS[mdStatus] : undefined
  return meaning === undefined ? { kind: 'undocumented' } : { kind: 'failed', meaning }
}
