/*
 * Real iyzico bodies, kept byte for byte (8-decimal numbers, `0E-8`, key order) so the simulator
 * serves what iyzico serves. Copied from `src/__fixtures__/` (sources in ../../../shared/fixtures/SOURCES.md
 * and the seeds); embedded as text because `dist/` ships without the fixture files.
 */

/** `payment-detail.success.fraud-1.docs-2023.json` */
export const paymentDetailDocs2023 = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1698048416625,
    "conversationId": "123456789",
    "price": 1.00000000,
    "paidPrice": 1.00000000,
    "installment": 1,
    "paymentId": "20885695",
    "fraudStatus": 1,
    "merchantCommissionRate": 0E-8,
    "merchantCommissionRateAmount": 0E-8,
    "iyziCommissionRateAmount": 0.04000000,
    "iyziCommissionFee": 0.25000000,
    "cardType": "CREDIT_CARD",
    "cardAssociation": "MASTER_CARD",
    "cardFamily": "Axess",
    "binNumber": "552608",
    "lastFourDigits": "0006",
    "basketId": "f3edeaa6-766c-4139-a66b-69ed08517258",
    "currency": "TRY",
    "itemTransactions": [
        {
            "itemId": "7ab0ee59-18b4-4e30-9ca8-04197bb34127",
            "paymentTransactionId": "22599895",
            "transactionStatus": 2,
            "price": 1.00000000,
            "paidPrice": 1.00000000,
            "merchantCommissionRate": 0E-8,
            "merchantCommissionRateAmount": 0E-8,
            "iyziCommissionRateAmount": 0.04000000,
            "iyziCommissionFee": 0.25000000,
            "blockageRate": 0E-8,
            "blockageRateAmountMerchant": 0E-8,
            "blockageRateAmountSubMerchant": 0E-8,
            "blockageResolvedDate": "2023-10-28 00:00:00",
            "subMerchantPrice": 0E-8,
            "subMerchantPayoutRate": 0E-8,
            "subMerchantPayoutAmount": 0E-8,
            "merchantPayoutAmount": 0.71000000,
            "convertedPayout": {
                "paidPrice": 1.00000000,
                "iyziCommissionRateAmount": 0.04000000,
                "iyziCommissionFee": 0.25000000,
                "blockageRateAmountMerchant": 0E-8,
                "blockageRateAmountSubMerchant": 0E-8,
                "subMerchantPayoutAmount": 0E-8,
                "merchantPayoutAmount": 0.71000000,
                "iyziConversionRate": 0E-8,
                "iyziConversionRateAmount": 0E-8,
                "currency": "TRY"
            }
        }
    ],
    "authCode": "514687",
    "phase": "AUTH",
    "hostReference": "mock00007iyzihostrfn",
    "paymentStatus": "SUCCESS"
}`

/** `payment-detail.success.fraud-1.signature.sandbox.json` */
export const paymentDetailSigned = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209772913,
    "conversationId": "20260611C995",
    "price": 10.01,
    "paidPrice": 10.01,
    "installment": 1,
    "paymentId": "35790626",
    "fraudStatus": 1,
    "merchantCommissionRate": 0,
    "merchantCommissionRateAmount": 0,
    "iyziCommissionRateAmount": 0.349349,
    "iyziCommissionFee": 0.25,
    "cardType": "CREDIT_CARD",
    "cardAssociation": "VISA",
    "cardFamily": "Denizbank CC",
    "binNumber": "460345",
    "lastFourDigits": "0000",
    "basketId": "20260611C995",
    "currency": "TRY",
    "itemTransactions": [
        {
            "itemId": "BI102",
            "paymentTransactionId": "37705909",
            "transactionStatus": 2,
            "price": 9.71,
            "paidPrice": 9.71,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.338879,
            "iyziCommissionFee": 0.24250749,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 9.12861351,
            "convertedPayout": {
                "paidPrice": 9.71,
                "iyziCommissionRateAmount": 0.338879,
                "iyziCommissionFee": 0.24250749,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 9.12861351,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        },
        {
            "itemId": "BI101",
            "paymentTransactionId": "37705908",
            "transactionStatus": 2,
            "price": 0.3,
            "paidPrice": 0.3,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.01047,
            "iyziCommissionFee": 0.00749251,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 0.28203749,
            "convertedPayout": {
                "paidPrice": 0.3,
                "iyziCommissionRateAmount": 0.01047,
                "iyziCommissionFee": 0.00749251,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 0.28203749,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        }
    ],
    "authCode": "099030",
    "phase": "AUTH",
    "hostReference": "mock00003iyzihostrfn",
    "signature": "b7ecd85dd6a381f0b02e7dd5d705ff1d5e6915736397353f7431a7330cea8030",
    "paymentStatus": "SUCCESS"
}`

/** `payment-detail.success.after-cancel.sandbox.json` */
export const paymentDetailAfterCancel = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209775226,
    "conversationId": "20260611C995",
    "price": 10.01,
    "paidPrice": 10.01,
    "installment": 1,
    "paymentId": "35790626",
    "fraudStatus": 1,
    "merchantCommissionRate": 0,
    "merchantCommissionRateAmount": 0,
    "iyziCommissionRateAmount": 0.349349,
    "iyziCommissionFee": 0.25,
    "cardType": "CREDIT_CARD",
    "cardAssociation": "VISA",
    "cardFamily": "Denizbank CC",
    "binNumber": "460345",
    "lastFourDigits": "0000",
    "basketId": "20260611C995",
    "currency": "TRY",
    "itemTransactions": [
        {
            "itemId": "BI101",
            "paymentTransactionId": "37705908",
            "transactionStatus": 2,
            "price": 0.3,
            "paidPrice": 0.3,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.01047,
            "iyziCommissionFee": 0.00749251,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 0.28203749,
            "convertedPayout": {
                "paidPrice": 0.3,
                "iyziCommissionRateAmount": 0.01047,
                "iyziCommissionFee": 0.00749251,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 0.28203749,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        },
        {
            "itemId": "BI102",
            "paymentTransactionId": "37705909",
            "transactionStatus": 2,
            "price": 9.71,
            "paidPrice": 9.71,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.338879,
            "iyziCommissionFee": 0.24250749,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 9.12861351,
            "convertedPayout": {
                "paidPrice": 9.71,
                "iyziCommissionRateAmount": 0.338879,
                "iyziCommissionFee": 0.24250749,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 9.12861351,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        }
    ],
    "authCode": "099030",
    "phase": "AUTH",
    "hostReference": "mock00003iyzihostrfn",
    "signature": "b7ecd85dd6a381f0b02e7dd5d705ff1d5e6915736397353f7431a7330cea8030",
    "paymentStatus": "SUCCESS"
}`

/** `payment-detail.error-5087-payment-not-found.sandbox.json` */
export const paymentDetailNotFound = `{
    "status": "failure",
    "errorCode": "5087",
    "errorMessage": "Üye işyerine ait ödeme kaydı bulunamadı",
    "locale": "tr",
    "systemTime": 1781209773486,
    "conversationId": "nonexistent-order-99999"
}`

/** `payment-detail.error-11-invalid-request.sandbox.json` */
export const paymentDetailInvalidRequest = `{
    "status": "failure",
    "errorCode": "11",
    "errorMessage": "Geçersiz istek",
    "locale": "tr",
    "systemTime": 1780482658567
}`

/** `payment-preauth.success.phase-PRE_AUTH.sandbox.json` */
export const paymentPreAuth = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209776423,
    "conversationId": "202606118557",
    "price": 10.01,
    "paidPrice": 10.01,
    "installment": 1,
    "paymentId": "35790641",
    "fraudStatus": 1,
    "merchantCommissionRate": 0,
    "merchantCommissionRateAmount": 0,
    "iyziCommissionRateAmount": 0.349349,
    "iyziCommissionFee": 0.25,
    "cardType": "CREDIT_CARD",
    "cardAssociation": "VISA",
    "cardFamily": "Denizbank CC",
    "binNumber": "460345",
    "lastFourDigits": "0000",
    "basketId": "202606118557",
    "currency": "TRY",
    "itemTransactions": [
        {
            "itemId": "BI101",
            "paymentTransactionId": "37705917",
            "transactionStatus": 2,
            "price": 0.3,
            "paidPrice": 0.3,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.01047,
            "iyziCommissionFee": 0.00749251,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 0.28203749,
            "convertedPayout": {
                "paidPrice": 0.3,
                "iyziCommissionRateAmount": 0.01047,
                "iyziCommissionFee": 0.00749251,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 0.28203749,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        },
        {
            "itemId": "BI102",
            "paymentTransactionId": "37705918",
            "transactionStatus": 2,
            "price": 9.71,
            "paidPrice": 9.71,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.338879,
            "iyziCommissionFee": 0.24250749,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 9.12861351,
            "convertedPayout": {
                "paidPrice": 9.71,
                "iyziCommissionRateAmount": 0.338879,
                "iyziCommissionFee": 0.24250749,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 9.12861351,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        }
    ],
    "authCode": "063255",
    "phase": "PRE_AUTH",
    "hostReference": "mock00003iyzihostrfn",
    "signature": "d334c2dfd5931d95ad7c017dd41b2f068642395ed944a688b01efe75e2c7fe7b"
}`

/** `payment-postauth.success.phase-POST_AUTH.sandbox.json` */
export const paymentPostAuth = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209777488,
    "conversationId": "202606118557",
    "price": 10.01,
    "paidPrice": 10.209999999999999,
    "installment": 1,
    "paymentId": "35790641",
    "fraudStatus": 1,
    "merchantCommissionRate": 1.998002,
    "merchantCommissionRateAmount": 0.199999999999999,
    "iyziCommissionRateAmount": 0.356329,
    "iyziCommissionFee": 0.25,
    "cardType": "CREDIT_CARD",
    "cardAssociation": "VISA",
    "cardFamily": "Denizbank CC",
    "binNumber": "460345",
    "lastFourDigits": "0000",
    "basketId": "202606118557",
    "currency": "TRY",
    "itemTransactions": [
        {
            "itemId": "BI101",
            "paymentTransactionId": "37705917",
            "transactionStatus": 2,
            "price": 0.3,
            "paidPrice": 0.30599401,
            "merchantCommissionRate": 1.998002,
            "merchantCommissionRateAmount": 0.00599401,
            "iyziCommissionRateAmount": 0.01067919,
            "iyziCommissionFee": 0.00749251,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 0.28782231,
            "convertedPayout": {
                "paidPrice": 0.30599401,
                "iyziCommissionRateAmount": 0.01067919,
                "iyziCommissionFee": 0.00749251,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 0.28782231,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        },
        {
            "itemId": "BI102",
            "paymentTransactionId": "37705918",
            "transactionStatus": 2,
            "price": 9.71,
            "paidPrice": 9.90400599,
            "merchantCommissionRate": 1.998002,
            "merchantCommissionRateAmount": 0.19400599,
            "iyziCommissionRateAmount": 0.34564981,
            "iyziCommissionFee": 0.24250749,
            "blockageRate": 0,
            "blockageRateAmountMerchant": 0,
            "blockageRateAmountSubMerchant": 0,
            "blockageResolvedDate": "2026-06-19 00:00:00",
            "subMerchantPrice": 0,
            "subMerchantPayoutRate": 0,
            "subMerchantPayoutAmount": 0,
            "merchantPayoutAmount": 9.31584869,
            "convertedPayout": {
                "paidPrice": 9.90400599,
                "iyziCommissionRateAmount": 0.34564981,
                "iyziCommissionFee": 0.24250749,
                "blockageRateAmountMerchant": 0,
                "blockageRateAmountSubMerchant": 0,
                "subMerchantPayoutAmount": 0,
                "merchantPayoutAmount": 9.31584869,
                "iyziConversionRate": 0,
                "iyziConversionRateAmount": 0,
                "currency": "TRY"
            }
        }
    ],
    "authCode": "199783",
    "phase": "POST_AUTH",
    "hostReference": "mock00003iyzihostrfn-02",
    "signature": "1b2db7b8b5e9b6cb39c19ed5367652809b9caff610be93a580b23866d1b2fedb"
}`

/** `payment-create.success.fraud-0.docs-2018.json` */
export const paymentCreateFraudReview = `{
  "status": "success",
  "locale": "tr",
  "systemTime": 1545220956037,
  "conversationId": "orderiddegeri1",
  "price": 100,
  "paidPrice": 110.5,
  "installment": 3,
  "paymentId": "11154295",
  "fraudStatus": 0,
  "merchantCommissionRate": 10.5,
  "merchantCommissionRateAmount": 10.5,
  "iyziCommissionRateAmount": 5.33715,
  "iyziCommissionFee": 0.25,
  "cardType": "CREDIT_CARD",
  "cardAssociation": "MASTER_CARD",
  "cardFamily": "Paraf",
  "cardToken": "so4ERPJ2ouMuPSKEFiUNqQRROnQ=",
  "cardUserKey": "hDsAoIK28+DG0TlmErBiHp1+klg=",
  "binNumber": "552879",
  "lastFourDigits": "0008",
  "basketId": "orderiddegeri1",
  "currency": "TRY",
  "itemTransactions": [
    {
      "itemId": "orderiddegeri1",
      "paymentTransactionId": "11791668",
      "transactionStatus": 2,
      "price": 100,
      "paidPrice": 110.5,
      "merchantCommissionRate": 10.5,
      "merchantCommissionRateAmount": 10.5,
      "iyziCommissionRateAmount": 5.33715,
      "iyziCommissionFee": 0.25,
      "blockageRate": 0,
      "blockageRateAmountMerchant": 0,
      "blockageRateAmountSubMerchant": 0,
      "blockageResolvedDate": "2018-12-20 00:00:00",
      "subMerchantPrice": 0,
      "subMerchantPayoutRate": 0,
      "subMerchantPayoutAmount": 0,
      "merchantPayoutAmount": 104.91285,
      "convertedPayout": {
        "paidPrice": 110.5,
        "iyziCommissionRateAmount": 5.33715,
        "iyziCommissionFee": 0.25,
        "blockageRateAmountMerchant": 0,
        "blockageRateAmountSubMerchant": 0,
        "subMerchantPayoutAmount": 0,
        "merchantPayoutAmount": 104.91285,
        "iyziConversionRate": 0,
        "iyziConversionRateAmount": 0,
        "currency": "TRY"
      }
    }
  ],
  "authCode": "914653",
  "phase": "AUTH",
  "hostReference": "mock00001iyzihostrfn"
}`

/** `checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json` */
export const checkoutFormMarketplace = `{  
   "status":"success",
   "locale":"tr",
   "systemTime":1527255323265,
   "conversationId":"123456789",
   "price":0.30000000,
   "paidPrice":1.20000000,
   "installment":1,
   "paymentId":"10805931",
   "fraudStatus":1,
   "merchantCommissionRate":300.00000000,
   "merchantCommissionRateAmount":0.90000000,
   "iyziCommissionRateAmount":0.03150000,
   "iyziCommissionFee":0.25000000,
   "cardType":"CREDIT_CARD",
   "cardAssociation":"MASTER_CARD",
   "cardFamily":"Axess",
   "cardToken":"YW3oTdzBwrzaG3Dh2qR0UzGHjAg=",
   "cardUserKey":"9vd6VuZgY9nstekbL58Otj1T8Zw=",
   "binNumber":"552608",
   "lastFourDigits":"0006",
   "basketId":"B67832",
   "currency":"TRY",
   "itemTransactions":[  
      {  
         "itemId":"BI101",
         "paymentTransactionId":"11391611",
         "transactionStatus":1,
         "price":0.30000000,
         "paidPrice":1.20000000,
         "merchantCommissionRate":300.00000000,
         "merchantCommissionRateAmount":0.90000000,
         "iyziCommissionRateAmount":0.03150000,
         "iyziCommissionFee":0.25000000,
         "blockageRate":10.00000000,
         "blockageRateAmountMerchant":0.12000000,
         "blockageRateAmountSubMerchant":0E-8,
         "blockageResolvedDate":"2018-06-01 16:06:56",
         "subMerchantKey":"pauQrTuLC6mfQBaQFy86NnVGZc0=",
         "subMerchantPrice":0.30000000,
         "subMerchantPayoutRate":100.00000000,
         "subMerchantPayoutAmount":0.30000000,
         "merchantPayoutAmount":0.49850000,
         "convertedPayout":{  
            "paidPrice":1.20000000,
            "iyziCommissionRateAmount":0.03150000,
            "iyziCommissionFee":0.25000000,
            "blockageRateAmountMerchant":0.12000000,
            "blockageRateAmountSubMerchant":0E-8,
            "subMerchantPayoutAmount":0.30000000,
            "merchantPayoutAmount":0.49850000,
            "iyziConversionRate":0E-8,
            "iyziConversionRateAmount":0E-8,
            "currency":"TRY"
         }
      }
   ],
   "authCode":"993325",
   "phase":"AUTH",
   "hostReference":"mock00007iyzihostrfn",
   "token":"f8aee98c-7dad-430e-a20f-70f327f8e64e",
   "callbackUrl":"https://www.merchant.com/callback",
   "paymentStatus":"SUCCESS"
}`

/** `checkout-form.error-5124-token-not-found.docs.json` */
export const checkoutFormTokenNotFound = `{
    "status": "failure",
    "errorCode": "5124",
    "errorMessage": "token bulunamadı",
    "locale": "tr",
    "systemTime": 1533548614141,
    "conversationId": "123456789"
}`

/** `checkout-form.error-5132-token-required.docs.json` */
export const checkoutFormTokenRequired = `{
    "status": "failure",
    "errorCode": "5132",
    "errorMessage": "token gönderilmesi zorunludur",
    "locale": "tr",
    "systemTime": 1533548647114,
    "conversationId": "123456789"
}`

/** `checkout-form.sdk-mock.status-failure-with-payment-fields.json` */
export const checkoutFormSdkMockFailure = `{
  "status": "failure",
  "errorCode": "10000",
  "errorMessage": "error message",
  "errorGroup": "ERROR_GROUP",
  "locale": "tr",
  "systemTime": 1458545234852,
  "conversationId": "123456",
  "price": 1.0,
  "paidPrice": 1.1,
  "installment": 1,
  "paymentId": "1",
  "paymentStatus": null,
  "fraudStatus": 1,
  "merchantCommissionRate": 10.00000000,
  "merchantCommissionRateAmount": 0.1,
  "iyziCommissionRateAmount": 0.03245000,
  "iyziCommissionFee": 0.29500000,
  "cardType": "CREDIT_CARD",
  "cardAssociation": "MASTER_CARD",
  "cardFamily": "Bonus",
  "cardUserKey": "cardUserKey",
  "cardToken": "cardToken",
  "binNumber": "554960",
  "basketId": "B67832",
  "currency": "TRY",
  "connectorName": "connector name",
  "authCode": "auth code",
  "phase": "AUTH",
  "lastFourDigits": "0000",
  "posOrderId": "posOrderId",
  "itemTransactions": [
    {
      "itemId": "BI101",
      "paymentTransactionId": "4977",
      "transactionStatus": 2,
      "price": 0.3,
      "paidPrice": 0.33000000,
      "merchantCommissionRate": 10.00000000,
      "merchantCommissionRateAmount": 0.03000000,
      "iyziCommissionRateAmount": 0.00973500,
      "iyziCommissionFee": 0.08850000,
      "blockageRate": 10.00000000,
      "blockageRateAmountMerchant": 0.03300000,
      "blockageRateAmountSubMerchant": 0,
      "blockageResolvedDate": "2016-03-28 09:27:14",
      "subMerchantKey": "subMerchantKey",
      "subMerchantPrice": 0,
      "subMerchantPayoutRate": 0E-8,
      "subMerchantPayoutAmount": 0,
      "merchantPayoutAmount": 0.19876500,
      "convertedPayout": {
        "paidPrice": 0.33000000,
        "iyziCommissionRateAmount": 0.00973500,
        "iyziCommissionFee": 0.08850000,
        "blockageRateAmountMerchant": 0.03300000,
        "blockageRateAmountSubMerchant": 0E-8,
        "subMerchantPayoutAmount": 0E-8,
        "merchantPayoutAmount": 0.19876500,
        "iyziConversionRate": 0,
        "iyziConversionRateAmount": 0,
        "currency": "TRY"
      }
    },
    {
      "itemId": "BI102",
      "paymentTransactionId": "4978",
      "transactionStatus": 2,
      "price": 0.5,
      "paidPrice": 0.55000000,
      "merchantCommissionRate": 10.00000000,
      "merchantCommissionRateAmount": 0.05000000,
      "iyziCommissionRateAmount": 0.01622500,
      "iyziCommissionFee": 0.14750000,
      "blockageRate": 10.00000000,
      "blockageRateAmountMerchant": 0.05500000,
      "blockageRateAmountSubMerchant": 0,
      "blockageResolvedDate": "2016-03-28 09:27:14",
      "subMerchantKey": "subMerchantKey",
      "subMerchantPrice": 0,
      "subMerchantPayoutRate": 0E-8,
      "subMerchantPayoutAmount": 0,
      "merchantPayoutAmount": 0.33127500,
      "convertedPayout": {
        "paidPrice": 0.55000000,
        "iyziCommissionRateAmount": 0.01622500,
        "iyziCommissionFee": 0.14750000,
        "blockageRateAmountMerchant": 0.05500000,
        "blockageRateAmountSubMerchant": 0E-8,
        "subMerchantPayoutAmount": 0E-8,
        "merchantPayoutAmount": 0.33127500,
        "iyziConversionRate": 0,
        "iyziConversionRateAmount": 0,
        "currency": "TRY"
      }
    },
    {
      "itemId": "BI103",
      "paymentTransactionId": "4979",
      "transactionStatus": 2,
      "price": 0.2,
      "paidPrice": 0.22000000,
      "merchantCommissionRate": 10.00000000,
      "merchantCommissionRateAmount": 0.02000000,
      "iyziCommissionRateAmount": 0.00649000,
      "iyziCommissionFee": 0.05900000,
      "blockageRate": 10.00000000,
      "blockageRateAmountMerchant": 0.02200000,
      "blockageRateAmountSubMerchant": 0,
      "blockageResolvedDate": "2016-03-28 09:27:14",
      "subMerchantKey": "subMerchantKey",
      "subMerchantPrice": 0,
      "subMerchantPayoutRate": 0E-8,
      "subMerchantPayoutAmount": 0,
      "merchantPayoutAmount": 0.13251000,
      "convertedPayout": {
        "paidPrice": 0.22000000,
        "iyziCommissionRateAmount": 0.00649000,
        "iyziCommissionFee": 0.05900000,
        "blockageRateAmountMerchant": 0.02200000,
        "blockageRateAmountSubMerchant": 0E-8,
        "subMerchantPayoutAmount": 0E-8,
        "merchantPayoutAmount": 0.13251000,
        "iyziConversionRate": 0,
        "iyziConversionRateAmount": 0,
        "currency": "TRY"
      }
    }
  ],
  "token": "token",
  "callbackUrl": "url"
}`

/** `reporting-payment-details.totally-refunded-by-cancel.sandbox.json` */
export const reportingTotallyRefundedByCancel = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209780751,
    "conversationId": "20260611C995",
    "payments": [
        {
            "paymentId": 35790626,
            "paymentStatus": 1,
            "paymentRefundStatus": "TOTALLY_REFUNDED",
            "price": 10.01,
            "paidPrice": 10.01,
            "installment": 1,
            "merchantCommissionRate": 0,
            "merchantCommissionRateAmount": 0,
            "iyziCommissionRateAmount": 0.349349,
            "iyziCommissionFee": 0.25,
            "paymentConversationId": "20260611C995",
            "fraudStatus": 1,
            "cardType": "CREDIT_CARD",
            "cardAssociation": "VISA",
            "cardFamily": "Denizbank CC",
            "binNumber": "460345",
            "lastFourDigits": "0000",
            "basketId": "29035615",
            "currency": "TRY",
            "connectorName": "IYZI_POS",
            "authCode": "099030",
            "threeDS": false,
            "phase": "AUTH",
            "acquirerBankName": "iyziPos",
            "hostReference": "mock00003iyzihostrfn",
            "createdDate": "2026-06-11T23:29:31Z",
            "cancels": [
                {
                    "refundId": 5661418,
                    "cancelConversationId": "20260611C995",
                    "refundPrice": 10.01,
                    "refundStatus": 1,
                    "createdDate": "2026-06-11T23:29:34Z",
                    "currencyCode": "TRY",
                    "authCode": "911288",
                    "hostReference": "mock00003iyzihostrfn-02"
                }
            ],
            "itemTransactions": [
                {
                    "paymentTransactionId": 37705909,
                    "transactionStatus": 2,
                    "price": 9.71,
                    "paidPrice": 9.71,
                    "merchantCommissionRate": 0,
                    "merchantCommissionRateAmount": 0,
                    "iyziCommissionRateAmount": 0.338879,
                    "iyziCommissionFee": 0.24250749,
                    "blockageRate": 0,
                    "blockageRateAmountMerchant": 0,
                    "blockageRateAmountSubMerchant": 0,
                    "blockageResolvedDate": "2026-06-19T00:00:00Z",
                    "subMerchantPrice": 0,
                    "subMerchantPayoutRate": 0,
                    "subMerchantPayoutAmount": 0,
                    "merchantPayoutAmount": 9.12861351,
                    "convertedPayout": {
                        "paidPrice": 9.71,
                        "iyziCommissionRateAmount": 0.338879,
                        "iyziCommissionFee": 0.24250749,
                        "blockageRateAmountMerchant": 0,
                        "blockageRateAmountSubMerchant": 0,
                        "subMerchantPayoutAmount": 0,
                        "merchantPayoutAmount": 9.12861351,
                        "iyziConversionRate": 0,
                        "iyziConversionRateAmount": 0,
                        "currency": "TRY"
                    },
                    "refunds": []
                },
                {
                    "paymentTransactionId": 37705908,
                    "transactionStatus": 2,
                    "price": 0.3,
                    "paidPrice": 0.3,
                    "merchantCommissionRate": 0,
                    "merchantCommissionRateAmount": 0,
                    "iyziCommissionRateAmount": 0.01047,
                    "iyziCommissionFee": 0.00749251,
                    "blockageRate": 0,
                    "blockageRateAmountMerchant": 0,
                    "blockageRateAmountSubMerchant": 0,
                    "blockageResolvedDate": "2026-06-19T00:00:00Z",
                    "subMerchantPrice": 0,
                    "subMerchantPayoutRate": 0,
                    "subMerchantPayoutAmount": 0,
                    "merchantPayoutAmount": 0.28203749,
                    "convertedPayout": {
                        "paidPrice": 0.3,
                        "iyziCommissionRateAmount": 0.01047,
                        "iyziCommissionFee": 0.00749251,
                        "blockageRateAmountMerchant": 0,
                        "blockageRateAmountSubMerchant": 0,
                        "subMerchantPayoutAmount": 0,
                        "merchantPayoutAmount": 0.28203749,
                        "iyziConversionRate": 0,
                        "iyziConversionRateAmount": 0,
                        "currency": "TRY"
                    },
                    "refunds": []
                }
            ]
        }
    ]
}`

/** `reporting-payment-details.empty-payments.sandbox.json` */
export const reportingEmpty = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1781209781371,
    "conversationId": "nonexistent-order-99999",
    "payments": []
}`

/** `session.success.passive-card.docs.json` */
export const sessionPassiveCard = `{
    "status": "success",
    "locale": "tr",
    "systemTime": 1775471642206,
    "sessionInfo": {
        "sessionToken": "f2f06a82-6480-4d2b-811d-93168ddce577",
        "sessionStatus": "PASSIVE",
        "memberIdentifier": "702831f3-1cc6-4b25-ad2b-878afc64f408",
        "paymentType": "CARD_PAYMENT"
    }
}`

/** `session.error-260016-session-not-found.docs.json` */
export const sessionNotFound = `{
    "status": "failure",
    "errorCode": "260016",
    "errorMessage": "Session token bulunamadı.",
    "systemTime": 1775471996773
}`

/** `error.1000-invalid-signature.sandbox.json` */
export const errorInvalidSignature = `{"status":"failure","errorCode":"1000","errorMessage":"Geçersiz imza","locale":"tr","systemTime":1657783639104,"conversationId":"123456789"}`

/** `error.1001-api-credentials-not-found.json` */
export const errorCredentialsNotFound = `{"status":"failure","errorCode":"1001","errorMessage":"api bilgileri bulunamadı","locale":"tr","systemTime":1486938124223,"conversationId":"58a0e00bbe06f_228"}`

/** `error.5010-3ds-required.json` */
export const error3dsRequired = `{"status":"failure","errorCode":"5010","errorMessage":"İşlemi 3dsecure olarak gerçekleştirmeniz gerekmektedir","locale":"tr","systemTime":1677360825440,"conversationId":"123456789"}`
