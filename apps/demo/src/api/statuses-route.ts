import { isPaid, type Locale } from '@durum/status-normalizer'
import type { Context } from 'hono'
import { createBatchSummary } from '../batch/batch-summary'
import type { DemoBatchResult, DemoNormalizer } from '../demo-types'
import { errorJson, toErrorResponse } from './error-response'
import { readBatchRequest } from './read-batch-request'
import { errorReply } from './reply'

export interface BatchSettings {
  concurrency: number
  ratePerMinute?: number | undefined
  maxQueries: number
}

/**
 * `POST /api/statuses`: runs the engine's batch and streams NDJSON as results arrive, so a page (or
 * `curl`) sees progress live. A client that goes away cancels the rest of the batch.
 */
export function statusesRoute(
  normalizer: DemoNormalizer,
  providers: readonly string[],
  settings: BatchSettings,
  localeOf: (c: Context) => Locale,
) {
  return async (c: Context) => {
    let queries: Awaited<ReturnType<typeof readBatchRequest>>
    try {
      queries = await readBatchRequest(c, providers, settings.maxQueries, localeOf(c))
    } catch (error) {
      return errorReply(c, error)
    }
    const abort = new AbortController()
    c.req.raw.signal.addEventListener('abort', () => abort.abort(c.req.raw.signal.reason), { once: true })
    let started = 0
    const results = normalizer
      .getStatuses(queries, {
        locale: localeOf(c),
        concurrency: settings.concurrency,
        ...(settings.ratePerMinute === undefined ? {} : { ratePerMinute: settings.ratePerMinute }),
        signal: abort.signal,
        onProgress: (progress) => {
          started = progress.started
        },
      })
      [Symbol.asyncIterator]()
    const summary = createBatchSummary(queries.length)
    const encoder = new TextEncoder()
    const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(line({ type: 'start', total: queries.length }))
      },
      async pull(controller) {
        try {
          const next = await results.next()
          if (next.done) {
            controller.enqueue(line({ type: 'done', summary: summary.snapshot() }))
            controller.close()
            return
          }
          summary.add(next.value)
          const { completed, succeeded, failed, total } = summary.snapshot()
          controller.enqueue(line(resultLine(next.value)))
          controller.enqueue(
            line({
              type: 'progress',
              started: Math.max(started, completed),
              completed,
              succeeded,
              failed,
              total,
            }),
          )
        } catch (error) {
          controller.enqueue(line({ type: 'error', error: toErrorResponse(error).body.error }))
          controller.close()
        }
      },
      async cancel() {
        abort.abort()
        await results.return?.()
      },
    })
    return c.body(body, 200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
    })
  }
}

function resultLine(result: DemoBatchResult) {
  return result.ok
    ? {
        type: 'result',
        index: result.index,
        query: result.query,
        ok: true,
        // The verdict travels beside the result, so clients (and app.js) never judge it from the status word.
        paid: isPaid(result.result),
        result: result.result,
      }
    : { type: 'result', index: result.index, query: result.query, ok: false, error: errorJson(result.error) }
}
