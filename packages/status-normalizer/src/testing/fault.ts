/** One way a simulated provider can misbehave. Shared by every provider simulator. */
export type Fault =
  /** Answers normally, `ms` later. */
  | { type: 'latency'; ms: number }
  /** Answers with this HTTP status instead (e.g. 503), without asking the simulator. */
  | { type: 'status'; status: number; body?: string; contentType?: string }
  /** 429 with `Retry-After`. */
  | { type: 'rate_limit'; retryAfterSeconds: number }
  /** Never answers; ends only when the request is aborted. */
  | { type: 'hang' }
  /** Sends the status and headers, then the body stream fails mid-way (over HTTP: the socket is reset). */
  | { type: 'reset' }
  /** The real status and headers, the body cut to `bytes` (default: half). */
  | { type: 'truncate'; bytes?: number }
  /** An HTML error page from a proxy in front of the provider (default status 502). */
  | { type: 'html'; status?: number }
  /** Schema drift: the real JSON body passed through `transform`. */
  | { type: 'drift'; transform: (body: Record<string, unknown>) => unknown }
  /** The real body, `bytesPerChunk` bytes every `delayMs`. */
  | { type: 'drip'; bytesPerChunk: number; delayMs: number }
  /** The real body padded with trailing whitespace to `bytes` bytes (still valid JSON). */
  | { type: 'oversize'; bytes: number }
  /** No body at all (default status 200). */
  | { type: 'empty'; status?: number }
  /** The real body under another `Content-Type`. */
  | { type: 'content_type'; contentType: string }

/**
 * A fault and when to inject it: only for requests `match` accepts (default all), `times` times
 * (default: until cleared).
 */
export type FaultRule = Fault & { times?: number; match?: (request: Request) => boolean }

export interface FaultInjector {
  add(rule: FaultRule): void
  clear(): void
  /**
   * Answers `request`: through the first active rule that matches, or with `respond()` — the
   * simulator's real answer — when none does. `respond` is only called when a fault needs the real
   * answer (latency, reset, truncate, drift, drip, oversize, content_type).
   */
  apply(request: Request, respond: () => Promise<Response>): Promise<Response>
}
