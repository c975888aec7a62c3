import { execFileSync } from 'node:child_process'
import { normalizationFixtures } from './normalization-pipelines.mjs'

/** Runs one of this case's child scripts and reads the JSON line it prints. */
function child(script, args, flags = []) {
  return JSON.parse(
    execFileSync(process.execPath, [...flags, new URL(script, import.meta.url).pathname, ...args], {
      encoding: 'utf8',
    }),
  )
}

/**
 * Case 3: the whole normalization of each fixture against JSON.parse of the same bytes, alternating,
 * each in a fresh process: the timing (see normalization-child.mjs), and the bytes allocated (with
 * a large young generation, so nothing is collected during the loop).
 */
export function normalization({ rounds, durationMs }) {
  const timings = child('./normalization-child.mjs', [String(rounds), String(durationMs)])
  const allocations = child('./allocations-child.mjs', [], ['--expose-gc', '--max-semi-space-size=128'])
  return normalizationFixtures.map((fixture) => {
    const timing = timings.find((entry) => entry.name === fixture.name)
    const bytes = allocations.find((entry) => entry.name === fixture.name)
    return {
      name: fixture.name,
      bodyBytes: Buffer.byteLength(fixture.text),
      jsonParseOpsPerSecond: timing.jsonParseOpsPerSecond,
      normalizeOpsPerSecond: timing.normalizeOpsPerSecond,
      jsonParseBytesAllocated: bytes?.jsonParseBytes ?? null,
      normalizeBytesAllocated: bytes?.normalizeBytes ?? null,
    }
  })
}
