import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { DurumError } from './durum-error'
import {
  epochMillisSchema,
  epochMillisToIso,
  istanbulDateTimeSchema,
  nowIso,
  parseIstanbulDateTime,
} from './istanbul-time'
import { JsonNumber } from './parse-json'

describe('parseIstanbulDateTime', () => {
  it.each([
    ['17.10.2024 16:20:27', '2024-10-17T16:20:27+03:00'],
    ['7.10.2026 08:50:48', '2026-10-07T08:50:48+03:00'],
    ['1.2.2025 00:00:00', '2025-02-01T00:00:00+03:00'],
    ['2018-06-01 16:06:56', '2018-06-01T16:06:56+03:00'],
    ['2018-06-01 16:06:56.123', '2018-06-01T16:06:56.123+03:00'],
    ['2018-06-01 16:06:56.5', '2018-06-01T16:06:56.500+03:00'],
    ['2018-06-01T16:06:56.12', '2018-06-01T16:06:56.120+03:00'],
    ['1.2.2025 0:00:00', '2025-02-01T00:00:00+03:00'],
    ['2023-10-28 00:00:00', '2023-10-28T00:00:00+03:00'],
    ['29.02.2024 23:59:59', '2024-02-29T23:59:59+03:00'],
    // Before September 2016 Turkey had winter time (+02:00) and summer time (+03:00).
    ['15.01.2015 12:00:00', '2015-01-15T12:00:00+02:00'],
    ['15.07.2015 12:00:00', '2015-07-15T12:00:00+03:00'],
    ['2010-12-31 23:00:00', '2010-12-31T23:00:00+02:00'],
    // 2015: summer time began 29 March at 03:00 (03:30 never happened) and, delayed by the
    // election, ended 8 November at 04:00 (03:30 happened twice; the earlier one is taken).
    ['29.03.2015 02:30:00', '2015-03-29T02:30:00+02:00'],
    ['29.03.2015 03:30:00', '2015-03-29T03:30:00+02:00'],
    ['29.03.2015 04:30:00', '2015-03-29T04:30:00+03:00'],
    ['08.11.2015 03:30:00', '2015-11-08T03:30:00+03:00'],
    ['08.11.2015 04:30:00', '2015-11-08T04:30:00+02:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseIstanbulDateTime(text)).toBe(iso)
  })

  it.each([
    '31.02.2024 10:00:00',
    '29.02.2023 10:00:00',
    '2024-13-01 10:00:00',
    '2024-04-31 10:00:00',
    '17.10.2024 24:00:00',
    '17.10.2024 16:60:27',
    '17.10.2024 16:20:61',
    '17.10.2024',
    '2024-10-17T16:20:27Z',
    '2024-10-17T16:20:27+03:00',
    '17/10/2024 16:20:27',
    '2018-06-01 16:06:56.',
    '2018-06-01 16:06:56.1234',
    '2018-06-01  16:06:56',
    '117.10.2024 16:20:27',
    '17.10.2024 16:20:2',
    '17.10.2024 16:20:27 ',
    '',
    ' 17.10.2024 16:20:27',
  ])('rejects %j as response_format', (text) => {
    let thrown: unknown
    try {
      parseIstanbulDateTime(text)
    } catch (error) {
      thrown = error
    }
    expect(DurumError.isInstance(thrown)).toBe(true)
    expect((thrown as DurumError).code).toBe('response_format')
    expect((thrown as DurumError).message).not.toContain('Invalid Date')
  })

  it('reads any Istanbul wall time back to the same instant', () => {
    const from = Date.UTC(1990, 0, 1)
    const to = Date.UTC(2040, 0, 1)
    fc.assert(
      fc.property(fc.integer({ min: from / 1000, max: to / 1000 }), (seconds) => {
        const iso = epochMillisToIso(seconds * 1000)
        const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso) ?? []
        const parsed = parseIstanbulDateTime(`${Number(day)}.${month}.${year} ${time}`)
        expect(parsed.slice(0, 19)).toBe(iso.slice(0, 19))
        // Equal, except in the repeated autumn hour, where the earlier instant is chosen.
        expect([0, -3_600_000]).toContain(Date.parse(parsed) - seconds * 1000)
      }),
    )
  })
})

describe('epochMillisToIso', () => {
  it('gives Istanbul time with its offset', () => {
    expect(epochMillisToIso(Date.UTC(2018, 5, 1, 13, 6, 56))).toBe('2018-06-01T16:06:56.000+03:00')
    expect(epochMillisToIso(1698048416625)).toBe('2023-10-23T11:06:56.625+03:00')
    expect(epochMillisToIso(Date.UTC(2015, 0, 15, 10))).toBe('2015-01-15T12:00:00.000+02:00')
    // Turkey's summer time of 1983 was +04:00; the IANA zone knows.
    expect(epochMillisToIso(Date.UTC(1983, 7, 1, 8))).toBe('1983-08-01T12:00:00.000+04:00')
    // Before 1970: the day and the time of day are counted from a negative epoch.
    expect(epochMillisToIso(Date.UTC(1969, 11, 31, 22, 0, 0, 5))).toBe('1970-01-01T00:00:00.005+02:00')
    expect(epochMillisToIso(Date.UTC(1969, 6, 20, 20, 17, 40, 120))).toBe('1969-07-20T22:17:40.120+02:00')
  })

  it('names the same instant for any time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = epochMillisToIso(ms)
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[234]:00$/)
        expect(Date.parse(iso)).toBe(ms)
      }),
    )
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1.5, 1e20])('rejects %d as response_format', (ms) => {
    expect(() => epochMillisToIso(ms)).toThrow(DurumError)
  })
})

describe('nowIso', () => {
  it('is the current instant in Istanbul time', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 12, 0, 0, 7) })
    try {
      expect(nowIso()).toBe('2026-11-23T15:00:00.007+03:00')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('schemas', () => {
  it('istanbulDateTimeSchema reads provider times and reports bad ones as issues', () => {
    expect(v.parse(istanbulDateTimeSchema, '17.10.2024 16:20:27')).toBe('2024-10-17T16:20:27+03:00')
    const result = v.safeParse(istanbulDateTimeSchema, '31.02.2024 10:00:00')
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe(
      '"31.02.2024 10:00:00" is not a date and time durum can read (expected "17.10.2024 16:20:27" or "2018-06-01 16:06:56").',
    )
  })

  it('epochMillisSchema reads JSON numbers and numbers', () => {
    expect(v.parse(epochMillisSchema, new JsonNumber('1698048416625'))).toBe('2023-10-23T11:06:56.625+03:00')
    expect(v.parse(epochMillisSchema, 1698048416625)).toBe('2023-10-23T11:06:56.625+03:00')
    expect(v.safeParse(epochMillisSchema, new JsonNumber('1.5')).success).toBe(false)
    expect(v.safeParse(epochMillisSchema, '1698048416625').success).toBe(false)
  })
})
