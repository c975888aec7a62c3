/** What a hostile provider or proxy does to the answers of one endpoint. */
export interface Rewrite {
  /** The endpoint whose answers are rewritten; the others pass untouched. */
  path: string
  /** The new body text, from the real one. */
  body(real: string): string
  /** The HTTP status sent instead of the real one. */
  status?: number | undefined
}

/**
 * A `fetch` answering from `simulator` in process, with `rewrite` applied as text on the way back, so
 * a body can be anything (a key in an escaped form, JSON nested deeper than a stringify could build).
 * `onRequest` sees every request first; `rewritten` counts the answers changed.
 */
export function rewritingFetch(
  simulator: { handle(request: Request): Promise<Response> },
  rewrite: Rewrite,
  onRequest: (request: Request) => void = () => {},
): { fetch: typeof fetch; rewritten(): number } {
  let rewritten = 0
  const hostile: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    onRequest(request)
    const response = await simulator.handle(request)
    if (new URL(request.url).pathname !== rewrite.path) return response
    rewritten++
    return new Response(rewrite.body(await response.text()), {
      status: rewrite.status ?? response.status,
      headers: response.headers,
    })
  }
  return { fetch: hostile, rewritten: () => rewritten }
}
