import type { DurumError } from '@durum/status-normalizer'
import type { BlockView } from './format-result'

/** A failed query as a support person reads it: the code to branch on, then the library's sentence. */
export function formatQueryError(error: DurumError, { text, colors }: BlockView): string {
  return `${colors.red(text('queryFailed', { code: error.code, reason: error.reason }))}\n${error.message}\n`
}
