import { describe, expect, it } from 'vitest'
import { mapPaytrError } from './map-paytr-error'

const context = {
  source: 'paytr.durum-sorgu',
  subject: { en: 'merchant_oid "SIP1"', tr: 'merchant_oid "SIP1"' },
  status: 200,
}

describe('mapPaytrError', () => {
  it.each([
    {
      errNo: '001',
      errMsg: 'Gecersiz istek veya magaza aktif degil',
      code: 'validation',
      reason: 'paytr.invalid_request',
      field: 'merchantId',
      en: 'PayTR refused the query for merchant_oid "SIP1" as an invalid request or an inactive store (err_no 001 "Gecersiz istek veya magaza aktif degil"). Check merchantId (PAYTR_MERCHANT_ID) and that the store is active in the PayTR panel.',
      tr: 'PayTR merchant_oid "SIP1" sorgusunu geçersiz istek ya da aktif olmayan mağaza gerekçesiyle reddetti (err_no 001 "Gecersiz istek veya magaza aktif degil"). merchantId (PAYTR_MERCHANT_ID) değerini ve mağazanın PayTR panelinde aktif olduğunu kontrol edin.',
    },
    {
      errNo: '002',
      errMsg: 'Gecersiz merchant_oid',
      code: 'validation',
      reason: 'paytr.invalid_merchant_oid',
      field: 'merchantOid',
      en: 'PayTR refused the order id of merchant_oid "SIP1" (err_no 002 "Gecersiz merchant_oid"). Check the merchantOid given to PayTR when the payment was started.',
      tr: 'PayTR merchant_oid "SIP1" için gönderilen sipariş numarasını reddetti (err_no 002 "Gecersiz merchant_oid"). Ödeme başlatılırken PayTR\'ye verilen merchantOid değerini kontrol edin.',
    },
    {
      errNo: '003',
      errMsg: 'paytr_token gonderilmedi veya gecersiz',
      code: 'authentication',
      reason: 'paytr.authentication',
      field: undefined,
      en: 'PayTR rejected the paytr_token while asking about merchant_oid "SIP1" (err_no 003 "paytr_token gonderilmedi veya gecersiz"). Check merchantKey and merchantSalt (PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT) and that they belong to merchantId.',
      tr: 'PayTR merchant_oid "SIP1" sorgusundaki paytr_token değerini reddetti (err_no 003 "paytr_token gonderilmedi veya gecersiz"). merchantKey ve merchantSalt değerlerini (PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT) ve bunların merchantId\'ye ait olduğunu kontrol edin.',
    },
    {
      errNo: '099',
      errMsg: 'Beklenmeyen bir hata olustu',
      code: 'provider',
      reason: 'paytr.query_refused',
      field: undefined,
      en: 'PayTR refused the query for merchant_oid "SIP1" (err_no 099 "Beklenmeyen bir hata olustu"). The payment itself was not changed; retry later or contact PayTR support with this number.',
      tr: 'PayTR merchant_oid "SIP1" sorgusunu reddetti (err_no 099 "Beklenmeyen bir hata olustu"). Ödemenin kendisi değişmedi; daha sonra yeniden deneyin ya da bu numarayla PayTR desteğine başvurun.',
    },
  ])('err_no $errNo → $code ($reason)', (row) => {
    const error = mapPaytrError({ errNo: row.errNo, errMsg: row.errMsg }, context)
    expect(error.code).toBe(row.code)
    expect(error.reason).toBe(row.reason)
    expect(error.field).toBe(row.field)
    expect(error.message).toBe(row.en)
    expect(error.inLocale('tr').message).toBe(row.tr)
    expect(error.providerCode).toBe(row.errNo)
    expect(error.providerMessage).toBe(row.errMsg)
    expect(error.source).toBe('paytr.durum-sorgu')
    expect(error.retryable).toBe(false)
  })

  it('says so when the refusal has no err_no, and is retryable behind a server error', () => {
    const error = mapPaytrError({}, { ...context, status: 502 })
    expect(error.code).toBe('provider')
    expect(error.message).toBe(
      'PayTR refused the query for merchant_oid "SIP1" (err_no —). The payment itself was not changed; retry later or contact PayTR support with this number.',
    )
    expect(error.retryable).toBe(true)
  })
})
