import { parseJson } from '@durum/core'
import { createSimulatorShell, type FaultRule, type SimulatorShell } from '@durum/status-normalizer/simulator'
import * as v from 'valibot'
import { constantTimeEqual, hmacSha256Hex } from '../hmac-sha256'
import { IyzicoCheckoutFormResultSchema, IyzicoPaymentDetailSchema } from '../iyzico-schemas'
import {
  checkoutFormSignatureParams,
  computeIyzicoResponseSignature,
  paymentDetailSignatureParams,
} from '../verify-iyzico-response-signature'
import * as bodies from './iyzico-fixture-bodies'
import {
  type IyzicoCannedAnswer,
  type IyzicoEndpoint,
  type IyzicoScenario,
  iyzicoErrorScenarios,
  iyzicoLookupKey,
  iyzicoScenarios,
} from './iyzico-scenarios'

export interface IyzicoSimulatorOptions {
  apiKey: string
  secretKey: string
  /** Defaults to every seeded scenario and error scenario. */
  scenarios?: readonly { answers: readonly IyzicoCannedAnswer[] }[]
  /** Faults to inject from the start; more can be added through `faults`. */
  faults?: readonly FaultRule[]
}

/** `fetch`, `handle`, `listen`, `faults` and `requests` are the shared simulator shell's. */
export interface IyzicoSimulator extends SimulatorShell {
  scenarios: readonly IyzicoScenario[]
}

const ROUTES: Record<string, { method: 'GET' | 'POST'; endpoint: IyzicoEndpoint }> = {
  '/payment/detail': { method: 'POST', endpoint: 'payment-detail' },
  '/payment/iyzipos/checkoutform/auth/ecom/detail': { method: 'POST', endpoint: 'checkout-form' },
  '/v1/pay-with-iyzico/third-party-session/retrieve/session': {
    method: 'POST',
    endpoint: 'tokenization-session',
  },
  '/v2/reporting/payment/details': { method: 'GET', endpoint: 'reporting-payment-details' },
}

/** What iyzico answers when nothing matches: its real "not found" bodies. */
const NOT_FOUND: Record<IyzicoEndpoint, string> = {
  'payment-detail': bodies.paymentDetailNotFound,
  'checkout-form': bodies.checkoutFormTokenNotFound,
  'tokenization-session': bodies.sessionNotFound,
  'reporting-payment-details': bodies.reportingEmpty,
}

const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json;charset=UTF-8' } })

function failure(errorCode: string, errorMessage: string, locale: string): Response {
  return json(JSON.stringify({ status: 'failure', errorCode, errorMessage, locale, systemTime: Date.now() }))
}

/** Reads `IYZWSv2 base64(apiKey:…&randomKey:…&signature:…)`. */
function readAuthorization(header: string | null): Record<string, string> | undefined {
  if (header === null || !header.startsWith('IYZWSv2 ')) return undefined
  let decoded: string
  try {
    const binary = atob(header.slice('IYZWSv2 '.length))
    decoded = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
  } catch {
    return undefined
  }
  const fields: Record<string, string> = {}
  for (const part of decoded.split('&')) {
    const colon = part.indexOf(':')
    if (colon > 0) fields[part.slice(0, colon)] = part.slice(colon + 1)
  }
  return fields
}

/**
 * A local iyzico: checks the IYZWSv2 signature as iyzico does (error 1000 when wrong, 1001 for an
 * unknown API key), serves the seeded scenarios with their real bodies, re-signing those that carry
 * a response signature, and injects the shared faults.
 */
export function createIyzicoSimulator(options: IyzicoSimulatorOptions): IyzicoSimulator {
  const answers = new Map<string, string>()
  for (const scenario of options.scenarios ?? [...iyzicoScenarios, ...iyzicoErrorScenarios]) {
    for (const answer of scenario.answers) answers.set(`${answer.endpoint} ${answer.key}`, answer.body)
  }
  const signed = new Map<string, Promise<string>>()

  /** Bodies that carry `signature` get one made with this simulator's secret, as iyzico would. */
  function resign(endpoint: IyzicoEndpoint, body: string): Promise<string> {
    let pending = signed.get(body)
    if (pending === undefined) {
      pending = (async () => {
        if (!/"signature"\s*:/.test(body)) return body
        const parsed = parseJson(body)
        const params =
          endpoint === 'checkout-form'
            ? checkoutFormSignatureParams(v.parse(IyzicoCheckoutFormResultSchema, parsed))
            : paymentDetailSignatureParams(v.parse(IyzicoPaymentDetailSchema, parsed))
        const signature = await computeIyzicoResponseSignature(options.secretKey, params)
        return body.replace(/("signature"\s*:\s*)"[0-9a-f]*"/, `$1"${signature}"`)
      })()
      signed.set(body, pending)
    }
    return pending
  }

  async function respond(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const route = ROUTES[url.pathname]
    if (route === undefined || route.method !== request.method) {
      return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } })
    }
    const text = request.method === 'GET' ? '' : await request.text()
    let params: Record<string, string | undefined> = Object.fromEntries(url.searchParams)
    if (request.method === 'POST') {
      try {
        params = JSON.parse(text) as Record<string, string | undefined>
      } catch {
        return failure('11', 'Geçersiz istek', 'tr')
      }
    }
    const locale = params.locale ?? 'tr'

    const authorization = readAuthorization(request.headers.get('authorization'))
    if (authorization?.apiKey !== options.apiKey) return failure('1001', 'api bilgileri bulunamadı', locale)
    const randomKey = request.headers.get('x-iyzi-rnd') ?? ''
    // iyzico's official client signs a GET over `{}`: so does the check here.
    const expected = await hmacSha256Hex(
      options.secretKey,
      randomKey + url.pathname + (request.method === 'GET' ? '{}' : text),
    )
    if (
      authorization.randomKey !== randomKey ||
      !constantTimeEqual(expected, authorization.signature ?? '')
    ) {
      return failure('1000', 'Geçersiz imza', locale)
    }

    const { endpoint } = route
    if (endpoint === 'checkout-form' && !params.token) return json(bodies.checkoutFormTokenRequired)
    // Both endpoints take either id, and refuse a request with neither.
    const byId = endpoint === 'payment-detail' || endpoint === 'reporting-payment-details'
    if (byId && !params.paymentId && !params.paymentConversationId) {
      return json(bodies.paymentDetailInvalidRequest)
    }
    const body = answers.get(`${endpoint} ${iyzicoLookupKey(endpoint, params)}`) ?? NOT_FOUND[endpoint]
    return json(await resign(endpoint, body))
  }

  return Object.assign(createSimulatorShell(respond, { faults: options.faults }), {
    scenarios: iyzicoScenarios,
  })
}
