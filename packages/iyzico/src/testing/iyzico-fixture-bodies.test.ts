import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixtureText } from '../__test__/test-fixtures'
import * as bodies from './iyzico-fixture-bodies'

// The simulator serves these strings; the tests read src/__fixtures__. Both must stay the same
// bytes, or the simulator would drift from what iyzico really sends.
const embedded: Readonly<Record<string, string>> = { ...bodies }
const source = readFileSync(new URL('./iyzico-fixture-bodies.ts', import.meta.url), 'utf8')
const pairs = [...source.matchAll(/\/\*\* `([^`]+\.json)` \*\/\nexport const (\w+) =/g)].map(
  ([, file, name]) => [file as string, name as string] as const,
)

describe('the simulator bodies', () => {
  it('name a fixture file for every embedded body', () => {
    expect(pairs.map(([, name]) => name).sort()).toEqual(Object.keys(embedded).sort())
  })

  it.each(pairs)('%s is embedded byte for byte', (file, name) => {
    expect(embedded[name]).toBe(fixtureText(file).replace(/\n$/, ''))
  })
})
