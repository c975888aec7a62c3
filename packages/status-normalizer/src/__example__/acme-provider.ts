import { DEFAULT_LOCALE, nowIso } from '@durum/core'
import { defineProvider, type ProviderCallOptions, type StatusProvider } from '../define-provider'
import type { NormalizedPayment, NormalizedSession } from '../normalized-result'
import { ACME_ENDPOINTS, createAcmeApi } from './acme-client'
import { type AcmeOptions, resolveAcmeOptions } from './acme-options'
import { type AcmeStatusQuery, AcmeStatusQuerySchema } from './acme-schemas'
import { normalizeAcmePayment, normalizeAcmeSession } from './normalize-acme-answer'

/**
 * The example provider: a made-up payment service "acme" with two queries, written the way a real
 * provider package is: the provider kit runs the call path; acme brings its endpoint table, its
 * schemas, its error and state mappings and its simulator. See docs/ADDING-A-PROVIDER.md.
 */

/** The query shapes acme answers, and what each answers with: the engine types `getStatus` from this. */
export type AcmeVariants =
  | { query: { paymentId: string }; result: NormalizedPayment }
  | { query: { session: { token: string } }; result: NormalizedSession }

export type AcmeProvider = StatusProvider<'acme', AcmeVariants>

export function acme(options: AcmeOptions = {}): AcmeProvider {
  const api = createAcmeApi(resolveAcmeOptions(options))

  // The engine has validated the query by `querySchema`: it arrives typed, and is not checked again.
  async function getStatus(query: AcmeStatusQuery, callOptions: ProviderCallOptions = {}) {
    const locale = callOptions.locale ?? DEFAULT_LOCALE
    if ('session' in query) {
      const { body, raw } = await api.call(ACME_ENDPOINTS.session, query, callOptions)
      return normalizeAcmeSession(body, { raw, checkedAt: nowIso(), locale })
    }
    const { body, raw } = await api.call(ACME_ENDPOINTS.payment, query, callOptions)
    return normalizeAcmePayment(body, { raw, checkedAt: nowIso(), locale })
  }

  return defineProvider<'acme', AcmeVariants>({
    name: 'acme',
    querySchema: AcmeStatusQuerySchema,
    getStatus: getStatus as AcmeProvider['getStatus'],
  })
}
