import { describe, expect, it } from 'vitest'
import { createResponseScrubber } from './scrub-secrets'

const scrub = createResponseScrubber(['key&<9>+/', 'secret-"q"'])

describe('createResponseScrubber', () => {
  it('replaces a key as a page writes it, plain and inside a JSON block', async () => {
    const page = '<p>key&amp;&lt;9&gt;+/</p><pre>{"a":"secret-\\&quot;q\\&quot;"}</pre>'
    const response = await scrub(
      new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    )
    expect(await response.text()).toBe('<p>[REDACTED]</p><pre>{"a":"[REDACTED]"}</pre>')
  })

  it('replaces a key in JSON and keeps the status and headers', async () => {
    const response = await scrub(
      Response.json({ error: { message: 'echo key&<9>+/' } }, { status: 502, headers: { 'x-test': '1' } }),
    )
    expect(response.status).toBe(502)
    expect(response.headers.get('x-test')).toBe('1')
    expect(await response.json()).toEqual({ error: { message: 'echo [REDACTED]' } })
  })

  it('replaces a key that a stream splits across chunks, line by line', async () => {
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"a":"ok"}\n{"b":"key&<'))
        controller.enqueue(encoder.encode('9>+/"}\n'))
        controller.close()
      },
    })
    const response = await scrub(new Response(body, { headers: { 'content-type': 'application/x-ndjson' } }))
    expect(await response.text()).toBe('{"a":"ok"}\n{"b":"[REDACTED]"}\n')
  })

  it('leaves an answer without a text body as it is', async () => {
    const empty = new Response(null, { status: 204 })
    expect(await scrub(empty)).toBe(empty)
  })
})
