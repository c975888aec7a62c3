import { esnekposContenders } from '../clients/esnekpos-clients.mjs'
import { iyzicoContenders } from '../clients/iyzico-clients.mjs'
import { paytrContenders } from '../clients/paytr-clients.mjs'
import { runLoad } from '../load.mjs'

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Cases 1 and 2: every contender against the same simulator process, in alternating rounds so a
 * busy machine weighs on all of them alike; per contender the round with the median throughput is
 * kept, and ratios are the median of the ratios within each round.
 */
export async function endToEnd(simulators, { rounds, durationMs }) {
  const figures = []
  const plans = [
    { provider: 'iyzico', url: simulators.urls.iyzico, contenders: iyzicoContenders, concurrencies: [1, 16] },
    {
      provider: 'esnekpos',
      url: simulators.urls.esnekpos,
      contenders: esnekposContenders,
      concurrencies: [1, 16],
    },
    { provider: 'paytr', url: simulators.urls.paytr, contenders: paytrContenders, concurrencies: [1, 16] },
    // Client cost alone: the same answers from a server that does no work (see static-server.mjs).
    {
      provider: 'iyzico, static server',
      url: simulators.urls.static,
      contenders: iyzicoContenders,
      concurrencies: [16],
    },
    {
      provider: 'esnekpos, static server',
      url: simulators.urls.static,
      contenders: esnekposContenders,
      concurrencies: [16],
    },
  ]
  for (const plan of plans) {
    for (const concurrency of plan.concurrencies) {
      const contenders = plan.contenders(plan.url, concurrency)
      const runs = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
      for (let round = 0; round < rounds; round++) {
        for (const [name, send] of Object.entries(contenders)) {
          const before = await simulators.cpu()
          const run = await runLoad(send, { concurrency, durationMs })
          const after = await simulators.cpu()
          const serverCpu = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system
          runs[name].push({ ...run, serverCpuUsPerRequest: serverCpu / run.requests })
        }
      }
      const median = Object.fromEntries(
        Object.entries(runs).map(([name, list]) => {
          const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)
          return [name, sorted[Math.floor(sorted.length / 2)]]
        }),
      )
      // Throughput ratios taken within each round (seconds apart), then the median over rounds: a
      // neighbour's load that hits one round hits both sides of its ratio.
      const roundRatio = (name, baseline) =>
        runs[baseline] === undefined
          ? undefined
          : medianOf(
              runs[name].map((run, round) => run.requestsPerSecond / runs[baseline][round].requestsPerSecond),
            )
      figures.push({
        provider: plan.provider,
        concurrency,
        contenders: median,
        durumOverOfficial: roundRatio('durum', 'iyzipay'),
        floorOverDurum: roundRatio('floor', 'durum'),
      })
    }
  }
  return figures
}
