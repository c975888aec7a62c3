import { nowIso } from '@durum/core'
import {
  defineProvider,
  type NormalizedPayment,
  type ProviderCallOptions,
  type StatusProvider,
} from '@durum/status-normalizer'
import { createEsnekposApi, ESNEKPOS_ENDPOINTS } from './esnekpos-client'
import { type EsnekposClientOptions, resolveEsnekposOptions } from './esnekpos-options'
import { type EsnekposStatusQuery, EsnekposStatusQuerySchema } from './esnekpos-queries'
import { normalizeEsnekposOrder, normalizeEsnekposPaymentRequest } from './normalize-esnekpos-payment'

export type EsnekposOptions = EsnekposClientOptions

/** The query shapes EsnekPOS answers, and what each answers with. */
export type EsnekposQueryVariant =
  | { query: { sendPaymentRequestId: string }; result: NormalizedPayment }
  | { query: { orderReference: string }; result: NormalizedPayment }

export type EsnekposProvider = StatusProvider<'esnekpos', EsnekposQueryVariant>

/**
 * The EsnekPOS status provider: a payment request (link) by `sendPaymentRequestId`, or an order by
 * `orderReference` (ProcessQuery), normalized. The engine has validated the query by `querySchema`.
 */
export function esnekpos(options: EsnekposOptions = {}): EsnekposProvider {
  const api = createEsnekposApi(resolveEsnekposOptions(options))

  async function getStatus(query: EsnekposStatusQuery, callOptions: ProviderCallOptions = {}) {
    if ('sendPaymentRequestId' in query) {
      const { body, raw } = await api.call(ESNEKPOS_ENDPOINTS.paymentRequest, query, callOptions)
      return normalizeEsnekposPaymentRequest(body, { raw, checkedAt: nowIso(), locale: callOptions.locale })
    }
    const { body, raw } = await api.call(ESNEKPOS_ENDPOINTS.order, query, callOptions)
    return normalizeEsnekposOrder(body, { raw, checkedAt: nowIso(), locale: callOptions.locale })
  }

  return defineProvider<'esnekpos', EsnekposQueryVariant>({
    name: 'esnekpos',
    querySchema: EsnekposStatusQuerySchema,
    getStatus: getStatus as EsnekposProvider['getStatus'],
  })
}
