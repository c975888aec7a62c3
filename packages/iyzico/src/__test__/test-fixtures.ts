import { readFileSync } from 'node:fs'
import { parseJson, toPlainJson } from '@durum/core'
import * as v from 'valibot'

/** A fixture's exact text, as iyzico sent it. Test-only helper. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
}

/** A fixture read the way the client reads a body: lossless JSON, then the schema. */
export function readFixture<T>(
  schema: v.GenericSchema<unknown, T>,
  nameOrText: string,
): { body: T; raw: unknown } {
  const text = nameOrText.trimStart().startsWith('{') ? nameOrText : fixtureText(nameOrText)
  const json = parseJson(text)
  return { body: v.parse(schema, json), raw: toPlainJson(json) }
}
