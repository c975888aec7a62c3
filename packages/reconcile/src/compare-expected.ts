import type { ExpectedState, ReconciledResult } from './reconcile-types'

export type Comparison = { outcome: 'match' } | { outcome: 'mismatch'; mismatch: string }

const MATCH: Comparison = { outcome: 'match' }

/** The statuses each expectation accepts; `paid` also needs `isPaid`, sessions need a session. */
function acceptedStatuses(expected: ExpectedState): readonly string[] {
  switch (expected) {
    case 'paid':
      return ['SUCCEEDED']
    case 'partially_refunded':
      return ['PARTIALLY_REFUNDED']
    case 'refunded':
      return ['REFUNDED']
    case 'cancelled':
      return ['CANCELLED']
    case 'failed':
      return ['FAILED']
    case 'authorized':
      return ['AUTHORIZED']
    case 'unpaid':
      return ['FAILED', 'CANCELLED', 'REFUNDED', 'PENDING', 'REQUIRES_ACTION']
    case 'pending':
      return ['PENDING', 'REQUIRES_ACTION', 'UNDER_REVIEW']
    case 'active':
      return ['ACTIVE']
    case 'inactive':
      return ['INACTIVE']
    default: {
      const unreachable: never = expected
      throw new TypeError(`unknown expected state ${String(unreachable)}`)
    }
  }
}

const SESSION_STATES: ReadonlySet<ExpectedState> = new Set(['active', 'inactive'])

/**
 * Whether the provider's answer agrees with the merchant's books. A status that could still be
 * overturned by a refund or cancel nobody checked (`refundsChecked: false`) never agrees: it says
 * "refunds unchecked" instead, so a reconcile never confirms what the provider did not prove.
 */
export function compareExpected(expected: ExpectedState, result: ReconciledResult): Comparison {
  const says = `expected ${expected}, provider says ${result.status}`
  if (SESSION_STATES.has(expected) !== (result.kind === 'session')) {
    return {
      outcome: 'mismatch',
      mismatch: `${says} (a ${result.kind}, not a ${SESSION_STATES.has(expected) ? 'session' : 'payment'})`,
    }
  }
  if (!acceptedStatuses(expected).includes(result.status)) return { outcome: 'mismatch', mismatch: says }
  if (result.refundsChecked === false) {
    return { outcome: 'mismatch', mismatch: `expected ${expected}, refunds unchecked` }
  }
  if (expected === 'paid' && !result.paid) {
    return {
      outcome: 'mismatch',
      mismatch: `${says}, not proven paid${result.reason === undefined ? '' : ` (${result.reason})`}`,
    }
  }
  return MATCH
}
