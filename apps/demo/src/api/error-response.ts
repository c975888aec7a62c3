import { DurumError, type DurumErrorCode } from '@durum/status-normalizer'
import { fieldToParam } from '../query/query-fields'

/**
 * The HTTP status the demo answers with for each error code. The demo is a gateway in front of the
 * provider, so a provider that rejects the demo's own credentials is a 502 (the caller cannot fix it
 * by authenticating to the demo), and a provider that did not answer in time is a 504.
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<DurumErrorCode, number>> = {
  validation: 400,
  not_found: 404,
  rate_limited: 429,
  authentication: 502,
  provider: 502,
  response_format: 502,
  transport: 504,
}

export interface ErrorBody {
  error: Record<string, unknown> & { code: string; message: string }
}

export interface ErrorResponse {
  status: number
  body: ErrorBody
  headers: Record<string, string>
}

/** Turns anything thrown while answering into a JSON body a client can branch on, never leaking internals. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (!DurumError.isInstance(error)) {
    return {
      status: 500,
      body: {
        error: { code: 'internal', message: 'The demo failed unexpectedly; see its console for details.' },
      },
      headers: {},
    }
  }
  const json = errorJson(error)
  const headers: Record<string, string> = {}
  if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterMs / 1000)))
  }
  return { status: HTTP_STATUS_BY_CODE[error.code], body: { error: json }, headers }
}

/**
 * The error as JSON: `DurumError.toJSON()` with its HTTP `status` renamed `providerStatus` (it is the
 * provider's status, not ours) and, for validation, the URL parameter that carries the field.
 */
export function errorJson(error: DurumError): ErrorBody['error'] {
  const { status, ...rest } = error.toJSON()
  const json: ErrorBody['error'] = { ...rest, code: error.code, message: error.message }
  if (status !== undefined) json.providerStatus = status
  if (error.field !== undefined) json.param = fieldToParam(error.field)
  return json
}
