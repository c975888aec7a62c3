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
  /** A redirect (default 307, which re-sends the body) to `location`, e.g. another host. */
  | { type: 'redirect'; location: string; status?: number }
  /**
   * JSON nested `depth` levels deep (default 5000): the whole body as nested arrays, or, with
   * `field`, the real JSON body with that field added holding the nested arrays.
   */
  | { type: 'deep_json'; depth?: number; field?: string }
  /**
   * An answer about another payment: serves to a request the last 2xx answer served on the same path
   * to a different request (another method, query string or body), as a replaying proxy or a broken
   * cache would. A request with no such answer to replay gets the real one, remembered for the next.
   * `onReplay` is told of each replay.
   */
  | { type: 'replay'; onReplay?: (request: Request) => void }

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
   * answer (latency, reset, truncate, drift, drip, oversize, content_type, deep_json with a field,
   * replay).
   */
  apply(request: Request, respond: () => Promise<Response>): Promise<Response>
}
