import type { DurumErrorCode } from '@durum/core'
import type { Money, NormalizedPayment, PaymentIds, StatusProvider } from '@durum/status-normalizer'
import type { MismatchReason } from './reconcile-messages'

/**
 * What the merchant's own books say about a payment, compared with the provider's answer:
 * - `paid`: captured and kept in full (`SUCCEEDED` and `isPaid`);
 * - `partially_refunded`, `refunded`, `cancelled`, `failed`, `authorized`: that status;
 * - `unpaid`: no money kept (`FAILED`, `CANCELLED`, `REFUNDED`, or not yet paid: `PENDING`,
 *   `REQUIRES_ACTION`);
 * - `pending`: nothing decided yet (`PENDING`, `REQUIRES_ACTION`, `UNDER_REVIEW`);
 * - `active`, `inactive`: a tokenization session's status.
 */
export type ExpectedState =
  | 'paid'
  | 'partially_refunded'
  | 'refunded'
  | 'cancelled'
  | 'failed'
  | 'authorized'
  | 'unpaid'
  | 'pending'
  | 'active'
  | 'inactive'

export const EXPECTED_STATES: readonly ExpectedState[] = [
  'paid',
  'partially_refunded',
  'refunded',
  'cancelled',
  'failed',
  'authorized',
  'unpaid',
  'pending',
  'active',
  'inactive',
]

/** A status query, as `getStatus` takes it (`{ provider: 'iyzico', paymentId: '…' }`). */
export type StatusQuery = { readonly provider: string } & Readonly<Record<string, unknown>>

/** One payment to check: the query, and what the merchant's books say about it. */
export interface ReconcileQuery {
  query: StatusQuery
  expected: ExpectedState
  /**
   * Names the query within its account, for the job id and the report (e.g. the order number).
   * Default: the query's own fields, so the same query enqueued twice is the same job.
   */
  key?: string
}

/** An account: one merchant's credentials for one provider, named by an opaque id. */
export interface AccountQueries {
  accountId: string
  queries: Iterable<ReconcileQuery> | AsyncIterable<ReconcileQuery>
}

/** At most `max` requests in any `durationMs` window, per account, across every worker. */
export interface RateLimit {
  max: number
  durationMs: number
}

/** Where Redis is: a `redis://` URL or ioredis options (`{ host, port, … }`). */
export type RedisConnection = string | { host?: string; port?: number; [option: string]: unknown }

/** Where a run lives: Redis, and the names under which its queue and records are kept. */
export interface ReconcileConnectionOptions {
  connection: RedisConnection
  /** The BullMQ queue's name. Default `reconcile`. */
  queueName?: string
  /** The prefix of every Redis key. Default `durum`. */
  prefix?: string
}

/** The platform's credentials resolver: the account's provider, built from credentials kept outside Redis. */
export type ResolveAccount = (accountId: string) => StatusProvider | Promise<StatusProvider>

/** A query's answer as the report keeps it: the normalized result without `raw`, items, attempts or card. */
export interface ReconciledResult {
  kind: 'payment' | 'session'
  provider: string
  source: string
  status: string
  rawStatus: string
  /** Stable and machine-readable (`iyzico.fraud_review`); absent from a provider that gives none. */
  reason?: string
  explanation: string
  /** `isPaid(result)`: the provider's answer proves the payment paid. */
  paid: boolean
  refundsChecked?: boolean
  nextAction?: NormalizedPayment['nextAction']
  failure?: NormalizedPayment['failure']
  fraud?: NormalizedPayment['fraud']
  ids?: PaymentIds
  amount?: Money
  paidAmount?: Money
  refundedAmount?: Money
  occurredAt?: string
  checkedAt: string
}

/** Why a query has no answer: a `DurumError`'s code, or `account` when the credentials resolver failed. */
export interface ReconcileFailure {
  code: DurumErrorCode | 'account'
  /** The error's stable reason (`core.timeout`), when it has one. */
  reason?: string
  message: string
  retryable: boolean
  providerCode?: string
  status?: number
}

interface RecordBase {
  runId: string
  accountId: string
  key: string
  query: StatusQuery
  expected: ExpectedState
  /** How many times the query was sent (1 unless a retryable error was retried). */
  attempts: number
  finishedAt: string
}

/** One query's line in the report. */
export type ReconcileRecord =
  | (RecordBase & { outcome: 'match'; result: ReconciledResult })
  | (RecordBase & {
      outcome: 'mismatch'
      /**
       * e.g. "expected paid, provider says REFUNDED" or "expected paid, refunds unchecked", in the
       * worker's locale.
       */
      mismatch: string
      /** What kind of mismatch, the same in every locale (`reconcile.status_differs`): branch on this. */
      mismatchReason: MismatchReason
      result: ReconciledResult
    })
  | (RecordBase & { outcome: 'error'; error: ReconcileFailure })

export type ReconcileOutcome = ReconcileRecord['outcome']
