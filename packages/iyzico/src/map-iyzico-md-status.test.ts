import { describe, expect, it } from 'vitest'
import { mapIyzicoMdStatus } from './map-iyzico-md-status'

// iyzico's 3-D Secure page: 1 is the only pass; 0 and 2–8 are failures it names; -1 (allowed by the
// OpenAPI enum) and anything else are not defined.
describe('mapIyzicoMdStatus', () => {
  it('1 → passed', () => {
    expect(mapIyzicoMdStatus('1')).toEqual({ kind: 'passed' })
  })

  it.each([
    [
      '0',
      'the 3-D Secure signature or verification is invalid',
      '3-D Secure imzası ya da doğrulaması geçersiz',
    ],
    [
      '2',
      'the card holder or the issuer is not enrolled in 3-D Secure',
      'kart sahibi ya da kartı veren banka 3-D Secure sistemine kayıtlı değil',
    ],
    ['3', 'the issuer is not enrolled in 3-D Secure', 'kartı veren banka 3-D Secure sistemine kayıtlı değil'],
    [
      '4',
      'verification was not possible and the card holder chose to enrol later',
      'doğrulama yapılamadı ve kart sahibi kaydını sonraya bıraktı',
    ],
    ['5', 'verification was not possible', 'doğrulama yapılamadı'],
    ['6', 'a 3-D Secure error', '3-D Secure hatası'],
    ['7', 'a system error', 'sistem hatası'],
    ['8', 'an unknown card', 'bilinmeyen kart'],
  ])('%s → failed: %s', (mdStatus, en, tr) => {
    expect(mapIyzicoMdStatus(mdStatus)).toEqual({ kind: 'failed', meaning: { en, tr } })
  })

  it.each(['-1', '9', '01', '1.0', '', 'toString', '__proto__'])('%j → undocumented', (mdStatus) => {
    expect(mapIyzicoMdStatus(mdStatus)).toEqual({ kind: 'undocumented' })
  })
})
