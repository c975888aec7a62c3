/**
 * Run with --expose-gc and a large young generation: with no collection during the loop, the growth
 * of the used heap is what the loop allocated. Prints one JSON line: bytes per operation per fixture.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { normalizationFixtures } from './normalization-pipelines.mjs'

let collections = 0
new PerformanceObserver((list) => {
  collections += list.getEntries().length
}).observe({ entryTypes: ['gc'] })

// GC entries arrive asynchronously: give them time to land before and after each measurement.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

async function bytesPerCall(fn, text) {
  for (let i = 0; i < 50; i++) fn(text)
  for (let count = 200; count >= 10; count = Math.floor(count / 2)) {
    globalThis.gc()
    await settle()
    const seen = collections
    const kept = new Array(count)
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < count; i++) kept[i] = fn(text)
    const after = process.memoryUsage().heapUsed
    await settle()
    if (collections === seen) return Math.round((after - before) / count)
  }
  return null
}

const results = []
for (const fixture of normalizationFixtures) {
  results.push({
    name: fixture.name,
    jsonParseBytes: await bytesPerCall(JSON.parse, fixture.text),
    normalizeBytes: await bytesPerCall(fixture.normalize, fixture.text),
  })
}
process.stdout.write(`${JSON.stringify(results)}\n`)
