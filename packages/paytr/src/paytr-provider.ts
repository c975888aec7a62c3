import { nowIso } from '@durum/core'
import { defineProvider, type ProviderCallOptions, type StatusProvider } from '@durum/status-normalizer'
import { normalizePaytrPayment, type PaytrPayment } from './normalize-paytr-payment'
import { createPaytrApi, PAYTR_ENDPOINTS } from './paytr-client'
import { type PaytrClientOptions, resolvePaytrOptions } from './paytr-options'
import { type PaytrStatusQuery, PaytrStatusQuerySchema } from './paytr-queries'

export type PaytrOptions = PaytrClientOptions

/** The query shape PayTR answers, and what it answers with. */
export type PaytrQueryVariant = {
  query: { merchantOid: string; payableUntil?: string | undefined }
  result: PaytrPayment
}

export type PaytrProvider = StatusProvider<'paytr', PaytrQueryVariant>

/**
 * The PayTR status provider: an order by `merchantOid` (durum-sorgu), normalized. The engine has
 * validated the query by `querySchema`.
 */
export function paytr(options: PaytrOptions = {}): PaytrProvider {
  const api = createPaytrApi(resolvePaytrOptions(options))

  async function getStatus(
    query: PaytrStatusQuery,
    callOptions: ProviderCallOptions = {},
  ): Promise<PaytrPayment> {
    const { body, raw } = await api.call(PAYTR_ENDPOINTS.status, query, callOptions)
    return normalizePaytrPayment(body, {
      merchantOid: query.merchantOid,
      payableUntil: query.payableUntil,
      raw,
      checkedAt: nowIso(),
      locale: callOptions.locale,
    })
  }

  return defineProvider<'paytr', PaytrQueryVariant>({
    name: 'paytr',
    querySchema: PaytrStatusQuerySchema,
    getStatus,
  })
}
