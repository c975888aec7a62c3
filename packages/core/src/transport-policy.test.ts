import { describe, expect, it } from 'vitest'
import { createRedactor } from './redact'
import { createTransportPolicy } from './transport-policy'

const policy = createTransportPolicy({
  provider: 'esnekpos',
  baseUrl: 'https://posservice.esnekpos.com/',
  redactor: createRedactor({}),
})

describe('createTransportPolicy', () => {
  it.each([
    ['429, an attempt left', true, 429, 1, 3],
    ['500, an attempt left', true, 500, 2, 3],
    ['599, an attempt left', true, 599, 1, 2],
    ['503 on the last attempt', false, 503, 3, 3],
    ['408', false, 408, 1, 3],
    ['499', false, 499, 1, 3],
    ['600', false, 600, 1, 3],
    ['200', false, 200, 1, 3],
  ])('after %s, asks again: %s', (_name, expected, status, attempt, attempts) => {
    expect(policy.retriesStatus(status, attempt, attempts)).toBe(expected)
  })

  it('gives a GET and a read-only POST the retries, any other POST one attempt', () => {
    expect(policy.attempts({ method: 'GET', path: '/', source: 's' })).toBe(3)
    expect(policy.attempts({ method: 'POST', path: '/', source: 's', readOnly: true })).toBe(3)
    expect(policy.attempts({ method: 'POST', path: '/', source: 's' })).toBe(1)
  })

  it('joins baseUrl and a path with one slash between them', () => {
    expect(policy.url('/api/order?id=1')).toBe('https://posservice.esnekpos.com/api/order?id=1')
    expect(policy.url('//api/order')).toBe('https://posservice.esnekpos.com/api/order')
    expect(policy.url('api/order')).toBe('https://posservice.esnekpos.com/api/order')
  })
})
