import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/test-fixtures'
import { readIyzicoReportingTime } from './read-iyzico-reporting-time'

const json = (name: string) => JSON.parse(fixtureText(name))

describe('readIyzicoReportingTime', () => {
  it('reads a time labelled Z as Istanbul wall time', () => {
    expect(readIyzicoReportingTime('2026-06-11T23:29:34Z')).toBe('2026-06-11T23:29:34+03:00')
    expect(readIyzicoReportingTime('2026-06-11T23:29:34.5Z')).toBe('2026-06-11T23:29:34.500+03:00')
  })

  it('reads the transaction list’s zoneless time as Istanbul wall time', () => {
    expect(readIyzicoReportingTime('2026-06-11 23:17:51')).toBe('2026-06-11T23:17:51+03:00')
  })

  it('applies the summer-time offset Istanbul had before September 2016', () => {
    expect(readIyzicoReportingTime('2016-01-22T19:13:00Z')).toBe('2016-01-22T19:13:00+02:00')
    expect(readIyzicoReportingTime('2016-06-22T19:13:00Z')).toBe('2016-06-22T19:13:00+03:00')
  })

  it('takes a written offset as given', () => {
    expect(readIyzicoReportingTime('2026-06-11T20:29:34+00:00')).toBe('2026-06-11T20:29:34+00:00')
  })

  it('gives nothing for a text that is no time', () => {
    expect(readIyzicoReportingTime('2026-02-30T10:00:00Z')).toBeUndefined()
    expect(readIyzicoReportingTime('yesterday')).toBeUndefined()
    expect(readIyzicoReportingTime('')).toBeUndefined()
  })

  it('puts the sandbox cancel at the instant the cancel call answered (its epoch systemTime)', () => {
    const cancelCall = json('cancel.success.sandbox.json')
    const [payment] = json('reporting-payment-details.totally-refunded-by-cancel.sandbox.json').payments
    const read = readIyzicoReportingTime(payment.cancels[0].createdDate)
    expect(read).toBe('2026-06-11T23:29:34+03:00')
    // Reporting keeps whole seconds: the cancel answered 0.684 s into the same second.
    expect(cancelCall.systemTime - Date.parse(read as string)).toBe(684)
  })

  it('puts the sandbox payment before the detail answer that showed it', () => {
    const detail = json('payment-detail.success.fraud-1.signature.sandbox.json')
    const [payment] = json('reporting-payment-details.totally-refunded-by-cancel.sandbox.json').payments
    const created = Date.parse(readIyzicoReportingTime(payment.createdDate) as string)
    expect(detail.systemTime - created).toBe(1913)
  })
})
