import { ValidationError } from '@durum/status-normalizer'
import type { Context } from 'hono'
import { parseBatchInput } from '../batch/parse-batch-input'
import type { DemoQuery } from '../demo-types'
import type { Lang } from '../i18n/pick-lang'

/**
 * The queries of a `POST /api/statuses` JSON body: `{ "queries": [...] }` (or an array) of engine
 * queries, or `{ "text": "<ids or CSV>", "provider"?, "by"? }` for what a user pasted or uploaded.
 * The route has already refused any other content type. Pasted ids and CSV lines are refused in
 * `lang`, as the page shows them; the JSON shape errors are a developer's and stay English.
 */
export async function readBatchRequest(
  c: Context,
  providers: readonly string[],
  maxQueries: number,
  lang: Lang,
): Promise<DemoQuery[]> {
  return fromJson(await c.req.text(), providers, maxQueries, lang)
}

function optionalText(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  if (value === undefined || typeof value === 'string') return value
  throw new ValidationError({ field, message: `${field} must be text.` })
}

function fromJson(text: string, providers: readonly string[], maxQueries: number, lang: Lang): DemoQuery[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ValidationError({ field: 'body', message: 'The body is not valid JSON.' })
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'text' in body) {
    const fields = body as Record<string, unknown>
    const input = optionalText(fields, 'text') ?? ''
    const defaults = { provider: optionalText(fields, 'provider'), by: optionalText(fields, 'by') }
    return parseBatchInput(input, defaults, providers, maxQueries, lang)
  }
  const queries = Array.isArray(body) ? body : (body as { queries?: unknown } | null)?.queries
  if (!Array.isArray(queries)) {
    throw new ValidationError({
      field: 'queries',
      message:
        'Send { "queries": [ { "provider": …, <id>: … }, … ] }, or { "text": "<ids or CSV>", "provider": …, "by": … }.',
    })
  }
  if (queries.length === 0)
    throw new ValidationError({ field: 'queries', message: 'The queries list is empty.' })
  if (queries.length > maxQueries) {
    throw new ValidationError({
      field: 'queries',
      message: `${queries.length} queries is more than this demo checks at once (${maxQueries}); split the list.`,
    })
  }
  return queries.map((query, i) => {
    if (
      typeof query !== 'object' ||
      query === null ||
      typeof (query as { provider?: unknown }).provider !== 'string'
    ) {
      throw new ValidationError({ field: `queries[${i}].provider`, message: `Query ${i} needs a provider.` })
    }
    return query as DemoQuery
  })
}
