import { createRedactor } from '@durum/status-normalizer'
import { escapeToBuffer } from 'hono/utils/html'

/** A value as hono/html writes it into a page: with hono's own escaping. */
export function escapeHtml(text: string): string {
  const buffer: [string] = ['']
  escapeToBuffer(text, buffer)
  return buffer[0]
}

/**
 * Each key as it may be written in an answer: as is (the redactor adds its URL-encoded, JSON-escaped
 * and base64 forms), and as a page writes it, plain or inside a JSON block.
 */
function writtenForms(secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => [
    secret,
    escapeHtml(secret),
    escapeHtml(JSON.stringify(secret).slice(1, -1)),
  ])
}

/** Redacts each complete line of a text stream (NDJSON), so a key split across chunks is still seen. */
function redactLines(redact: (text: string) => string): TransformStream<string, string> {
  let pending = ''
  return new TransformStream({
    transform(chunk, controller) {
      pending += chunk
      const end = pending.lastIndexOf('\n') + 1
      if (end === 0) return
      controller.enqueue(redact(pending.slice(0, end)))
      pending = pending.slice(end)
    },
    flush(controller) {
      if (pending !== '') controller.enqueue(redact(pending))
    },
  })
}

/**
 * The last step before the network: the answer with every credential the demo signs with replaced.
 * The library redacts its own provider's keys in what it returns; this also covers one provider
 * echoing another's key, and whatever a page builds from a result or an error.
 */
export function createResponseScrubber(
  secrets: readonly string[],
): (response: Response) => Promise<Response> {
  const forms = writtenForms(secrets)
  const redactor = createRedactor({ secrets: () => forms })
  return async (response) => {
    const type = response.headers.get('content-type') ?? ''
    if (response.body === null || !/^(text\/|application\/(json|x-ndjson|javascript))/.test(type)) {
      return response
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    const init = { status: response.status, statusText: response.statusText, headers }
    if (type.startsWith('application/x-ndjson')) {
      const body = response.body
        .pipeThrough(new TextDecoderStream())
        .pipeThrough(redactLines(redactor.text))
        .pipeThrough(new TextEncoderStream())
      return new Response(body, init)
    }
    return new Response(redactor.text(await response.text()), init)
  }
}
