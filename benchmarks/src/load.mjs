/**
 * Closed-loop load: `concurrency` workers each send their next request as soon as the previous one
 * answered, until `durationMs` has passed. Latency per request, client CPU from process.cpuUsage.
 */
export async function runLoad(send, { concurrency, durationMs, warmupMs = 300 }) {
  await drive(send, concurrency, warmupMs, undefined)
  const latencies = []
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await drive(send, concurrency, durationMs, latencies)
  const elapsedMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  latencies.sort((a, b) => a - b)
  const count = latencies.length
  return {
    requests: count,
    elapsedMs,
    requestsPerSecond: (count / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    clientCpuUsPerRequest: (cpu.user + cpu.system) / count,
  }
}

async function drive(send, concurrency, durationMs, latencies) {
  const deadline = performance.now() + durationMs
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now()
      await send()
      latencies?.push(performance.now() - start)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

export function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
}
