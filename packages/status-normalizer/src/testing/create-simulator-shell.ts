import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { createFaultRules, type FaultRules } from './create-fault-injector'
import type { FaultInjector, FaultRule } from './fault'
import {
  abortOnClose,
  type FetchHandler,
  readBody,
  type ServedHandler,
  sendFailure,
  sendResponse,
  serveFetchHandler,
  serveNode,
  toRequest,
  urlOf,
} from './serve-fetch-handler'

/** What every provider simulator offers around its own answers. */
export interface SimulatorShell {
  /** A fetch-compatible function answering as the provider would; pass it as the client's `fetch`. */
  fetch: typeof fetch
  /** Answers one request (faults included). */
  handle(request: Request): Promise<Response>
  /** Serves the simulator on a real HTTP server at 127.0.0.1 (port 0: any free port). Node only. */
  listen(port?: number): Promise<ServedHandler>
  faults: FaultInjector
  /** Requests received so far, faults included. */
  readonly requests: number
}

export interface SimulatorShellOptions {
  /** Faults to inject from the start; more can be added through `faults`. */
  faults?: readonly FaultRule[] | undefined
}

/** What a plain answering function reads of a request: a fetch `Request`'s fields, the body already read. */
export interface SimulatorRequest {
  method: string
  /** The full URL, as a fetch `Request`'s `url`. */
  url: string
  headers: { get(name: string): string | null }
  /** The body as UTF-8 text; empty for GET and HEAD. */
  body: string
}

/** A whole answer, its body known up front (streamed bodies are the faults' business). */
export interface SimulatorAnswer {
  status: number
  headers: Readonly<Record<string, string>>
  /** Sent as is; a string as UTF-8. Never mutated, so a simulator may answer the same bytes every time. */
  body: string | Uint8Array<ArrayBuffer>
}

export type SimulatorAnswerer = (request: SimulatorRequest) => SimulatorAnswer | Promise<SimulatorAnswer>

/**
 * Wraps a provider's own answering function with the shared machinery: every request is counted and
 * passes through the fault injector first, and the result is reachable as `fetch`, `handle` or a
 * real local server (`listen`).
 */
export function createSimulatorShell(
  answer: FetchHandler,
  options: SimulatorShellOptions = {},
): SimulatorShell {
  return assembleShell(createFaultRules(options.faults), answer, (handle, _counted, port) =>
    serveFetchHandler(handle, port),
  )
}

/**
 * The same shell around a plain answering function, whose answers are whole bodies. Over `fetch` and
 * `handle` it behaves exactly as `createSimulatorShell`; `listen` answers straight from `node:http`
 * in one write, and builds a fetch `Request` and `Response` only for a fault that needs them (a rule
 * with `match`, or any fault but latency), so a load test measures its client, not the simulator.
 */
export function createPlainSimulatorShell(
  answer: SimulatorAnswerer,
  options: SimulatorShellOptions = {},
): SimulatorShell {
  const rules = createFaultRules(options.faults)
  return assembleShell(
    rules,
    async (request) => toResponse(await answer(await fromRequest(request))),
    (_handle, counted, port) =>
      serveNode((incoming, outgoing) => {
        counted()
        void serveAnswer(answer, rules, incoming, outgoing)
      }, port),
  )
}

/**
 * What both shells share: `handle` counts a request and passes it through the faults to `answer`,
 * `fetch` goes through `handle`, and `listen` serves as the shell chooses (`counted` for a request it
 * answers without `handle`).
 */
function assembleShell(
  rules: FaultRules,
  answer: (request: Request) => Promise<Response>,
  listen: (
    handle: (request: Request) => Promise<Response>,
    counted: () => void,
    port: number,
  ) => Promise<ServedHandler>,
): SimulatorShell {
  let requests = 0
  const counted = () => {
    requests++
  }
  const handle = (request: Request): Promise<Response> => {
    requests++
    return rules.injector.apply(request, () => answer(request))
  }
  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    listen: (port = 0) => listen(handle, counted, port),
    faults: rules.injector,
    get requests() {
      return requests
    },
  }
}

async function fromRequest(request: Request): Promise<SimulatorRequest> {
  const { method, url, headers } = request
  return { method, url, headers, body: method === 'GET' || method === 'HEAD' ? '' : await request.text() }
}

function toResponse({ status, headers, body }: SimulatorAnswer): Response {
  return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, headers })
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

/** `Headers.get` over Node's parsed headers, without building a `Headers`. */
class IncomingHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
}

async function serveAnswer(
  answer: SimulatorAnswerer,
  rules: FaultRules,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  let body: Buffer<ArrayBuffer>
  try {
    body = await readBody(incoming)
  } catch {
    return // the client went away mid-body: nobody to answer
  }
  const request: SimulatorRequest = {
    method: incoming.method ?? 'GET',
    url: urlOf(incoming),
    headers: new IncomingHeaders(incoming.headers),
    body: body.toString('utf8'),
  }
  let signal: AbortSignal | undefined
  let fetchRequest: Request | undefined
  const asFetchRequest = () => {
    signal ??= abortOnClose(outgoing)
    fetchRequest ??= toRequest(incoming, signal, body)
    return fetchRequest
  }
  let fault: ReturnType<FaultRules['take']>
  try {
    fault = rules.take(asFetchRequest)
  } catch (error) {
    sendFailure(outgoing, error)
    return
  }
  if (fault === undefined) return sendAnswer(outgoing, answer, request)
  if (fault.type === 'latency' && fetchRequest === undefined) {
    // The benchmark's slow server: a timer, cancelled if the client gives up first.
    const cancel = () => clearTimeout(timer)
    const timer = setTimeout(() => {
      outgoing.off('close', cancel)
      void sendAnswer(outgoing, answer, request)
    }, fault.ms)
    outgoing.once('close', cancel)
    return
  }
  const real = asFetchRequest()
  const taken = fault
  await sendResponse(outgoing, signal as AbortSignal, () =>
    rules.respond(taken, real, async () => toResponse(await answer(request))),
  )
}

async function sendAnswer(
  outgoing: ServerResponse,
  answer: SimulatorAnswerer,
  request: SimulatorRequest,
): Promise<void> {
  let answered: SimulatorAnswer
  try {
    answered = await answer(request)
  } catch (error) {
    if (!outgoing.destroyed) sendFailure(outgoing, error)
    return
  }
  if (outgoing.destroyed) return
  const bytes = typeof answered.body === 'string' ? Buffer.from(answered.body) : answered.body
  // Status, headers and body in one write, as a real server answering a small body does.
  outgoing.writeHead(answered.status, { ...answered.headers, 'content-length': bytes.byteLength })
  outgoing.end(bytes)
}
