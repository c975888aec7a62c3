import { DurumError } from '@durum/status-normalizer'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { toErrorResponse } from './error-response'

/** Answers an error as JSON; an error that is not a `DurumError` is a bug, so it is logged too. */
export function errorReply(c: Context, error: unknown): Response {
  logUnexpected(error)
  const response = toErrorResponse(error)
  return c.json(response.body, response.status as ContentfulStatusCode, response.headers)
}

export function logUnexpected(error: unknown): void {
  if (!DurumError.isInstance(error)) console.error('durum demo: unexpected error', error)
}
