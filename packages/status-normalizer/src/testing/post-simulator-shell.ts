import {
  createPlainSimulatorShell,
  type SimulatorAnswer,
  type SimulatorRequest,
  type SimulatorShell,
  type SimulatorShellOptions,
} from './create-simulator-shell'

const TEXT_HEADERS = { 'content-type': 'text/plain; charset=utf-8' }
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }

const NOT_FOUND: SimulatorAnswer = { status: 404, headers: TEXT_HEADERS, body: 'Not Found' }
const METHOD_NOT_ALLOWED: SimulatorAnswer = {
  status: 405,
  headers: { allow: 'POST', ...TEXT_HEADERS },
  body: 'Method Not Allowed',
}

/** A 200 answer with a JSON body: text, or bytes serialised once and served as they are every time. */
export function jsonAnswer(body: string | Uint8Array<ArrayBuffer>): SimulatorAnswer {
  return { status: 200, headers: JSON_HEADERS, body }
}

/**
 * The plain shell for a provider whose queries are all POSTs to fixed paths: before `answer` sees a
 * request, a path the provider does not serve gets 404 and another method 405 (naming POST), as its
 * web server answers them. Paths match by suffix, so the simulator can be mounted under a prefix
 * (`/paytr/odeme/…`); `answer` is told which path was asked.
 */
export function createPostSimulatorShell<TPath extends string>(
  paths: readonly TPath[],
  answer: (request: SimulatorRequest, path: TPath) => SimulatorAnswer | Promise<SimulatorAnswer>,
  options: SimulatorShellOptions = {},
): SimulatorShell {
  return createPlainSimulatorShell((request) => {
    const pathname = new URL(request.url).pathname
    const path = paths.find((candidate) => pathname.endsWith(candidate))
    if (path === undefined) return NOT_FOUND
    if (request.method !== 'POST') return METHOD_NOT_ALLOWED
    return answer(request, path)
  }, options)
}
