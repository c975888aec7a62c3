/** Test credentials shared by the simulator process and the clients (never real ones). */
export const IYZICO = { apiKey: 'bench-api-key', secretKey: 'bench-secret-key' }
export const ESNEKPOS = { merchant: 'TEST1234', merchantKey: '4oK26hK8MOXrIV1bzTRVPA==' }
export const PAYTR = {
  merchantId: '100001',
  merchantKey: 'bench-merchant-key',
  merchantSalt: 'bench-merchant-salt',
}

/** Seeded scenarios the end-to-end cases ask for: a settled, successful payment of each provider. */
export const IYZICO_PAYMENT_ID = '20885695'
export const ESNEKPOS_PAYMENT_REQUEST_ID = '2482'
export const PAYTR_MERCHANT_OID = 'PAYTR0001PAID'
