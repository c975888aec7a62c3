import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { paytr } from '@durum/paytr'
import { createPaytrSimulator } from '@durum/paytr/testing'
import { createStatusNormalizer, type Locale, type NormalizedResult } from '@durum/status-normalizer'

const iyzicoKeys = { apiKey: 'in-process-api-key', secretKey: 'in-process-secret-key' }
const esnekposKeys = { merchant: 'TEST1234', merchantKey: '4oK26hK8MOXrIV1bzTRVPA==' }
const paytrKeys = {
  merchantId: '200002',
  merchantKey: 'in-process-merchant-key',
  merchantSalt: 'in-process-salt',
}

/** What the library itself answers for `query` from the same simulators, to compare the CLI's output with. */
export async function libraryAnswer(
  query: Record<string, unknown>,
  locale: Locale = 'en',
): Promise<NormalizedResult> {
  const iyzicoSimulator = createIyzicoSimulator(iyzicoKeys)
  const esnekposSimulator = createEsnekposSimulator(esnekposKeys)
  const paytrSimulator = createPaytrSimulator(paytrKeys)
  const durum = createStatusNormalizer({
    providers: [
      iyzico({ ...iyzicoKeys, baseUrl: 'http://iyzico.test', fetch: iyzicoSimulator.fetch }),
      esnekpos({ ...esnekposKeys, baseUrl: 'http://esnekpos.test', fetch: esnekposSimulator.fetch }),
      paytr({ ...paytrKeys, baseUrl: 'http://paytr.test', fetch: paytrSimulator.fetch }),
    ],
  })
  return durum.getStatus(query as never, { locale })
}

/** The error message the library gives for `query`. */
export async function libraryError(query: Record<string, unknown>, locale: Locale = 'en'): Promise<Error> {
  try {
    await libraryAnswer(query, locale)
  } catch (error) {
    return error as Error
  }
  throw new Error(`${JSON.stringify(query)} did not fail`)
}
