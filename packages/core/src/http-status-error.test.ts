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

const REFUSED =
  ': the credentials were refused. Check the API key and secret, and that they belong to this environment (sandbox or production).'
const SERVER_ERROR =
  ": the provider had a server error. The payment's state is unknown from this answer; try again later."
const UNINTERPRETED = ", which durum cannot interpret. The payment's state is unknown from this answer."

describe('httpStatusError', () => {
  it.each([
    [401, 'authentication', false, REFUSED, 'core.http_unauthorized'],
    [403, 'authentication', false, REFUSED, 'core.http_unauthorized'],
    [
      404,
      'not_found',
      false,
      ': not found. Check the id and the environment (sandbox or production).',
      'core.http_not_found',
    ],
    [429, 'rate_limited', true, ': too many requests. Slow down.', 'core.http_rate_limited'],
    [500, 'provider', true, SERVER_ERROR, 'core.http_server_error'],
    [502, 'provider', true, SERVER_ERROR, 'core.http_server_error'],
    [503, 'provider', true, SERVER_ERROR, 'core.http_server_error'],
    [400, 'provider', false, UNINTERPRETED, 'core.http_unexpected'],
    [302, 'provider', false, UNINTERPRETED, 'core.http_unexpected'],
  ] as const)('HTTP %d → %s (retryable %s)', (status, code, retryable, said, reason) => {
    const error = errorFor(status)
    expect(error.code).toBe(code)
    expect(error.reason).toBe(reason)
    expect(error.retryable).toBe(retryable)
    expect(error.status).toBe(status)
    expect(error.provider).toBe('esnekpos')
    expect(error.source).toBe('esnekpos.payment-request')
    expect(error.message).toBe(`esnekpos answered HTTP ${status} to esnekpos.payment-request${said}`)
  })

  it('reads in Turkish when asked', () => {
    expect(errorFor(429, '', { 'retry-after': '7' }).inLocale('tr').message).toBe(
      'esnekpos, esnekpos.payment-request isteğine HTTP 429 ile yanıt verdi: çok fazla istek. İstekleri yavaşlatın ve 7000 ms sonra yeniden deneyin.',
    )
    expect(errorFor(404).inLocale('tr').message).toBe(
      'esnekpos, esnekpos.payment-request isteğine HTTP 404 ile yanıt verdi: bulunamadı. Kimliği ve ortamı (sandbox ya da production) kontrol edin.',
    )
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
