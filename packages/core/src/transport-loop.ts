import { abortableDelay } from './abortable-delay'
import { DurumError } from './durum-error'
import type { Exchange } from './exchange'
import type { Transport, TransportRequest, TransportResponse } from './transport'
import type { TransportPolicy } from './transport-policy'

/**
 * Runs each request's attempts over `exchange` (one timer per attempt, covering the request and its
 * body), retrying and waiting between them as `policy` says. Both paths run through it.
 */
export function loopTransport(policy: TransportPolicy, exchange: Exchange): Transport {
  async function request(request: TransportRequest): Promise<TransportResponse> {
    const url = policy.url(request.path)
    const attempts = policy.attempts(request)
    for (let attempt = 1; ; attempt++) {
      if (request.signal?.aborted) throw policy.cancelled(request)
      const headers = await policy.headers(request, url, attempt)
      let wait: number
      try {
        const started = policy.startClock()
        const response = await exchange({
          method: request.method,
          url,
          headers,
          body: request.body,
          signal: request.signal,
          timeoutMs: policy.timeout,
          maxResponseBytes: policy.maxResponseBytes,
          provider: policy.provider,
          source: request.source,
        })
        policy.answered(request, url, attempt, started, response)
        if (!policy.retriesStatus(response.status, attempt, attempts)) return response
        wait = policy.waitAfterStatus(request, response, attempt)
      } catch (error) {
        if (request.signal?.aborted) throw policy.cancelled(request)
        // A redirect, an oversized answer or a refused Retry-After would come back the same: not retried.
        if (DurumError.isInstance(error)) throw error
        if (attempt >= attempts) throw policy.failed(request, error, attempt, attempts)
        wait = policy.waitAfterFailure(attempt)
      }
      try {
        await abortableDelay(wait, request.signal)
      } catch {
        throw policy.cancelled(request)
      }
    }
  }

  return { request }
}
