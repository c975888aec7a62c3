import { DEFAULT_LOCALE, DurumError, type ProviderApi } from '@durum/core'
import {
  defineProvider,
  type NormalizedPayment,
  type NormalizedSession,
  type ProviderCallOptions,
  type StatusProvider,
} from '@durum/status-normalizer'
import { createIyzicoApi, IYZICO_ENDPOINTS, type IyzicoCall } from './iyzico-client'
import { type IyzicoClientOptions, resolveIyzicoOptions } from './iyzico-options'
import { type IyzicoReportingQuery, type IyzicoStatusQuery, IyzicoStatusQuerySchema } from './iyzico-queries'
import type { IyzicoPaymentBody } from './iyzico-schemas'
import { type IyzicoStatusMapping, mapIyzicoPaymentStatus } from './map-iyzico-payment-status'
import {
  type IyzicoRefundLookup,
  matchIyzicoReportingPayment,
  needsIyzicoRefundCheck,
} from './map-iyzico-refund-status'
import { iyzicoStatusFields, normalizeIyzicoPayment } from './normalize-iyzico-payment'
import { normalizeIyzicoSession } from './normalize-iyzico-session'

export type IyzicoOptions = IyzicoClientOptions

type IyzicoApi = ProviderApi<IyzicoCall>

/** The query shapes iyzico answers, and what each answers with. */
export type IyzicoQueryVariant =
  | { query: { paymentId: string }; result: NormalizedPayment }
  | { query: { paymentConversationId: string }; result: NormalizedPayment }
  | { query: { checkoutFormToken: string }; result: NormalizedPayment }
  | { query: { session: { checkoutFormToken: string; paymentId: string } }; result: NormalizedSession }

export type IyzicoProvider = StatusProvider<'iyzico', IyzicoQueryVariant>

/**
 * Asks reporting about refunds and cancels, by the payment's own `paymentId` from iyzico's answer
 * (the `conversationId` there is only an echo), else by the query's `paymentConversationId`. A
 * failure there, or an answer that does not single out this payment, leaves the result unchecked,
 * never wrong; an answer that cannot be read or is not to this question is a `response_format` error.
 */
async function lookUpRefunds(
  api: IyzicoApi,
  refunds: 'check' | 'skip',
  body: IyzicoPaymentBody,
  mapping: IyzicoStatusMapping,
  paymentConversationId: string | undefined,
  options: ProviderCallOptions,
): Promise<IyzicoRefundLookup> {
  if (!needsIyzicoRefundCheck(mapping.status))
    return { kind: 'skipped', why: { reason: 'iyzico.refunds_not_needed' } }
  if (refunds === 'skip') return { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } }
  const asked: IyzicoReportingQuery | undefined =
    body.paymentId != null && body.paymentId !== ''
      ? { paymentId: body.paymentId }
      : paymentConversationId === undefined
        ? undefined
        : { paymentConversationId }
  if (asked === undefined) return { kind: 'skipped', why: { reason: 'iyzico.reporting_unaskable' } }
  try {
    const { body: reporting } = await api.call(IYZICO_ENDPOINTS.reporting, asked, options)
    return matchIyzicoReportingPayment(reporting.payments, asked)
  } catch (error) {
    // Reporting being down leaves refunds unchecked; an answer that is not iyzico's own, or not to
    // this question (replayed, another payment's), fails the query: it is an attack or a fault to see.
    if (options.signal?.aborted || !DurumError.isInstance(error) || error.code === 'response_format')
      throw error
    return { kind: 'skipped', why: { reason: 'iyzico.reporting_unreadable', params: { code: error.code } } }
  }
}

/**
 * The iyzico status provider: payment detail, checkout-form result and tokenization session,
 * normalized, with refunds and cancels of a taken payment read from iyzico's reporting. The engine
 * has validated the query by `querySchema`.
 */
export function iyzico(options: IyzicoOptions = {}): IyzicoProvider {
  const resolved = resolveIyzicoOptions(options)
  const { refunds } = resolved
  const api = createIyzicoApi(resolved)

  async function getStatus(query: IyzicoStatusQuery, callOptions: ProviderCallOptions = {}) {
    const locale = callOptions.locale ?? DEFAULT_LOCALE
    if ('session' in query) {
      const answer = await api.call(IYZICO_ENDPOINTS.session, query.session, callOptions)
      return normalizeIyzicoSession({ ...answer, locale })
    }
    const byToken = 'checkoutFormToken' in query
    const answer = byToken
      ? await api.call(IYZICO_ENDPOINTS.checkoutForm, { token: query.checkoutFormToken }, callOptions)
      : await api.call(IYZICO_ENDPOINTS.paymentDetail, query, callOptions)
    const merchantReference = 'paymentConversationId' in query ? query.paymentConversationId : undefined
    // Mapped once: the status decides on the refund look-up, and the normalizer takes it as is.
    const mapping = mapIyzicoPaymentStatus(iyzicoStatusFields(answer.body), locale)
    const lookup = await lookUpRefunds(api, refunds, answer.body, mapping, merchantReference, callOptions)
    return normalizeIyzicoPayment({
      source: byToken ? 'iyzico.checkout-form' : 'iyzico.payment-detail',
      ...answer,
      merchantReference,
      refunds: lookup,
      mapping,
      locale,
    })
  }

  return defineProvider<'iyzico', IyzicoQueryVariant>({
    name: 'iyzico',
    querySchema: IyzicoStatusQuerySchema,
    getStatus: getStatus as IyzicoProvider['getStatus'],
  })
}
