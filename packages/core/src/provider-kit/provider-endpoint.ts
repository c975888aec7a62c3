import type * as v from 'valibot'
import type { DurumError } from '../durum-error'
import type { LocalizedText } from '../locale'

/** One answer as the kit read it, for a provider's envelope check and verification. */
export interface AnswerContext {
  source: string
  /** What was asked about, for messages, in every locale: `order ORD-1` / `ORD-1 numaralı sipariş`. */
  subject: LocalizedText
  status: number
  headers: Headers
}

/**
 * Compares one id of the answer with the one asked; the kit throws `response_format` when they
 * differ, or when `required` and the answer carries none.
 */
export type BindField = (field: string, asked: string, answered: unknown, required: boolean) => void

/**
 * One provider endpoint: what the kit needs to ask it and read its answer. A provider's endpoint
 * table is a record of these; `TCredentials` is what `ProviderApiSpec.credentials` reads per call.
 */
export interface ProviderEndpoint<TQuery, TBody, TCredentials = unknown> {
  method: 'GET' | 'POST'
  path: string
  /** The endpoint in errors and events, e.g. `iyzico.payment-detail`. */
  source: string
  /** Validates a query at the client's public door; inside, typed queries travel. */
  querySchema: v.GenericSchema<unknown, TQuery>
  /** The documented shape of a usable answer. */
  schema: v.GenericSchema<unknown, TBody>
  /** The request's own fields (sent after the provider's common ones); default: the query itself. */
  fields?(query: TQuery): Record<string, string>
  /**
   * What was asked, for messages: in every locale when it is words (`order ORD-1`), one text when it
   * reads the same in all (`paymentId 42`); default: `key value` pairs of the query.
   */
  describe?(query: TQuery): string | LocalizedText
  /**
   * The envelope check: the error this answer stands for when it is a refusal of the query rather
   * than an outcome, else `undefined`. Runs before the HTTP status is judged, on the parsed (and,
   * where the provider says so, redacted) JSON. The kit redacts the error before it leaves.
   */
  refusal(json: unknown, answer: AnswerContext): DurumError | undefined
  /**
   * Whether the answer must echo the spec's `echo` field: `required` refuses an answer without it,
   * `optional` one that echoes another value. Without `echo` in the spec, ignored. Default `required`.
   */
  echo?: 'required' | 'optional'
  /** The answer binding: calls `bind` once per id of `body` that must be the one asked. */
  bind?(query: TQuery, body: TBody, bind: BindField): void
  /** Checks the answer's own signature; resolves to whether it carried one that verified. */
  verify?(body: TBody, answer: AnswerContext, credentials: TCredentials): Promise<boolean>
}

/** A validated, typed answer, and the same body as plain JSON with secrets redacted. */
export interface EndpointAnswer<TBody> {
  body: TBody
  raw: unknown
  /** Whether the answer carried a signature that verified; absent where the endpoint has no `verify`. */
  signed?: boolean
}

export interface EndpointCallOptions {
  signal?: AbortSignal | undefined
}
