/** The ways each provider can be asked, by the name of the id the user holds. */
export const QUERY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  iyzico: ['paymentId', 'paymentConversationId', 'checkoutFormToken', 'session'],
  esnekpos: ['sendPaymentRequestId', 'orderReference'],
  paytr: ['merchantOid'],
}

/** Parameters that refine a provider's query without naming the payment: PayTR's payment window. */
export const OPTION_PARAMS: Readonly<Record<string, readonly string[]>> = {
  paytr: ['payableUntil'],
}

/** The tokenization-session query takes two ids; as URL parameters or CSV columns they are flattened. */
export const SESSION_PARAMS = {
  checkoutFormToken: 'sessionCheckoutFormToken',
  paymentId: 'sessionPaymentId',
} as const

/** Every URL parameter / CSV column that carries an id. */
export const ID_PARAMS: readonly string[] = [
  'paymentId',
  'paymentConversationId',
  'checkoutFormToken',
  SESSION_PARAMS.checkoutFormToken,
  SESSION_PARAMS.paymentId,
  'sendPaymentRequestId',
  'orderReference',
  'merchantOid',
]

export function fieldsOf(provider: string): readonly string[] {
  return QUERY_FIELDS[provider] ?? []
}

/** The engine names a nested field `session.paymentId`; the URL calls it `sessionPaymentId`. */
export function fieldToParam(field: string): string {
  if (field === 'session.checkoutFormToken') return SESSION_PARAMS.checkoutFormToken
  if (field === 'session.paymentId') return SESSION_PARAMS.paymentId
  return field
}

/** Reads a query back as (field, value) pairs for display: `paymentId=1`, `session=tok / 12`. */
export function describeQuery(query: Record<string, unknown>): { field: string; value: string } {
  for (const [key, value] of Object.entries(query)) {
    if (key === 'provider') continue
    if (key === 'session' && typeof value === 'object' && value !== null) {
      const session = value as Record<string, unknown>
      return {
        field: 'session',
        value: `${String(session.checkoutFormToken)} / ${String(session.paymentId)}`,
      }
    }
    return { field: key, value: String(value) }
  }
  return { field: '', value: '' }
}

/** URL parameters that ask for this query: the inverse of `parseStatusQuery`. */
export function queryToParams(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (key === 'session' && typeof value === 'object' && value !== null) {
      const session = value as Record<string, unknown>
      params.set(SESSION_PARAMS.checkoutFormToken, String(session.checkoutFormToken ?? ''))
      params.set(SESSION_PARAMS.paymentId, String(session.paymentId ?? ''))
    } else {
      params.set(key, String(value))
    }
  }
  return params
}
