import type { RequestEvent, ResponseEvent, RetryOptions } from '@durum/core'
import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { createStatusNormalizer, type NormalizedResult } from '@durum/status-normalizer'
import { type FaultRule, type ServedHandler, serveFetchHandler } from '@durum/status-normalizer/testing'
import { rewritingFetch } from './rewriting-fetch'

/** Recognisable secrets: any of them found in an error, hook payload or `raw` is a leak. */
export const SECRETS = {
  iyzicoApiKey: 'sandbox-RELIABILITYapiKEY7Q3x9',
  iyzicoSecretKey: 'sandbox-RELIABILITYsecretKEY4Zk2p',
  esnekposMerchant: 'RELIABILITYMERCHANT',
  esnekposMerchantKey: 'RELIABILITYmerchantKEY+8f/w==',
} as const

export type ProviderName = 'iyzico' | 'esnekpos'

export interface HarnessOptions {
  timeout?: number
  retry?: number | RetryOptions | false
  onRequest?: (event: RequestEvent) => void
  onResponse?: (event: ResponseEvent) => void
  /** Credentials the client sends; default the ones the simulator accepts. */
  wrongCredentials?: boolean
  /** Rewrites the primary path's answers as text, past anything a fault's JSON could build. */
  rewriteBody?: (real: string) => string
}

type Body = Record<string, unknown>

/** One provider as the reliability tests see it: a simulator on a real socket and its normalizer. */
export interface ProviderHarness {
  name: ProviderName
  /** The query of a paid payment (its unfaulted answer is SUCCEEDED). */
  paidQuery: Record<string, unknown>
  /** The path of the status query `paidQuery` sends; faults are aimed at it. */
  primaryPath: string
  secrets: readonly string[]
  /** Body transforms for schema drift on the paid answer. */
  drift: {
    /** Removes the field that carries the payment status. */
    missingPaymentStatus(body: Body): unknown
    /** Removes the envelope's own status (iyzico `status`, EsnekPOS `RETURN_CODE`). */
    missingEnvelopeStatus(body: Body): unknown
    /** Replaces every status enum by a value this version does not know. */
    unknownEnums(body: Body): unknown
    /** Adds fields, top-level and nested, that this version does not know. */
    extraFields(body: Body): unknown
    /** Echoes the credentials back inside the body (a misbehaving proxy or provider). */
    echoSecrets(body: Body): unknown
  }
  start(options?: HarnessOptions): Promise<RunningHarness>
}

export interface RunningHarness {
  served: ServedHandler
  /** Requests that reached the primary path, faults included. */
  primaryRequests(): number
  /** Server-side requests whose client connection is still open. */
  openRequests(): number
  /** Every Authorization header the server received: credentials in the form they travel. */
  authorizations(): string[]
  addFault(rule: FaultRule): void
  getStatus(query: Record<string, unknown>, signal?: AbortSignal): Promise<NormalizedResult>
  normalizer: ReturnType<typeof createStatusNormalizer>
  close(): Promise<void>
}

const extra = { durumUnknownField: 'x', durumUnknownObject: { nested: [1, 2, { deep: true }] } }

function mapEach(list: unknown, edit: (item: Body) => Body): unknown {
  return Array.isArray(list) ? list.map((item) => edit(item as Body)) : list
}

function without(body: Body, ...keys: string[]): Body {
  const copy = { ...body }
  for (const key of keys) delete copy[key]
  return copy
}

interface Simulator {
  handle(request: Request): Promise<Response>
  faults: { add(rule: FaultRule): void }
}

async function serve(
  simulator: Simulator,
  primaryPath: string,
  rewriteBody: ((real: string) => string) | undefined,
): Promise<
  Pick<RunningHarness, 'served' | 'primaryRequests' | 'openRequests' | 'authorizations' | 'addFault'>
> {
  let primary = 0
  // A request is live until its answer is fully written or its client connection closes.
  const live = new Set<Request>()
  const authorizations: string[] = []
  const answer = rewriteBody
    ? rewritingFetch(simulator, { path: primaryPath, body: rewriteBody }).fetch
    : (request: Request) => simulator.handle(request)
  const served = await serveFetchHandler(async (request) => {
    if (new URL(request.url).pathname === primaryPath) primary++
    const authorization = request.headers.get('authorization')
    if (authorization !== null) authorizations.push(authorization)
    live.add(request)
    request.signal.addEventListener('abort', () => live.delete(request), { once: true })
    let response: Response
    try {
      response = await answer(request)
    } catch (error) {
      live.delete(request)
      throw error
    }
    if (response.body === null) {
      live.delete(request)
      return response
    }
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({ flush: () => void live.delete(request) }),
    )
    return new Response(body, { status: response.status, headers: response.headers })
  })
  return {
    served,
    primaryRequests: () => primary,
    openRequests: () => live.size,
    authorizations: () => [...authorizations],
    addFault: (rule) =>
      simulator.faults.add({
        match: (request) => new URL(request.url).pathname === primaryPath,
        ...rule,
      }),
  }
}

function running(
  base: Awaited<ReturnType<typeof serve>>,
  provider: Parameters<typeof createStatusNormalizer>[0]['providers'][number],
  name: ProviderName,
): RunningHarness {
  const normalizer = createStatusNormalizer({ providers: [provider] })
  return {
    ...base,
    normalizer,
    getStatus: (query, signal) =>
      (normalizer.getStatus as (q: unknown, o?: { signal?: AbortSignal }) => Promise<NormalizedResult>)(
        { provider: name, ...query },
        signal === undefined ? {} : { signal },
      ),
    close: () => base.served.close(),
  }
}

function transportOptions(options: HarnessOptions) {
  return {
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
    ...(options.onResponse === undefined ? {} : { onResponse: options.onResponse }),
  }
}

export const iyzicoHarness: ProviderHarness = {
  name: 'iyzico',
  paidQuery: { paymentId: '20885695' },
  primaryPath: '/payment/detail',
  secrets: [SECRETS.iyzicoApiKey, SECRETS.iyzicoSecretKey],
  drift: {
    missingPaymentStatus: (body) => without(body, 'paymentStatus'),
    missingEnvelopeStatus: (body) => without(body, 'status'),
    unknownEnums: (body) => ({
      ...body,
      paymentStatus: 'SUCCESS_CAPTURED',
      fraudStatus: 2,
      phase: 'CAPTURE',
      itemTransactions: mapEach(body.itemTransactions, (item) => ({ ...item, transactionStatus: 9 })),
    }),
    extraFields: (body) => ({
      ...body,
      ...extra,
      itemTransactions: mapEach(body.itemTransactions, (item) => ({ ...item, ...extra })),
    }),
    echoSecrets: (body) => ({
      ...body,
      apiKey: SECRETS.iyzicoApiKey,
      secretKey: SECRETS.iyzicoSecretKey,
      echo: `request signed with ${SECRETS.iyzicoSecretKey} for ${SECRETS.iyzicoApiKey}`,
    }),
  },
  async start(options = {}) {
    const simulator = createIyzicoSimulator({
      apiKey: SECRETS.iyzicoApiKey,
      secretKey: SECRETS.iyzicoSecretKey,
    })
    const base = await serve(simulator, this.primaryPath, options.rewriteBody)
    const provider = iyzico({
      apiKey: options.wrongCredentials ? `${SECRETS.iyzicoApiKey}-old` : SECRETS.iyzicoApiKey,
      secretKey: options.wrongCredentials ? `${SECRETS.iyzicoSecretKey}-old` : SECRETS.iyzicoSecretKey,
      baseUrl: base.served.url,
      ...transportOptions(options),
    })
    return running(base, provider, 'iyzico')
  },
}

export const esnekposHarness: ProviderHarness = {
  name: 'esnekpos',
  paidQuery: { sendPaymentRequestId: '2482' },
  primaryPath: '/api/services/SendPaymentRequestQuery',
  secrets: [SECRETS.esnekposMerchantKey],
  drift: {
    missingPaymentStatus: (body) => ({
      ...body,
      PAYMENTS: mapEach(body.PAYMENTS, (attempt) => without(attempt, 'PAYMENT_STATUS')),
    }),
    missingEnvelopeStatus: (body) => without(body, 'RETURN_CODE'),
    unknownEnums: (body) => ({
      ...body,
      PAYMENTS: mapEach(body.PAYMENTS, (attempt) => ({ ...attempt, PAYMENT_STATUS: 'Ödeme - Onaylandı' })),
    }),
    extraFields: (body) => ({
      ...body,
      ...extra,
      PAYMENTS: mapEach(body.PAYMENTS, (attempt) => ({ ...attempt, ...extra })),
    }),
    echoSecrets: (body) => ({
      ...body,
      MERCHANT: SECRETS.esnekposMerchant,
      MERCHANT_KEY: SECRETS.esnekposMerchantKey,
      RETURN_MESSAGE: `SUCCESS for key ${SECRETS.esnekposMerchantKey}`,
    }),
  },
  async start(options = {}) {
    const simulator = createEsnekposSimulator({
      merchant: SECRETS.esnekposMerchant,
      merchantKey: SECRETS.esnekposMerchantKey,
    })
    const base = await serve(simulator, this.primaryPath, options.rewriteBody)
    const provider = esnekpos({
      merchant: SECRETS.esnekposMerchant,
      merchantKey: options.wrongCredentials
        ? `${SECRETS.esnekposMerchantKey}-old`
        : SECRETS.esnekposMerchantKey,
      baseUrl: base.served.url,
      ...transportOptions(options),
    })
    return running(base, provider, 'esnekpos')
  },
}

export const harnesses = [iyzicoHarness, esnekposHarness] as const
