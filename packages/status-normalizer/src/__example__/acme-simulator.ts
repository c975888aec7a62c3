import { createSimulatorShell } from '../testing/create-simulator-shell'
import type { FaultRule } from '../testing/fault'
import { type AcmeScenario, acmeScenarios } from './acme-scenarios'

export interface AcmeSimulatorOptions {
  apiKey: string
  scenarios?: readonly AcmeScenario[]
  faults?: readonly FaultRule[]
}

/**
 * A stand-in for acme's status API: checks the API key as acme does, serves the seeded scenarios,
 * and passes every request through the shared fault injector first.
 */
export function createAcmeSimulator(options: AcmeSimulatorOptions) {
  const scenarios = options.scenarios ?? acmeScenarios
  const payments = new Map(
    scenarios.flatMap((s) => ('paymentId' in s.query ? [[s.query.paymentId, s.body]] : [])),
  )
  const sessions = new Map(
    scenarios.flatMap((s) => ('session' in s.query ? [[s.query.session.token, s.body]] : [])),
  )
  const answer = async (request: Request): Promise<Response> => {
    if (request.headers.get('authorization') !== `Bearer ${options.apiKey}`) {
      return json(401, { error: 'invalid_api_key', message: 'The API key is not valid.' })
    }
    const body = (await request.json()) as Record<string, unknown>
    const path = new URL(request.url).pathname
    const store =
      path === '/v1/payments/status' ? payments : path === '/v1/sessions/status' ? sessions : undefined
    if (store === undefined) return json(404, { error: 'no_route' })
    const found = store.get(String(path === '/v1/payments/status' ? body.id : body.token))
    return found === undefined
      ? json(404, { error: 'not_found', message: 'No such record.' })
      : json(200, found)
  }

  return createSimulatorShell(answer, { faults: options.faults })
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
