import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { createFloorPost, iyzicoHeaders } from '../clients/floor.mjs'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID, IYZICO, IYZICO_PAYMENT_ID } from '../credentials.mjs'

/** Samples RSS every few milliseconds while `work` runs; returns its result, wall time and peak RSS. */
async function measured(work) {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  const started = performance.now()
  const result = await work()
  const wallMs = performance.now() - started
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { result, wallMs, rssBefore: before, rssPeak: peak }
}

/**
 * Case 5: `count` payment-detail statuses through getStatuses at `concurrency` against the simulator
 * that answers `latencyMs` late; every result is kept, as a caller collecting them would. The floor
 * (node:http, no normalization) runs the same batch on the same server for comparison.
 */
export async function batch(simulators, { count, concurrency, latencyMs }) {
  const baseUrl = simulators.urls.iyzicoSlow
  const normalizer = createStatusNormalizer({ providers: [iyzico({ ...IYZICO, baseUrl, refunds: 'skip' })] })
  const queries = (n) =>
    Array.from({ length: n }, () => ({ provider: 'iyzico', paymentId: IYZICO_PAYMENT_ID }))
  for await (const _ of normalizer.getStatuses(queries(concurrency * 4), { concurrency })) {
    // warm-up
  }

  const durum = await measured(async () => {
    const results = []
    for await (const result of normalizer.getStatuses(queries(count), { concurrency })) results.push(result)
    return results
  })
  const failed = durum.result.filter((result) => !result.ok || result.result.status !== 'SUCCEEDED')
  if (failed.length > 0) throw new Error(`${failed.length} batch queries failed: ${failed[0].error?.message}`)

  const post = createFloorPost(baseUrl, { maxSockets: concurrency })
  const body = JSON.stringify({ locale: 'tr', paymentId: IYZICO_PAYMENT_ID })
  const floor = await measured(async () => {
    let next = 0
    const worker = async () => {
      while (next++ < count)
        await post('/payment/detail', body, iyzicoHeaders(IYZICO, '/payment/detail', body))
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
  })

  return {
    count,
    concurrency,
    latencyMs,
    idealMs: (count * latencyMs) / concurrency,
    durumWallMs: durum.wallMs,
    floorWallMs: floor.wallMs,
    rssGrowthBytes: durum.rssPeak - durum.rssBefore,
    rssPeakBytes: durum.rssPeak,
  }
}

/** Largest number of `starts` (sorted ms) inside any window of `windowMs`. */
function busiestWindow(starts, windowMs) {
  let most = 0
  let first = 0
  for (let last = 0; last < starts.length; last++) {
    while (starts[last] - starts[first] >= windowMs) first++
    most = Math.max(most, last - first + 1)
  }
  return most
}

/**
 * Case 5, rate limits: one batch mixing both providers, each with its own per-minute limit; every
 * request start is timed by the transport's onRequest hook.
 */
export async function rateLimits(simulators, { iyzicoPerMinute, esnekposPerMinute, seconds }) {
  const starts = { iyzico: [], esnekpos: [] }
  const normalizer = createStatusNormalizer({
    providers: [
      iyzico({
        ...IYZICO,
        baseUrl: simulators.urls.iyzico,
        refunds: 'skip',
        onRequest: () => starts.iyzico.push(performance.now()),
      }),
      esnekpos({
        ...ESNEKPOS,
        baseUrl: simulators.urls.esnekpos,
        onRequest: () => starts.esnekpos.push(performance.now()),
      }),
    ],
  })
  const limits = { iyzico: iyzicoPerMinute, esnekpos: esnekposPerMinute }
  const query = {
    iyzico: { provider: 'iyzico', paymentId: IYZICO_PAYMENT_ID },
    esnekpos: { provider: 'esnekpos', sendPaymentRequestId: ESNEKPOS_PAYMENT_REQUEST_ID },
  }
  // Queries in the order their slots come due, so one provider's wait never holds up the other's
  // (getStatuses reads only `concurrency` ahead): what is measured is each limit, not the read-ahead.
  const queries = Object.entries(limits)
    .flatMap(([provider, perMinute]) =>
      Array.from({ length: (perMinute / 60) * seconds }, (_, index) => ({
        due: (index * 60_000) / perMinute,
        query: query[provider],
      })),
    )
    .sort((a, b) => a.due - b.due)
    .map((entry) => entry.query)
  let failures = 0
  for await (const result of normalizer.getStatuses(queries, { concurrency: 64, ratePerMinute: limits })) {
    if (!result.ok) failures++
  }
  return Object.entries(starts).map(([provider, times]) => {
    const perSecond = limits[provider] / 60
    const spanMs = times[times.length - 1] - times[0]
    return {
      provider,
      limitPerSecond: perSecond,
      requests: times.length,
      failures,
      busiestSecond: busiestWindow(times, 1000),
      achievedPerSecond: ((times.length - 1) / spanMs) * 1000,
    }
  })
}
