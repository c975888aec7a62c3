import type { Failure, NextAction, SessionStatus } from '../normalized-result'
import type { PaymentStatus } from '../payment-status'

const ACME_PAYMENT_STATES = ['created', 'action_required', 'paid', 'declined', 'refunded'] as const
type AcmePaymentState = (typeof ACME_PAYMENT_STATES)[number]

export interface AcmePaymentMapping {
  status: PaymentStatus
  explanation: string
  nextAction?: NextAction
  failure?: Failure
}

/** Pure: acme's `state` (and decline reason) → the normalized status and the rule that fired. */
export function mapAcmePaymentState(state: string, reason?: string): AcmePaymentMapping {
  if (!isKnown(state)) {
    return {
      status: 'UNKNOWN',
      explanation: `acme reported state "${state}", which this version does not know.`,
    }
  }
  switch (state) {
    case 'created':
      return { status: 'PENDING', explanation: 'acme state "created": the customer has not paid yet.' }
    case 'action_required':
      return {
        status: 'REQUIRES_ACTION',
        nextAction: 'customer_3ds',
        explanation: 'acme state "action_required": waiting for the customer to finish 3-D Secure.',
      }
    case 'paid':
      return { status: 'SUCCEEDED', explanation: 'acme state "paid": the payment was captured.' }
    case 'declined':
      return {
        status: 'FAILED',
        failure: { category: 'declined', ...(reason === undefined ? {} : { message: reason }) },
        explanation: 'acme state "declined": the bank declined the payment.',
      }
    case 'refunded':
      return { status: 'REFUNDED', explanation: 'acme state "refunded": the payment was refunded in full.' }
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
