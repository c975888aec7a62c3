import { readFile } from 'node:fs/promises'
import type { ExpectedState } from '@durum/reconcile'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { EXIT } from './exit-codes'
import { type OrderRow, readOrdersCsv } from './read-orders-csv'

/** The orders of a CSV file; an unreadable or invalid one is a usage error naming the file. */
export async function readOrdersFile(
  context: CliContext,
  file: string,
  options: { expectedStates: readonly ExpectedState[]; accounts: boolean },
): Promise<OrderRow[]> {
  const csv = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(
      EXIT.usage,
      context.text('fileUnreadable', { file, code: error.code ?? error.message }),
    )
  })
  try {
    return readOrdersCsv(csv, { ...options, text: context.text })
  } catch (error) {
    if (error instanceof CliFailure) throw new CliFailure(error.exitCode, `${file}: ${error.message}`)
    throw error
  }
}
