import { DEFAULT_LOCALE, type Locale, type ReasonOf, renderReason } from '@durum/core'
import type { Failure, NextAction, SessionStatus } from '../normalized-result'
import type { PaymentStatus } from '../payment-status'
import { type AcmeReason, acmeMessages } from './acme-messages'

const ACME_PAYMENT_STATES = ['created', 'action_required', 'paid', 'declined', 'refunded'] as const
type AcmePaymentState = (typeof ACME_PAYMENT_STATES)[number]

export interface AcmePaymentMapping {
  status: PaymentStatus
  reason: AcmeReason
  explanation: string
  nextAction?: NextAction
  failure?: Failure
}

/**
 * Pure: acme's `state` (and decline reason) → the normalized status and the rule that fired, its
 * sentence from the catalog in `locale`.
 */
export function mapAcmePaymentState(
  state: string,
  reason?: string,
  locale: Locale = DEFAULT_LOCALE,
): AcmePaymentMapping {
  const why = (status: PaymentStatus, said: ReasonOf<typeof acmeMessages>): AcmePaymentMapping => ({
    status,
    reason: said.reason,
    explanation: renderReason(acmeMessages, said, locale),
  })
  if (!isKnown(state)) return why('UNKNOWN', { reason: 'acme.unknown_state', params: { state } })
  switch (state) {
    case 'created':
      return why('PENDING', { reason: 'acme.created' })
    case 'action_required':
      return { ...why('REQUIRES_ACTION', { reason: 'acme.action_required' }), nextAction: 'customer_3ds' }
    case 'paid':
      return why('SUCCEEDED', { reason: 'acme.paid' })
    case 'declined':
      return {
        ...why('FAILED', { reason: 'acme.declined' }),
        failure: { category: 'declined', ...(reason === undefined ? {} : { message: reason }) },
      }
    case 'refunded':
      return why('REFUNDED', { reason: 'acme.refunded' })
    default: {
      const unhandled: never = state
      return unhandled
    }
  }
}

/** Pure: acme's session `state` → the normalized session status. */
export function mapAcmeSessionState(state: string): SessionStatus {
  if (state === 'active') return 'ACTIVE'
  if (state === 'inactive') return 'INACTIVE'
  return 'UNKNOWN'
}

function isKnown(state: string): state is AcmePaymentState {
  return (ACME_PAYMENT_STATES as readonly string[]).includes(state)
}
