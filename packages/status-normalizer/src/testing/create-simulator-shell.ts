import { createFaultInjector } from './create-fault-injector'
import type { FaultInjector, FaultRule } from './fault'
import { type FetchHandler, type ServedHandler, serveFetchHandler } from './serve-fetch-handler'

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

/**
 * Wraps a provider's own answering function with the shared machinery: every request is counted and
 * passes through the fault injector first, and the result is reachable as `fetch`, `handle` or a
 * real local server (`listen`).
 */
export function createSimulatorShell(
  answer: FetchHandler,
  options: SimulatorShellOptions = {},
): SimulatorShell {
  const faults = createFaultInjector(options.faults)
  let requests = 0
  const handle = (request: Request): Promise<Response> => {
    requests++
    return faults.apply(request, () => answer(request))
  }
  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    listen: (port = 0) => serveFetchHandler(handle, port),
    faults,
    get requests() {
      return requests
    },
  }
}
