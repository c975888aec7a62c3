import { describe, expect, it } from 'vitest'
import { httpStatusError } from './http-status-error'
import { createRedactor, REDACTED } from './redact'

const redactor = createRedactor({ secrets: () => ['merchant-key-123'] })

function errorFor(status: number, text = '', headers: Record<string, string> = {}) {
  return httpStatusError({
    provider: 'esnekpos',
    source: 'esnekpos.payment-request',
    status,
    headers: new Headers(headers),
    text,
    redactor,
  })
}

describe('httpStatusError', () => {
  it.each([
    [401, 'authentication', false],
    [403, 'authentication', false],
    [404, 'not_found', false],
    [429, 'rate_limited', true],
    [500, 'provider', true],
    [502, 'provider', true],
    [503, 'provider', true],
    [400, 'provider', false],
    [302, 'provider', false],
  ] as const)('HTTP %d → %s (retryable %s)', (status, code, retryable) => {
    const error = errorFor(status)
    expect(error.code).toBe(code)
    expect(error.retryable).toBe(retryable)
    expect(error.status).toBe(status)
    expect(error.provider).toBe('esnekpos')
    expect(error.source).toBe('esnekpos.payment-request')
    expect(error.message).toContain(`esnekpos answered HTTP ${status} to esnekpos.payment-request`)
  })

  it('takes retryAfterMs from Retry-After on 429', () => {
    const error = errorFor(429, '', { 'retry-after': '7' })
    expect(error.retryAfterMs).toBe(7_000)
    expect(error.message).toContain('retry after 7000 ms')
    expect(errorFor(429).retryAfterMs).toBeUndefined()
  })

  it('keeps a short redacted excerpt of an HTML page, and none for an empty body', () => {
    const error = errorFor(
      503,
      `<html>\n<body>Service Unavailable merchant-key-123 ${'x'.repeat(400)}</body></html>`,
    )
    expect(error.excerpt).toContain('<html> <body>Service Unavailable')
    expect(error.excerpt).toContain(REDACTED)
    expect(error.excerpt).not.toContain('merchant-key-123')
    expect(error.excerpt?.length).toBeLessThanOrEqual(201)
    expect(errorFor(503, '  ').excerpt).toBeUndefined()
  })
})

describe('httpStatusError keeps every form of a key out', () => {
  it.each([
    ['lower-case %xx', 'merchant%2dkey%2d123'],
    ['HTML entities', 'merchant&#45;key&#x2d;123'],
    [".NET's JSON", 'merchant\\u002Dkey\\u002d123'],
  ])('of its excerpt (%s)', (_form, encoded) => {
    const error = errorFor(502, `<html><body>upstream said ${encoded}</body></html>`)
    expect(error.excerpt).toBe(`<html><body>upstream said ${REDACTED}</body></html>`)
    expect(JSON.stringify(error)).not.toContain(encoded)
  })
})
