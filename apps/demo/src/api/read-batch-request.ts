import { ValidationError } from '@durum/core'
import type { Context } from 'hono'
import { parseBatchInput } from '../batch/parse-batch-input'
import type { DemoQuery } from '../demo-types'

/**
 * The queries of a `POST /api/statuses`, from any of: JSON (`{ "queries": [...] }` or an array of
 * engine queries), CSV or plain text (ids, with `?provider=&by=` for a bare list), or an HTML form
 * post (`ids`, an optional `file`, `provider`, `by`).
 */
export async function readBatchRequest(
  c: Context,
  providers: readonly string[],
  maxQueries: number,
): Promise<DemoQuery[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json') return fromJson(await c.req.text(), maxQueries)
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const form = await c.req.parseBody()
    const file = form.file instanceof File && form.file.size > 0 ? await form.file.text() : ''
    const ids = typeof form.ids === 'string' ? form.ids : ''
    return parseBatchInput(`${file}\n${ids}`, defaults(form.provider, form.by), providers, maxQueries)
  }
  return parseBatchInput(
    await c.req.text(),
    defaults(c.req.query('provider'), c.req.query('by')),
    providers,
    maxQueries,
  )
}

function defaults(provider: unknown, by: unknown) {
  return {
    provider: typeof provider === 'string' ? provider : undefined,
    by: typeof by === 'string' ? by : undefined,
  }
}

function fromJson(text: string, maxQueries: number): DemoQuery[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ValidationError({ field: 'body', message: 'The body is not valid JSON.' })
  }
  const queries = Array.isArray(body) ? body : (body as { queries?: unknown } | null)?.queries
  if (!Array.isArray(queries)) {
    throw new ValidationError({
      field: 'queries',
      message: 'Send { "queries": [ { "provider": …, <id>: … }, … ] }.',
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
