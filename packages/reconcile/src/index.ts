export type { AccountRateLimit } from './account-rate-limiter'
export { type Comparison, compareExpected, mismatchOf } from './compare-expected'
export {
  createReconcileWorker,
  type ReconcileWorker,
  type ReconcileWorkerOptions,
} from './create-reconcile-worker'
export {
  type EnqueueReconcileRunOptions,
  type EnqueueReconcileRunResult,
  enqueueReconcileRun,
} from './enqueue-reconcile-run'
export {
  formatReconcileRecords,
  RECONCILE_CSV_COLUMNS,
  type ReconcileExportFormat,
} from './format-reconcile-records'
export {
  deleteReconcileRun,
  type ReconcileProgress,
  type ReconcileReport,
  type ReconcileRunOptions,
  readReconcileProgress,
  readReconcileRecords,
  readReconcileReport,
  watchReconcileProgress,
} from './read-reconcile-report'
export { DEFAULT_PREFIX, DEFAULT_QUEUE_NAME, reconcileJobId } from './reconcile-keys'
export { type MismatchOf, type MismatchReason, reconcileMessages } from './reconcile-messages'
export { failureOf, type ReconcileJobData, recordOfFailure, recordOfResult } from './reconcile-record'
export {
  type AccountQueries,
  EXPECTED_STATES,
  type ExpectedState,
  type RateLimit,
  type ReconcileConnectionOptions,
  type ReconciledResult,
  type ReconcileFailure,
  type ReconcileOutcome,
  type ReconcileQuery,
  type ReconcileRecord,
  type RedisConnection,
  type ResolveAccount,
  type StatusQuery,
} from './reconcile-types'
