/**
 * The timing half of case 3, in a fresh process: what ran before in the bench (end-to-end through
 * the same code with other shapes) would otherwise leave the JIT's view of these functions
 * polymorphic, which slows the JS side and not `JSON.parse`. argv: rounds, durationMs. Prints one
 * JSON line: per fixture, the best operations per second of each side.
 */
import { normalizationFixtures } from './normalization-pipelines.mjs'
import { opsPerSecond } from './ops-per-second.mjs'

const [rounds, durationMs] = process.argv.slice(2).map(Number)
const results = normalizationFixtures.map((fixture) => {
  for (let i = 0; i < 2000; i++) fixture.normalize(fixture.text)
  const jsonParse = []
  const normalize = []
  for (let round = 0; round < rounds; round++) {
    jsonParse.push(opsPerSecond(JSON.parse, fixture.text, durationMs))
    normalize.push(opsPerSecond(fixture.normalize, fixture.text, durationMs))
  }
  return {
    name: fixture.name,
    jsonParseOpsPerSecond: Math.max(...jsonParse),
    normalizeOpsPerSecond: Math.max(...normalize),
  }
})
process.stdout.write(`${JSON.stringify(results)}\n`)
