import { createRedactor, DEFAULT_LOCALE, DurumError, type Locale } from '@durum/core'
import { isPaid, type NormalizedResult } from '@durum/status-normalizer'
import { compareExpected } from './compare-expected'
import type {
  ExpectedState,
  ReconciledResult,
  ReconcileFailure,
  ReconcileRecord,
  StatusQuery,
} from './reconcile-types'

/** What a job carries: the query and the merchant's expectation, never a credential. */
export interface ReconcileJobData {
  runId: string
  accountId: string
  key: string
  query: StatusQuery
  expected: ExpectedState
}

// Records go to Redis: anything under a secret-looking key is redacted on the way, whatever a
// provider put there.
const redactor = createRedactor()

/** The result as the report keeps it: no `raw` body, items, attempts or card, so Redis holds no PII beyond ids. */
export function reconciledResultOf(result: NormalizedResult): ReconciledResult {
  const reason = (result as { reason?: unknown }).reason
  const base = {
    kind: result.kind,
    provider: result.provider,
    source: result.source,
    status: result.status,
    rawStatus: result.rawStatus,
    ...(typeof reason === 'string' ? { reason } : {}),
    explanation: result.explanation,
    paid: isPaid(result),
    checkedAt: result.checkedAt,
  }
  if (result.kind === 'session') return base
  const { refundsChecked, nextAction, failure, fraud, ids, amount, paidAmount, refundedAmount, occurredAt } =
    result
  return {
    ...base,
    ...(refundsChecked === undefined ? {} : { refundsChecked }),
    ...(nextAction === undefined ? {} : { nextAction }),
    ...(failure === undefined ? {} : { failure }),
    ...(fraud === undefined ? {} : { fraud }),
    ids,
    ...(amount === undefined ? {} : { amount }),
    ...(paidAmount === undefined ? {} : { paidAmount }),
    ...(refundedAmount === undefined ? {} : { refundedAmount }),
    ...(occurredAt === undefined ? {} : { occurredAt }),
  }
}

/**
 * Why a query failed, as the report keeps it. A `DurumError`'s message is already free of secrets;
 * anything else came from the platform's credentials resolver, whose text durum cannot vouch for, so
 * only its type is kept.
 */
export function failureOf(error: unknown): ReconcileFailure {
  if (DurumError.isInstance(error)) {
    return {
      code: error.code,
      ...(typeof error.reason === 'string' ? { reason: error.reason } : {}),
      message: error.message,
      retryable: error.retryable,
      ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
      ...(error.status === undefined ? {} : { status: error.status }),
    }
  }
  const type = error instanceof Error ? error.name : typeof error
  return {
    code: 'account',
    message: `The credentials resolver failed for this account (${type}); its message is not kept, as it may hold a credential.`,
    retryable: false,
  }
}

function base(job: ReconcileJobData, attempts: number) {
  return {
    runId: job.runId,
    accountId: job.accountId,
    key: job.key,
    query: job.query,
    expected: job.expected,
    attempts,
    finishedAt: new Date().toISOString(),
  }
}

/** A query's record from its result: compared with the expectation (a mismatch said in `locale`), redacted, without `raw`. */
export function recordOfResult(
  job: ReconcileJobData,
  result: NormalizedResult,
  attempts: number,
  locale: Locale = DEFAULT_LOCALE,
): ReconcileRecord {
  const reconciled = redactor.value(reconciledResultOf(result))
  const comparison = compareExpected(job.expected, reconciled, locale)
  if (comparison.outcome === 'match') return { ...base(job, attempts), outcome: 'match', result: reconciled }
  const { mismatch, mismatchReason } = comparison
  return { ...base(job, attempts), outcome: 'mismatch', mismatch, mismatchReason, result: reconciled }
}

/** A query's record from the failure that ended it (see `failureOf`). */
export function recordOfFailure(
  job: ReconcileJobData,
  failure: ReconcileFailure,
  attempts: number,
): ReconcileRecord {
  return { ...base(job, attempts), outcome: 'error', error: redactor.value(failure) }
}
