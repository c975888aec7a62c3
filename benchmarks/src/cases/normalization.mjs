import { execFileSync } from 'node:child_process'
import { normalizationFixtures } from './normalization-pipelines.mjs'

/** Operations per second of `fn(text)`, over about `durationMs`. */
export function opsPerSecond(fn, text, durationMs) {
  let batch = 1
  for (;;) {
    const started = performance.now()
    for (let i = 0; i < batch; i++) fn(text)
    const elapsed = performance.now() - started
    if (elapsed >= durationMs) return (batch / elapsed) * 1000
    batch *= elapsed < durationMs / 20 ? 10 : 2
  }
}

/** Case 3: the whole normalization of each fixture against JSON.parse of the same bytes, alternating. */
export function normalization({ rounds, durationMs }) {
  const allocations = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-semi-space-size=128',
        new URL('./allocations-child.mjs', import.meta.url).pathname,
      ],
      { encoding: 'utf8' },
    ),
  )
  return normalizationFixtures.map((fixture) => {
    for (let i = 0; i < 2000; i++) fixture.normalize(fixture.text)
    const jsonParse = []
    const normalize = []
    for (let round = 0; round < rounds; round++) {
      jsonParse.push(opsPerSecond(JSON.parse, fixture.text, durationMs))
      normalize.push(opsPerSecond(fixture.normalize, fixture.text, durationMs))
    }
    const best = (list) => Math.max(...list)
    const bytes = allocations.find((entry) => entry.name === fixture.name)
    return {
      name: fixture.name,
      bodyBytes: Buffer.byteLength(fixture.text),
      jsonParseOpsPerSecond: best(jsonParse),
      normalizeOpsPerSecond: best(normalize),
      jsonParseBytesAllocated: bytes?.jsonParseBytes ?? null,
      normalizeBytesAllocated: bytes?.normalizeBytes ?? null,
    }
  })
}
