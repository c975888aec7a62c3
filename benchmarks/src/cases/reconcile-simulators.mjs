/**
 * The reconcile case's simulators, in their own process: iyzico and EsnekPOS, each answering
 * BENCH_RECONCILE_LATENCY_MS (default 20) late. Prints one JSON line with their URLs; answers `cpu`
 * on stdin with this process's CPU time; serves until stdin closes.
 */
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { ESNEKPOS, IYZICO } from '../credentials.mjs'

const latency = [{ type: 'latency', ms: Number(process.env.BENCH_RECONCILE_LATENCY_MS ?? 20) }]
const servers = {
  iyzico: await createIyzicoSimulator({ ...IYZICO, faults: latency }).listen(0),
  esnekpos: await createEsnekposSimulator({ ...ESNEKPOS, faults: latency }).listen(0),
}
const urls = Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.url]))
process.stdout.write(`${JSON.stringify({ urls })}\n`)
process.stdin.setEncoding('utf8')
process.stdin.on('data', (line) => {
  if (line.includes('cpu')) process.stdout.write(`${JSON.stringify({ cpu: process.cpuUsage() })}\n`)
})
process.stdin.on('end', async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()))
  process.exit(0)
})
