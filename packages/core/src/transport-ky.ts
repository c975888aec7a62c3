import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky'
import { DurumError } from './durum-error'
import { timedOut } from './exchange'
import { type FetchAnswer, fetchAnswer } from './fetch-exchange'
import type { Transport, TransportRequest, TransportResponse } from './transport'
import type { TransportPolicy } from './transport-policy'

// Every status ky may retry; whether it does is the policy's answer, through `throwHttpErrors`.
const retryableStatuses = [429, ...Array.from({ length: 100 }, (_, index) => 500 + index)]

/** The headers of a retry on the request ky is about to send: `next` set, what only `previous` had dropped. */
function replaceHeaders(
  headers: Headers,
  previous: Record<string, string>,
  next: Record<string, string>,
): void {
  for (const name in previous) if (!(name in next)) headers.delete(name)
  for (const name in next) headers.set(name, next[name] as string)
}

/**
 * ky runs the attempts over a fetch-compatible function (the global `fetch` unless one is given):
 * its retry loop, its per-attempt timer (which covers the body, read inside the fetch it calls), its
 * abortable delays and its `beforeRetry` hook for headers signed afresh. `policy` answers every
 * question ky asks: what is retried, how long to wait, which `Retry-After` is refused.
 */
export function kyTransport(policy: TransportPolicy, userFetch: typeof fetch | undefined): Transport {
  // Looked up per call, so a `fetch` installed after this transport (a test's, an instrumentation's) is used.
  const send: typeof fetch = userFetch ?? ((input, init) => globalThis.fetch(input, init))
  const client = ky.create({
    redirect: 'manual',
    timeout: policy.timeout,
    retry: {
      methods: ['get', 'post'],
      statusCodes: retryableStatuses,
      // `Retry-After` is the policy's to read (it may refuse to wait), not ky's.
      afterStatusCodes: [],
      retryOnTimeout: true,
    },
  })

  async function request(request: TransportRequest): Promise<TransportResponse> {
    const url = policy.url(request.path)
    const attempts = policy.attempts(request)
    if (request.signal?.aborted) throw policy.cancelled(request)
    const context = {
      provider: policy.provider,
      source: request.source,
      maxResponseBytes: policy.maxResponseBytes,
    }
    let attempt = 1
    let sent = await policy.headers(request, url, attempt)
    let started = policy.startClock()
    let wait = 0
    let answer: FetchAnswer | undefined
    try {
      await client(url, {
        method: request.method,
        headers: sent,
        body: request.body,
        signal: request.signal,
        fetch: async (input: RequestInfo | URL) => {
          answer = await fetchAnswer(send, input as Request, context)
          return answer.response
        },
        throwHttpErrors: (status) => policy.retriesStatus(status, attempt, attempts),
        retry: {
          limit: attempts - 1,
          delay: () => wait,
          shouldRetry: ({ error }) => {
            // A redirect, an oversized answer: the same again on every attempt.
            if (DurumError.isInstance(error)) return false
            if (isHTTPError(error) && answer !== undefined) {
              policy.answered(request, url, attempt, started, answer)
              wait = policy.waitAfterStatus(request, answer, attempt)
            } else {
              wait = policy.waitAfterFailure(attempt)
            }
            return true
          },
        },
        hooks: {
          beforeRetry: [
            async ({ request: next }) => {
              attempt++
              const headers = await policy.headers(request, url, attempt)
              replaceHeaders(next.headers, sent, headers)
              sent = headers
              started = policy.startClock()
            },
          ],
        },
      })
    } catch (error) {
      if (request.signal?.aborted) throw policy.cancelled(request)
      if (DurumError.isInstance(error)) throw error
      const failure = isTimeoutError(error) ? timedOut : isNetworkError(error) ? error.cause : error
      throw policy.failed(request, failure, attempt, attempts)
    }
    const final = answer as FetchAnswer
    policy.answered(request, url, attempt, started, final)
    return { status: final.status, headers: final.headers, text: final.text, url: final.url }
  }

  return { request }
}
