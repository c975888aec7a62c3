import { describe, expect, it } from 'vitest'
import { formatTime } from './format-time'

describe('formatTime', () => {
  it('shows an instant in Istanbul time with its offset, in the page language', () => {
    expect(formatTime('2026-06-11T23:29:35.226+03:00', 'en')).toBe('11 June 2026, 23:29:35 (UTC+03:00)')
    expect(formatTime('2026-06-11T23:29:35.226+03:00', 'tr')).toBe('11 Haziran 2026, 23:29:35 (UTC+03:00)')
  })

  it('converts a time labelled UTC to Istanbul time, so both labels compare at a glance', () => {
    expect(formatTime('2026-06-11T20:29:31Z', 'en')).toBe('11 June 2026, 23:29:31 (UTC+03:00)')
  })

  it('keeps Istanbul summer time where it applied (before September 2016)', () => {
    expect(formatTime('2015-07-01T12:00:00Z', 'en')).toBe('1 July 2015, 15:00:00 (UTC+03:00)')
    expect(formatTime('2015-01-01T12:00:00Z', 'en')).toBe('1 January 2015, 14:00:00 (UTC+02:00)')
  })

  it('shows text that is not an ISO time with a zone as it came', () => {
    expect(formatTime('7.10.2026 08:50:48', 'en')).toBe('7.10.2026 08:50:48')
    expect(formatTime('2026-06-11T23:29:31', 'en')).toBe('2026-06-11T23:29:31')
  })
})
