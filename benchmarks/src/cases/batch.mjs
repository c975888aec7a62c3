import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { createFloorPost, iyzicoHeaders } from '../clients/floor.mjs'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID, IYZICO, IYZICO_PAYMENT_ID } from '../credentials.mjs'

// A full collection on demand, so what the results themselves hold can be told from garbage.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc')

/**
 * Runs `work`, sampling RSS every few milliseconds; returns its result, wall time, peak RSS, and the
 * CPU time both processes spent on it (this one: the client; the simulator process: the server).
 */
async function measured(simulators, work) {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  const serverBefore = (await simulators.cpu()).cpu
  const clientBefore = process.cpuUsage()
  const started = performance.now()
  const result = await work()
  const wallMs = performance.now() - started
  const client = process.cpuUsage(clientBefore)
  const serverAfter = (await simulators.cpu()).cpu
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return {
    result,
    wallMs,
    rssBefore: before,
    rssPeak: peak,
    clientCpuMs: (client.user + client.system) / 1000,
    serverCpuMs: (serverAfter.user + serverAfter.system - serverBefore.user - serverBefore.system) / 1000,
  }
}

/**
 * What one client's run says about the machine: CPU per query on each side, and the CPU bound — the
 * wall time the batch cannot beat on `cores` cores even if client and server kept every core busy.
 * The best wall time possible is the larger of that bound and the ideal (the latency bound).
 */
function limits({ wallMs, clientCpuMs, serverCpuMs }, { count, cores, idealMs }) {
  const cpuBoundMs = (clientCpuMs + serverCpuMs) / cores
  return {
    wallMs,
    clientCpuMs,
    serverCpuMs,
    clientCpuUsPerQuery: (clientCpuMs * 1000) / count,
    serverCpuUsPerQuery: (serverCpuMs * 1000) / count,
    cpuBoundMs,
    bestPossibleMs: Math.max(idealMs, cpuBoundMs),
    // Within 1.2× of the ideal is only reachable when the CPU bound allows it.
    idealWithin1_2Reachable: cpuBoundMs <= 1.2 * idealMs,
  }
}

/**
 * Case 5: `count` payment-detail statuses through getStatuses at `concurrency` against the simulator
 * that answers `latencyMs` late; every result is kept, as a caller collecting them would. The floor
 * (node:http keep-alive, node:crypto signing, JSON.parse, no validation) runs the same batch on the
 * same server, both warmed up first, in alternating rounds; each run's client and server CPU give
 * the machine's own bound.
 */
export async function batch(simulators, { count, concurrency, latencyMs, rounds: roundCount = 3 }) {
  const baseUrl = simulators.urls.iyzicoSlow
  const cores = availableParallelism()
  const idealMs = (count * latencyMs) / concurrency
  const normalizer = createStatusNormalizer({ providers: [iyzico({ ...IYZICO, baseUrl, refunds: 'skip' })] })
  const queries = (n) =>
    Array.from({ length: n }, () => ({ provider: 'iyzico', paymentId: IYZICO_PAYMENT_ID }))
  const durumBatch = async (n) => {
    const results = []
    for await (const result of normalizer.getStatuses(queries(n), { concurrency })) results.push(result)
    return results
  }

  const post = createFloorPost(baseUrl, { maxSockets: concurrency })
  const body = JSON.stringify({ locale: 'tr', paymentId: IYZICO_PAYMENT_ID })
  const floorBatch = async (n) => {
    let next = 0
    let failed = 0
    const worker = async () => {
      while (next++ < n) {
        const answer = await post('/payment/detail', body, iyzicoHeaders(IYZICO, '/payment/detail', body))
        if (answer.body.status !== 'success') failed++
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    return failed
  }

  await durumBatch(concurrency * 4) // warm-up
  await floorBatch(concurrency * 4)

  // Rounds alternate, so a busy machine weighs on both alike; each keeps its fastest round (what the
  // client can do), RSS growth is the first durum round's (a fresh heap holding every result).
  const rounds = []
  let retainedBytesPerResult
  let rawJsonBytesPerResult
  for (let round = 0; round < roundCount; round++) {
    collectGarbage()
    const heapBefore = process.memoryUsage().heapUsed
    const durum = await measured(simulators, () => durumBatch(count))
    const failed = durum.result.filter((result) => !result.ok || result.result.status !== 'SUCCEEDED')
    if (failed.length > 0)
      throw new Error(`${failed.length} batch queries failed: ${failed[0].error?.message}`)
    if (round === 0) {
      // The results still held, everything else collected: what holding them costs.
      collectGarbage()
      retainedBytesPerResult = (process.memoryUsage().heapUsed - heapBefore) / count
      rawJsonBytesPerResult = JSON.stringify(durum.result[0].result.raw).length
    }
    durum.result = undefined // let the results go before the next round
    const floor = await measured(simulators, () => floorBatch(count))
    if (floor.result > 0) throw new Error(`${floor.result} floor batch queries failed`)
    rounds.push({ durum, floor })
  }
  const fastest = (side) => rounds.map((round) => round[side]).sort((a, b) => a.wallMs - b.wallMs)[0]
  const durum = fastest('durum')
  const floor = fastest('floor')
  const first = rounds[0].durum

  const machine = { count, cores, idealMs }
  return {
    count,
    concurrency,
    latencyMs,
    cores,
    idealMs,
    durumWallMs: durum.wallMs,
    floorWallMs: floor.wallMs,
    rssGrowthBytes: first.rssPeak - first.rssBefore,
    rssPeakBytes: first.rssPeak,
    retainedBytesPerResult,
    rawJsonBytesPerResult,
    durum: limits(durum, machine),
    floor: limits(floor, machine),
    rounds: rounds.map((round) => ({
      durumWallMs: round.durum.wallMs,
      floorWallMs: round.floor.wallMs,
    })),
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

/** `provider` with each call to its `getStatus` timed: the instant the engine starts a query. */
function timedStarts(provider, times) {
  return {
    name: provider.name,
    querySchema: provider.querySchema,
    getStatus(query, options) {
      times.push(performance.now())
      return provider.getStatus(query, options)
    },
  }
}

/**
 * Case 5, rate limits: one batch mixing both providers, each with its own per-minute limit. Each
 * start is timed twice: when the engine starts the query (what the limit governs: it calls the
 * provider right after its limiter said yes) and when the transport sends the request (its onRequest
 * hook, after validation and signing: what the provider would see, give or take the network).
 */
export async function rateLimits(simulators, { iyzicoPerMinute, esnekposPerMinute, seconds }) {
  const started = { iyzico: [], esnekpos: [] }
  const sent = { iyzico: [], esnekpos: [] }
  const normalizer = createStatusNormalizer({
    providers: [
      timedStarts(
        iyzico({
          ...IYZICO,
          baseUrl: simulators.urls.iyzico,
          refunds: 'skip',
          onRequest: () => sent.iyzico.push(performance.now()),
        }),
        started.iyzico,
      ),
      timedStarts(
        esnekpos({
          ...ESNEKPOS,
          baseUrl: simulators.urls.esnekpos,
          onRequest: () => sent.esnekpos.push(performance.now()),
        }),
        started.esnekpos,
      ),
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
  // Warm-up, limiter included: the first start's first-time compilation would otherwise delay when
  // it is seen by more than the guard the limiter keeps, and look like a start too many.
  const warmUp = queries.slice(0, 64)
  for await (const _ of normalizer.getStatuses(warmUp, { concurrency: 8, ratePerMinute: limits })) {
    // discarded
  }
  for (const times of [...Object.values(started), ...Object.values(sent)]) times.length = 0
  let failures = 0
  for await (const result of normalizer.getStatuses(queries, { concurrency: 64, ratePerMinute: limits })) {
    if (!result.ok) failures++
  }
  return Object.entries(started).map(([provider, times]) => {
    const perSecond = limits[provider] / 60
    const spanMs = times[times.length - 1] - times[0]
    const achievedPerSecond = ((times.length - 1) / spanMs) * 1000
    return {
      provider,
      limitPerSecond: perSecond,
      requests: times.length,
      failures,
      busiestSecond: busiestWindow(times, 1000),
      achievedPerSecond,
      achievedFraction: achievedPerSecond / perSecond,
      busiestSecondSent: busiestWindow(sent[provider], 1000),
    }
  })
}
