import { DEFAULT_LOCALE, type Locale, renderReason } from '@durum/core'
import { type MismatchOf, type MismatchReason, reconcileMessages } from './reconcile-messages'
import type { ExpectedState, ReconciledResult } from './reconcile-types'

export type Comparison =
  | { outcome: 'match' }
  | {
      outcome: 'mismatch'
      /** The sentence in the requested locale: "expected paid, provider says REFUNDED". */
      mismatch: string
      /** What kind of mismatch, the same in every locale: `reconcile.status_differs`. */
      mismatchReason: MismatchReason
    }

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
 * Why the provider's answer disagrees with the merchant's books, or `undefined` when it agrees. A
 * status that could still be overturned by a refund or cancel nobody checked (`refundsChecked:
 * false`) never agrees: it is `reconcile.refunds_unchecked`, so a reconcile never confirms what the
 * provider did not prove.
 */
export function mismatchOf(expected: ExpectedState, result: ReconciledResult): MismatchOf | undefined {
  const says = { expected, status: result.status }
  if (SESSION_STATES.has(expected) !== (result.kind === 'session')) {
    return { reason: 'reconcile.wrong_kind', params: { ...says, kind: result.kind } }
  }
  if (!acceptedStatuses(expected).includes(result.status)) {
    return { reason: 'reconcile.status_differs', params: says }
  }
  if (result.refundsChecked === false) return { reason: 'reconcile.refunds_unchecked', params: { expected } }
  if (expected === 'paid' && !result.paid) {
    return { reason: 'reconcile.not_proven_paid', params: { ...says, reason: result.reason } }
  }
  return undefined
}

/** Whether the provider's answer agrees with the merchant's books; a mismatch said in `locale` (default `en`). */
export function compareExpected(
  expected: ExpectedState,
  result: ReconciledResult,
  locale: Locale = DEFAULT_LOCALE,
): Comparison {
  const mismatch = mismatchOf(expected, result)
  if (mismatch === undefined) return { outcome: 'match' }
  return {
    outcome: 'mismatch',
    mismatch: renderReason(reconcileMessages, mismatch, locale),
    mismatchReason: mismatch.reason,
  }
}
