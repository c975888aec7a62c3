import { constantTimeEqual, hmacSha256, parseJson } from '@durum/core'
import {
  createPlainSimulatorShell,
  type FaultRule,
  type SimulatorAnswer,
  type SimulatorRequest,
  type SimulatorShell,
} from '@durum/status-normalizer/simulator'
import * as v from 'valibot'
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

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' }
const NOT_FOUND_ROUTE: SimulatorAnswer = {
  status: 404,
  headers: { 'content-type': 'text/plain' },
  body: 'Not Found',
}

const json = (body: string | Uint8Array<ArrayBuffer>): SimulatorAnswer => ({
  status: 200,
  headers: JSON_HEADERS,
  body,
})

function failure(
  errorCode: string,
  errorMessage: string,
  params: Record<string, string | undefined>,
): SimulatorAnswer {
  const { locale = 'tr', conversationId } = params
  return json(
    JSON.stringify({
      status: 'failure',
      errorCode,
      errorMessage,
      locale,
      systemTime: Date.now(),
      conversationId,
    }),
  )
}

/** The first `conversationId` member: the top-level one in every iyzico body (refunds' own come later). */
const CONVERSATION_ID = /("conversationId"\s*:\s*)"(?:[^"\\]|\\.)*"/

/**
 * The body echoing the request's conversationId, as iyzico documents: in place of the one the
 * canned body was recorded with, or first where the recorded request sent none.
 */
function echoing(body: string, conversationId: string | undefined): string {
  if (conversationId === undefined) return body
  const echoed = JSON.stringify(conversationId)
  return CONVERSATION_ID.test(body)
    ? body.replace(CONVERSATION_ID, (_, member: string) => `${member}${echoed}`)
    : body.replace(/\{(\s*)/, (_, space: string) => `{${space}"conversationId": ${echoed},${space}`)
}

const utf8 = new TextDecoder()
const encoder = new TextEncoder()

/** Reads `IYZWSv2 base64(apiKey:…&randomKey:…&signature:…)`. */
function readAuthorization(header: string | null): Record<string, string> | undefined {
  if (header === null || !header.startsWith('IYZWSv2 ')) return undefined
  let decoded: string
  try {
    const binary = atob(header.slice('IYZWSv2 '.length))
    // atob gives one char per byte; the bytes are UTF-8, printable ASCII in practice (no second pass).
    decoded = /^[ -~]*$/.test(binary) ? binary : utf8.decode(binaryBytes(binary))
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

function binaryBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
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
  /**
   * The body echoing the request's conversationId; one that carries `signature` gets one made with
   * this simulator's secret over the echoed body, as iyzico would.
   */
  async function bytesOf(
    endpoint: IyzicoEndpoint,
    canned: string,
    conversationId: string | undefined,
  ): Promise<Uint8Array<ArrayBuffer>> {
    const body = echoing(canned, conversationId)
    if (!/"signature"\s*:/.test(body)) return encoder.encode(body)
    const parsed = parseJson(body)
    const params =
      endpoint === 'checkout-form'
        ? checkoutFormSignatureParams(v.parse(IyzicoCheckoutFormResultSchema, parsed))
        : paymentDetailSignatureParams(v.parse(IyzicoPaymentDetailSchema, parsed))
    const signature = await computeIyzicoResponseSignature(options.secretKey, params)
    return encoder.encode(body.replace(/("signature"\s*:\s*)"[0-9a-f]*"/, `$1"${signature}"`))
  }

  async function respond(request: SimulatorRequest): Promise<SimulatorAnswer> {
    const url = new URL(request.url)
    const route = ROUTES[url.pathname]
    if (route === undefined || route.method !== request.method) return NOT_FOUND_ROUTE
    let params: Record<string, string | undefined>
    if (request.method === 'POST') {
      try {
        params = JSON.parse(request.body) as Record<string, string | undefined>
      } catch {
        return failure('11', 'Geçersiz istek', {})
      }
    } else params = Object.fromEntries(url.searchParams)
    const authorization = readAuthorization(request.headers.get('authorization'))
    if (authorization?.apiKey !== options.apiKey) return failure('1001', 'api bilgileri bulunamadı', params)
    const randomKey = request.headers.get('x-iyzi-rnd') ?? ''
    // Over the bytes received, as iyzico checks: a GET signed over a `{}` it never carried fails.
    const expected = await hmacSha256(options.secretKey, randomKey + url.pathname + request.body, 'hex')
    if (
      authorization.randomKey !== randomKey ||
      !constantTimeEqual(expected, authorization.signature ?? '')
    ) {
      return failure('1000', 'Geçersiz imza', params)
    }

    const { endpoint } = route
    const { conversationId } = params
    if (endpoint === 'checkout-form' && !params.token) {
      return json(await bytesOf(endpoint, bodies.checkoutFormTokenRequired, conversationId))
    }
    // Both endpoints take either id, and refuse a request with neither.
    const byId = endpoint === 'payment-detail' || endpoint === 'reporting-payment-details'
    if (byId && !params.paymentId && !params.paymentConversationId) {
      return json(await bytesOf(endpoint, bodies.paymentDetailInvalidRequest, conversationId))
    }
    const body = answers.get(`${endpoint} ${iyzicoLookupKey(endpoint, params)}`) ?? NOT_FOUND[endpoint]
    return json(await bytesOf(endpoint, body, conversationId))
  }

  return Object.assign(createPlainSimulatorShell(respond, { faults: options.faults }), {
    scenarios: iyzicoScenarios,
  })
}
