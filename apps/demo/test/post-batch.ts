import type { NormalizedResult } from '@durum/status-normalizer'
import type { Hono } from 'hono'
import type { DemoQuery } from '../src/demo-types'

/** One NDJSON line of a batch; which fields are set depends on `type`. */
export interface BatchLine {
  type: 'start' | 'result' | 'progress' | 'done' | 'error'
  index: number
  ok: boolean
  query: DemoQuery
  paid: boolean
  result: NormalizedResult
  error: { code: string }
  completed: number
  total: number
  summary: { paid: number; byStatus: Record<string, number>; byError: Record<string, number> }
}

/**
 * Posts a batch as the page does: JSON, `{ queries }` or `{ text, provider?, by? }` (a string is sent
 * as it is). The NDJSON lines of a stream, or the JSON of a refusal.
 */
export async function postBatch(app: Hono, body: unknown) {
  const response = await app.request('/api/statuses', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  const lines =
    response.headers.get('content-type')?.startsWith('application/x-ndjson') === true
      ? text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as BatchLine)
      : []
  return {
    status: response.status,
    lines,
    text,
    json: lines.length === 0 ? (JSON.parse(text) as unknown) : undefined,
  }
}
