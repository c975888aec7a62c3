import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DurumError } from './durum-error'
import { nullAsAbsent, readingSchema } from './reading-schema'

const isString = (input: unknown): input is string => typeof input === 'string'
const upper = readingSchema('upper', 'a string', isString, (input) => {
  if (input === '') throw new DurumError({ code: 'response_format', message: 'The text is empty.' })
  return input.toUpperCase()
})

describe('readingSchema', () => {
  it('reads what it accepts, inside valibot objects and arrays', () => {
    expect(v.parse(v.object({ a: upper, b: v.array(upper) }), { a: 'x', b: ['y'] })).toEqual({
      a: 'X',
      b: ['Y'],
    })
  })

  it('turns a refused type and a reader error into issues with their path', () => {
    const result = v.safeParse(v.object({ a: v.object({ b: upper }) }), { a: { b: 5 } })
    expect(result.success).toBe(false)
    expect(v.getDotPath(result.issues?.[0] as v.BaseIssue<unknown>)).toBe('a.b')
    expect(result.issues?.[0]?.message).toBe('Invalid type: Expected a string but received 5')
    const empty = v.safeParse(v.object({ a: upper }), { a: '' })
    expect(empty.issues?.[0]?.message).toBe('The text is empty.')
  })

  it('speaks Standard Schema', () => {
    expect(upper['~standard'].validate('a')).toMatchObject({ value: 'A' })
    expect(upper['~standard'].validate(1)).toMatchObject({ issues: [{ message: expect.any(String) }] })
  })
})

describe('nullAsAbsent', () => {
  const schema = v.object({ a: nullAsAbsent(upper) })

  it('reads null and absent as absent, anything else with the schema it wraps', () => {
    expect(v.parse(schema, { a: null })).toEqual({ a: undefined })
    expect(v.parse(schema, {})).toEqual({})
    expect(v.parse(schema, { a: 'b' })).toEqual({ a: 'B' })
    expect(v.safeParse(schema, { a: 1 }).success).toBe(false)
  })

  it('keeps the schema it wraps as `wrapped`, as v.nullish does', () => {
    expect(nullAsAbsent(upper).wrapped).toBe(upper)
  })
})
