// The types of readme-harness.mjs, so tsc checks the README examples as a user's project would.
import type { esnekpos } from '@durum/esnekpos'
import type { iyzico } from '@durum/iyzico'
import type { paytr } from '@durum/paytr'
import type { StatusNormalizer } from '@durum/status-normalizer'

type Provider = ReturnType<typeof iyzico> | ReturnType<typeof esnekpos> | ReturnType<typeof paytr>
type Durum = StatusNormalizer<Provider>
type Query = { provider: 'iyzico'; paymentId: string }

/** What a framework hands a route handler (Hono's shape): the request's text and a text reply. */
interface RouteContext {
  readonly req: { text(): Promise<string> }
  text(body: string): Response
}

export declare const __durum: {
  logAt(id: number): (...values: unknown[]) => void
  valueAt(id: number): <T>(value: T) => T
  baseUrl(provider: string): string
  exported(value: unknown): void
  enter(line: number): void
  finish(error?: unknown): Promise<void>
  free: {
    durum: Durum
    ship(...values: unknown[]): void
    queries: (Query | { provider: 'esnekpos'; sendPaymentRequestId: string })[]
    readStatus(query: Query): ReturnType<Durum['getStatus']>
    query: Query
    request: Request
    answerForReal(request: Request): Promise<Response>
    app: {
      get(path: string, handler: (context: RouteContext) => Promise<Response>): void
      post(path: string, handler: (context: RouteContext) => Promise<Response>): void
    }
    firstTimeSeen(id: string): Promise<boolean>
    handle(payment: unknown): Promise<void>
  }
}
