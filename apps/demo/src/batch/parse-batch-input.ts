import { ValidationError } from '@durum/status-normalizer'
import type { DemoQuery } from '../demo-types'
import { demoError } from '../i18n/demo-messages'
import type { Lang } from '../i18n/pick-lang'
import { parseStatusQuery } from '../query/parse-status-query'
import { fieldsOf, ID_PARAMS } from '../query/query-fields'
import { parseCsv } from './parse-csv'

export interface BatchInputDefaults {
  /** For pasted ids or a CSV without a provider column. */
  provider?: string | undefined
  /** For pasted ids: which id they are (`paymentId`, `orderReference`, …). */
  by?: string | undefined
}

/**
 * Reads what a user pasted or uploaded into engine queries. A CSV whose first row names columns
 * (`provider`, `paymentId`, `sendPaymentRequestId`, `sessionCheckoutFormToken`, … as in the API)
 * gives one query per row; anything else is a list of ids, one per line (as the page's label says; an
 * id is never split at a space or comma inside its line), all of the kind `by` for `provider`. Errors
 * name the line and the column.
 */
export function parseBatchInput(
  text: string,
  defaults: BatchInputDefaults,
  providers: readonly string[],
  maxQueries: number,
  lang: Lang = 'en',
): DemoQuery[] {
  const rows = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''))
  const header = rows[0]?.map((cell) => cell.trim())
  const queries = header?.some((cell) => cell === 'provider' || ID_PARAMS.includes(cell))
    ? fromTable(header, rows.slice(1), defaults, providers, lang)
    : fromIdList(text, defaults, providers, lang)
  if (queries.length === 0) throw demoError(lang, 'demo.ids_missing', 'queries', undefined)
  if (queries.length > maxQueries) {
    throw demoError(lang, 'demo.too_many_ids', 'queries', { count: queries.length, max: maxQueries })
  }
  return queries
}

function fromTable(
  header: string[],
  rows: string[][],
  defaults: BatchInputDefaults,
  providers: readonly string[],
  lang: Lang,
): DemoQuery[] {
  return rows.map((row, i) => {
    const get = (name: string): string | undefined => {
      const column = header.indexOf(name)
      const cell = column === -1 ? undefined : row[column]?.trim()
      if (name === 'provider') return cell || defaults.provider
      return cell === '' ? undefined : cell
    }
    try {
      return parseStatusQuery(get, providers, lang)
    } catch (error) {
      // Line numbers count the header, as a spreadsheet shows them.
      if (error instanceof ValidationError) {
        const line = i + 2
        throw demoError(lang, 'demo.csv_line', `line ${line}: ${error.field}`, {
          line,
          message: error.message,
        })
      }
      throw error
    }
  })
}

function fromIdList(
  text: string,
  defaults: BatchInputDefaults,
  providers: readonly string[],
  lang: Lang,
): DemoQuery[] {
  const ids = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((id) => id !== '')
  if (ids.length === 0) return []
  const provider = defaults.provider?.trim()
  if (!provider || !providers.includes(provider)) {
    throw demoError(lang, 'demo.ids_provider_missing', 'provider', { providers })
  }
  const by = defaults.by?.trim()
  const fields = fieldsOf(provider)
  if (!by || !fields.includes(by) || by === 'session') {
    throw demoError(lang, 'demo.ids_type_missing', 'by', {
      provider,
      fields: fields.filter((f) => f !== 'session'),
    })
  }
  return ids.map((id) => ({ provider, [by]: id }))
}
