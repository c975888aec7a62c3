/** A whole answer, kept to be served again. */
interface KeptAnswer {
  /** What told the request apart: method, query string and body. */
  request: string
  status: number
  headers: Headers
  bytes: Uint8Array<ArrayBuffer>
}

/** The `replay` fault's memory: per path, the last 2xx answer and the request it answered. */
export interface ReplayAnswers {
  /**
   * The answer last served on `request`'s path to a different request, or the real answer (then
   * remembered, if 2xx). `onReplay` is called when an answer is replayed.
   */
  answer(
    request: Request,
    respond: () => Promise<Response>,
    onReplay?: (request: Request) => void,
  ): Promise<Response>
}

export function createReplayAnswers(): ReplayAnswers {
  const kept = new Map<string, KeptAnswer>()
  return {
    async answer(request, respond, onReplay) {
      const url = new URL(request.url)
      const told = `${request.method} ${url.search} ${await request.clone().text()}`
      const previous = kept.get(url.pathname)
      if (previous !== undefined && previous.request !== told) {
        onReplay?.(request)
        return new Response(previous.bytes, { status: previous.status, headers: previous.headers })
      }
      const response = await respond()
      if (response.status < 200 || response.status >= 300) return response
      const headers = new Headers(response.headers)
      const bytes = new Uint8Array(await response.arrayBuffer())
      kept.set(url.pathname, { request: told, status: response.status, headers, bytes })
      return new Response(bytes, { status: response.status, headers })
    },
  }
}
