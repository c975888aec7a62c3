import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { startVitest } from 'vitest/node'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = 'src/testing/__fixtures__/broken-acme.conformance.ts'

/** Runs the suite against a deliberately broken provider and reports each test's outcome by name. */
async function runBrokenSuite(
  file = fixture,
): Promise<Map<string, 'passed' | 'failed' | 'skipped' | 'pending'>> {
  const vitest = await startVitest('test', [], {
    root,
    watch: false,
    include: [file],
    reporters: [{}],
    typecheck: { enabled: false },
    testTimeout: 1500,
  })
  try {
    const outcomes = new Map<string, 'passed' | 'failed' | 'skipped' | 'pending'>()
    for (const module of vitest.state.getTestModules()) {
      for (const test of module.children.allTests()) outcomes.set(test.name, test.result().state)
    }
    return outcomes
  } finally {
    await vitest.close()
  }
}

describe('describeProviderConformance catches a broken provider', () => {
  it('fails exactly the checks the defects break', { timeout: 30_000 }, async () => {
    const outcomes = await runBrokenSuite()
    process.exitCode = 0
    const failed = [...outcomes].filter(([, state]) => state === 'failed').map(([name]) => name)
    // The leaked key in `raw`:
    expect(failed).toContain('payment created → PENDING')
    expect(failed).toContain('into any result raw, JSON or inspect output')
    // The query that went out unvalidated:
    expect(failed).toContain('an empty payment id → field paymentId')
    // The ignored timeout and abort:
    expect(failed).toContain('a hung request fails as transport once timeout (200 ms) passes')
    expect(failed).toContain('an abort ends a hung request promptly, in the provider itself')
    // The answer about another payment, served in place of a refusal:
    expect(failed).toContain(
      'an answer about another payment (the last answer on that path, replayed) → response_format',
    )
    // …while what the broken provider still does right passes.
    expect(outcomes.get('reaches every documented status through some scenario')).toBe('passed')
    expect(outcomes.get('an unknown payment → not_found')).toBe('passed')
    expect(outcomes.get('wrong credentials → authentication')).toBe('passed')
    expect(outcomes.get(`a body nested 5000 deep → response_format`)).toBe('passed')
  })
})

describe('describeProviderConformance with unboundAnswers', () => {
  it('fails a provider that takes an answer naming another record, in place of the replay check', {
    timeout: 30_000,
  }, async () => {
    const outcomes = await runBrokenSuite('src/testing/__fixtures__/unbound-acme.conformance.ts')
    process.exitCode = 0
    expect(
      outcomes.get(
        'an answer naming another record → response_format (no replay check: acme pretends to name nothing)',
      ),
    ).toBe('failed')
    expect(
      outcomes.get(
        'an answer about another payment (the last answer on that path, replayed) → response_format',
      ),
    ).toBe('skipped')
    expect(outcomes.get('reaches every documented status through some scenario')).toBe('passed')
  })
})
