import { DurumError } from '@durum/status-normalizer'
import type { BlockView } from './format-result'

/** A failed query as a support person reads it: the code to branch on, then the library's sentence. */
export function formatQueryError(error: DurumError, { text, colors }: BlockView): string {
  return `${colors.red(text('queryFailed', { code: error.code, reason: error.reason }))}\n${error.message}\n`
}

/** A failed query for a script: the error's own log-safe JSON view. */
export function queryErrorJson(error: DurumError): Record<string, unknown> {
  return error.toJSON()
}

export function isDurumError(error: unknown): error is DurumError {
  return DurumError.isInstance(error)
}
