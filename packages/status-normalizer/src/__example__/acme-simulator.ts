import { createSimulatorShell } from '../testing/create-simulator-shell'
import type { FaultRule } from '../testing/fault'
import { type AcmeScenario, acmeScenarios } from './acme-scenarios'

export interface AcmeSimulatorOptions {
  apiKey: string
  scenarios?: readonly AcmeScenario[]
  faults?: readonly FaultRule[]
}

/**
 * A stand-in for acme's status API: checks the API key and the request as acme does, serves the
 * seeded scenarios, and passes every request through the shared fault injector first.
 */
export function createAcmeSimulator(options: AcmeSimulatorOptions) {
  const scenarios = options.scenarios ?? acmeScenarios
  const payments = new Map(
    scenarios.flatMap((s) => ('paymentId' in s.query ? [[s.query.paymentId, s.body]] : [])),
  )
  const sessions = new Map(
    scenarios.flatMap((s) => ('session' in s.query ? [[s.query.session.token, s.body]] : [])),
  )
  const routes: Record<string, { field: string; store: Map<string, Record<string, unknown>> }> = {
    '/v1/payments/status': { field: 'id', store: payments },
    '/v1/sessions/status': { field: 'token', store: sessions },
  }
  // As strict as acme: the key, the method, a JSON body holding exactly the route's one id.
  const answer = async (request: Request): Promise<Response> => {
    if (request.headers.get('authorization') !== `Bearer ${options.apiKey}`) {
      return json(401, { error: 'invalid_api_key', message: 'The API key is not valid.' })
    }
    const route = routes[new URL(request.url).pathname]
    if (route === undefined) return json(404, { error: 'no_route' })
    if (request.method !== 'POST') return json(405, { error: 'method_not_allowed' })
    if (!request.headers.get('content-type')?.startsWith('application/json')) {
      return json(415, { error: 'unsupported_media_type' })
    }
    const body: unknown = await request.json().catch(() => undefined)
    const id =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[route.field] : undefined
    if (typeof id !== 'string' || Object.keys(body as object).length !== 1) {
      return json(400, {
        error: 'invalid_request',
        message: `Send exactly one string field, ${route.field}.`,
      })
    }
    const found = route.store.get(id)
    return found === undefined
      ? json(404, { error: 'not_found', message: 'No such record.' })
      : json(200, found)
  }

  return createSimulatorShell(answer, { faults: options.faults })
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
