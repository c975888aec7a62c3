import { inspect } from 'node:util'
import { DurumError, type RequestEvent, type ResponseEvent } from '@durum/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import bodilessVectors from './__fixtures__/iyzico-bodiless-get.json' with { type: 'json' }
import vectors from './__fixtures__/iyzico-signatures.json' with { type: 'json' }
import { fixtureText } from './__test__/test-fixtures'
import { createIyzicoClient } from './iyzico-client'
import type { IyzicoReportingQuery } from './iyzico-queries'
import { signIyzicoRequest } from './sign-iyzico-request'
import { createIyzicoSimulator } from './testing'

const apiKey = 'sandbox-client-test-api-key-91c2'
const secretKey = 'sandbox-client-test-secret-key-5d7e'
const baseUrl = 'https://iyzico.simulator.test'

interface Sent {
  method: string
  url: string
  headers: Headers
  body: string
}

/** A fetch that records what was sent and answers with `answer` (or the simulator). */
function recording(answer: (request: Request) => Promise<Response> | Response) {
  const sent: Sent[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    sent.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.method === 'GET' ? '' : await request.clone().text(),
    })
    return answer(request)
  }
  return { fetch, sent }
}

const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } })

async function failureOf(promise: Promise<unknown>): Promise<DurumError> {
  const error = await promise.then(
    (result) => {
      throw new Error(`expected an error, got ${JSON.stringify(result)}`)
    },
    (caught: unknown) => caught,
  )
  if (!DurumError.isInstance(error)) throw error
  return error
}

function expectNoSecret(value: unknown, ...secrets: string[]) {
  const text = `${JSON.stringify(value)} ${inspect(value, { depth: 10 })} ${value instanceof Error ? `${value.message} ${String(value.cause)}` : ''}`
  for (const secret of secrets) expect(text).not.toContain(secret)
}

/** The POSTs the official Node client sends; its reporting GET carries a `{}` body fetch cannot send. */
const postVectors = vectors.requests.filter((vector) => vector.request.method === 'POST')

/** Asks reporting once with a vector's keys and random key; what was sent. */
async function askReporting(
  vector: { credentials: { apiKey: string; secretKey: string }; randomKey: string },
  conversationId: string,
  query: IyzicoReportingQuery,
): Promise<Sent[]> {
  const { fetch, sent } = recording(() =>
    json(fixtureText('reporting-payment-details.empty-payments.sandbox.json')),
  )
  const client = createIyzicoClient({
    ...vector.credentials,
    baseUrl,
    fetch,
    retry: false,
    randomKey: () => vector.randomKey,
    conversationId: () => conversationId,
  })
  await client.getReportingPaymentDetails(query).catch(() => undefined)
  return sent
}

describe('createIyzicoClient: requests', () => {
  it.each(
    postVectors.map((vector) => [`${vector.operation} ${JSON.stringify(vector.input)}`, vector] as const),
  )('sends exactly what the official client sends: %s', async (_, vector) => {
    const { fetch, sent } = recording(() =>
      json(fixtureText('reporting-payment-details.empty-payments.sandbox.json')),
    )
    const { locale: _locale, conversationId, ...query } = vector.input
    const client = createIyzicoClient({
      ...vector.credentials,
      baseUrl,
      fetch,
      retry: false,
      locale: vector.input.locale as 'tr' | 'en',
      randomKey: () => vector.randomKey,
      conversationId: () => conversationId,
    })
    const promise =
      vector.operation === 'checkoutForm.retrieve'
        ? client.getCheckoutFormResult(query as { token: string })
        : client.getPaymentDetail(query as { paymentId: string })
    await promise.catch(() => undefined)
    const [request] = sent
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe(`${baseUrl}${vector.request.path}`)
    expect(request?.body).toBe(vector.request.body)
    expect(request?.headers.get('authorization')).toBe(vector.request.headers.authorization)
    expect(request?.headers.get('x-iyzi-rnd')).toBe(vector.randomKey)
    expect(request?.headers.get('content-type')).toBe('application/json')
  })

  it.each(bodilessVectors.requests.map((vector) => [vector.request.path, vector] as const))(
    'asks reporting with no body, signed over its path alone: %s',
    async (path, vector) => {
      const query = Object.fromEntries(new URL(path, baseUrl).searchParams)
      const { locale: _locale, conversationId, ...ids } = query
      const sent = await askReporting(vector, conversationId ?? 'fresh-1', ids as IyzicoReportingQuery)
      // durum always sends a conversationId; the query string is not signed, so the header is the vector's.
      const expected =
        conversationId === undefined ? path.replace('locale=tr&', 'locale=tr&conversationId=fresh-1&') : path
      const [request] = sent
      expect(request?.method).toBe('GET')
      expect(request?.url).toBe(`${baseUrl}${expected}`)
      expect(request?.body).toBe('')
      expect(request?.headers.get('authorization')).toBe(vector.authorization)
    },
  )

  it('does not sign a reporting GET over a {} body it does not send (the Node client sends one)', async () => {
    const [nodeVector] = vectors.requests.filter((vector) => vector.request.method === 'GET')
    if (nodeVector === undefined) throw new Error('no reporting vector')
    const sent = await askReporting(nodeVector, '123456789', { paymentConversationId: 'order-42' })
    expect(sent[0]?.url).toBe(`${baseUrl}${nodeVector.request.path}`)
    expect(sent[0]?.headers.get('authorization')).not.toBe(nodeVector.request.headers.authorization)
  })

  it('signs every attempt afresh with a new random key', async () => {
    let calls = 0
    const { fetch, sent } = recording(() =>
      ++calls === 1 ? new Response('busy', { status: 503 }) : json('{}'),
    )
    const keys = ['111', '222']
    const client = createIyzicoClient({
      apiKey,
      secretKey,
      baseUrl,
      fetch,
      retry: { limit: 1, backoffMs: 1 },
      randomKey: () => keys.shift() ?? '333',
    })
    await client.getPaymentDetail({ paymentId: '1' }).catch(() => undefined)
    expect(sent.map((request) => request.headers.get('x-iyzi-rnd'))).toEqual(['111', '222'])
    const second = await signIyzicoRequest({
      apiKey,
      secretKey,
      randomKey: '222',
      path: '/payment/detail',
      body: sent[1]?.body ?? '',
    })
    expect(sent[1]?.headers.get('authorization')).toBe(second.authorization)
  })
})

describe('createIyzicoClient: answers', () => {
  const simulator = () => createIyzicoSimulator({ apiKey, secretKey })
  const client = () =>
    createIyzicoClient({ apiKey, secretKey, baseUrl, fetch: simulator().fetch, retry: false })

  it('returns the typed payment detail with exact money', async () => {
    const body = await client().getPaymentDetail({ paymentId: '20885695' })
    expect(body).toMatchObject({
      status: 'success',
      paymentStatus: 'SUCCESS',
      fraudStatus: 1,
      phase: 'AUTH',
      price: '1.00',
      paidPrice: '1.00',
      paymentId: '20885695',
    })
    expect(body.itemTransactions?.[0]?.merchantPayoutAmount).toBe('0.71')
  })

  it('accepts a signed answer re-signed with this secret', async () => {
    const body = await client().getPaymentDetail({ paymentId: '35790626' })
    expect(body.signature).toMatch(/^[0-9a-f]{64}$/)
  })

  it('returns the checkout-form result, the session and reporting', async () => {
    const c = client()
    expect((await c.getCheckoutFormResult({ token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e' })).paidPrice).toBe(
      '1.20',
    )
    expect(
      (
        await c.getTokenizationSession({
          checkoutFormToken: 'ab468ec8-c4ab-4449-b15b-69782f7786c6',
          paymentId: '29414275',
        })
      ).sessionInfo.sessionStatus,
    ).toBe('PASSIVE')
    for (const query of [{ paymentId: '35790626' }, { paymentConversationId: '20260611C995' }]) {
      const reporting = await c.getReportingPaymentDetails(query)
      expect(reporting.payments[0]).toMatchObject({
        paymentId: '35790626',
        paymentStatus: 1,
        paymentRefundStatus: 'TOTALLY_REFUNDED',
      })
      expect(reporting.payments[0]?.cancels?.[0]).toMatchObject({ refundPrice: '10.01', refundStatus: 1 })
    }
  })

  it('reads an unknown conversation id in reporting as an empty list, not an error', async () => {
    expect((await client().getReportingPaymentDetails({ paymentConversationId: 'nope' })).payments).toEqual(
      [],
    )
  })

  it('rejects an answer whose signature does not match, naming the check', async () => {
    // The real sandbox body keeps its real signature, made with a secret we do not have.
    const fetch = () =>
      Promise.resolve(json(fixtureText('payment-detail.success.fraud-1.signature.sandbox.json')))
    const error = await failureOf(
      createIyzicoClient({
        apiKey,
        secretKey,
        baseUrl,
        fetch,
        retry: false,
        conversationId: () => '20260611C995',
      }).getPaymentDetail({ paymentId: '35790626' }),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toMatch(/signature check/)
  })
})

describe('createIyzicoClient: errors', () => {
  /** A client whose request carried `conversationId`, as the recorded answer's did. */
  const answering = (response: () => Response, conversationId = 'fresh-1') =>
    createIyzicoClient({
      apiKey,
      secretKey,
      baseUrl,
      fetch: () => Promise.resolve(response()),
      retry: false,
      conversationId: () => conversationId,
    })

  it.each([
    ['error.1000-invalid-signature.sandbox.json', 200, 'authentication'],
    ['error.1000-invalid-signature.sandbox.json', 401, 'authentication'],
    ['error.1001-api-credentials-not-found.json', 200, 'authentication'],
    ['payment-detail.error-5087-payment-not-found.sandbox.json', 200, 'not_found'],
    ['payment-detail.error-11-invalid-request.sandbox.json', 400, 'validation'],
    ['checkout-form.error-5124-token-not-found.docs.json', 200, 'not_found'],
    ['checkout-form.error-5132-token-required.docs.json', 200, 'validation'],
    ['session.error-260016-session-not-found.docs.json', 400, 'not_found'],
    ['error.5010-3ds-required.json', 200, 'provider'],
    ['refund-v2.error-8514-already-in-progress.sandbox.json', 200, 'provider'],
    ['checkout-form.sdk-mock.status-failure-with-payment-fields.json', 200, 'provider'],
  ])('%s with HTTP %i → %s, code and message kept', async (name, status, code) => {
    const body = JSON.parse(fixtureText(name)) as {
      errorCode: string
      errorMessage: string
      conversationId?: string
    }
    const error = await failureOf(
      answering(() => json(fixtureText(name), status), body.conversationId).getPaymentDetail({
        paymentId: '1',
      }),
    )
    expect(error).toMatchObject({
      code,
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      status,
      providerCode: body.errorCode,
      providerMessage: body.errorMessage,
    })
  })

  it('a failure body on the session endpoint is an error even with other fields', async () => {
    const error = await failureOf(
      answering(() =>
        json(fixtureText('session.error-260016-session-not-found.docs.json'), 400),
      ).getTokenizationSession({
        checkoutFormToken: 'x',
        paymentId: '1',
      }),
    )
    expect(error.code).toBe('not_found')
  })

  it('a failure body with HTTP 429 is a rate limit with its Retry-After', async () => {
    const error = await failureOf(
      answering(() =>
        json('{"status":"failure","errorCode":"10000","errorMessage":"Too many requests"}', 429, {
          'retry-after': '3',
        }),
      ).getPaymentDetail({ paymentId: '1' }),
    )
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 3000 })
  })

  it('an HTML error page is reported with its HTTP status, retryable on a 5xx', async () => {
    const error = await failureOf(
      answering(
        () => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
      ).getPaymentDetail({
        paymentId: '1',
      }),
    )
    expect(error).toMatchObject({ code: 'provider', status: 502, retryable: true })
  })

  it.each([
    ['a non-JSON 200', 'Service Unavailable'],
    ['an empty 200', ''],
    ['an HTML 200', '<!doctype html><title>Maintenance</title>'],
    ['JSON of another shape', '["not", "a", "payment"]'],
    ['a payment with a malformed price', '{"status":"success","paymentStatus":"SUCCESS","price":"1,5"}'],
  ])('%s → response_format with an excerpt', async (_, body) => {
    const error = await failureOf(
      answering(() => new Response(body, { status: 200 })).getPaymentDetail({ paymentId: '1' }),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toMatch(/paymentId 1/)
  })
})

describe('createIyzicoClient: query validation, before any request', () => {
  const fetch = vi.fn(() => Promise.resolve(json('{}')))
  const client = createIyzicoClient({ apiKey, secretKey, baseUrl, fetch, retry: false })

  it.each([
    ['an empty paymentId', () => client.getPaymentDetail({ paymentId: '' }), 'paymentId'],
    [
      'both ids',
      () => client.getPaymentDetail({ paymentId: '1', paymentConversationId: 'x' } as never),
      'paymentConversationId',
    ],
    ['neither id', () => client.getPaymentDetail({} as never), 'paymentId'],
    ['a numeric paymentId', () => client.getPaymentDetail({ paymentId: 1 } as never), 'paymentId'],
    ['an empty token', () => client.getCheckoutFormResult({ token: ' ' }), 'token'],
    ['a null token', () => client.getCheckoutFormResult({ token: null } as never), 'token'],
    [
      'a session without paymentId',
      () => client.getTokenizationSession({ checkoutFormToken: 'x' } as never),
      'paymentId',
    ],
    [
      'an empty conversation id',
      () => client.getReportingPaymentDetails({ paymentConversationId: '' }),
      'paymentConversationId',
    ],
    [
      'reporting with both ids',
      () =>
        client.getReportingPaymentDetails({
          paymentId: '35790626',
          paymentConversationId: '20260611C995',
        } as unknown as IyzicoReportingQuery),
      'paymentConversationId',
    ],
    [
      'reporting with neither id',
      () => client.getReportingPaymentDetails({} as unknown as IyzicoReportingQuery),
      'paymentId',
    ],
  ])('%s → validation error naming %s', async (_, call, field) => {
    const error = await failureOf(call())
    expect(error).toMatchObject({ code: 'validation', field })
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('createIyzicoClient: options and credentials', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('reads IYZICO_API_KEY and IYZICO_SECRET_KEY lazily, at the first request', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const client = createIyzicoClient({ baseUrl, fetch: simulator.fetch, retry: false })
    vi.stubEnv('IYZICO_API_KEY', apiKey)
    vi.stubEnv('IYZICO_SECRET_KEY', secretKey)
    expect((await client.getPaymentDetail({ paymentId: '20885695' })).paymentStatus).toBe('SUCCESS')
  })

  it('says which key is missing, without sending anything', async () => {
    vi.stubEnv('IYZICO_API_KEY', '')
    vi.stubEnv('IYZICO_SECRET_KEY', '')
    const fetch = vi.fn(() => Promise.resolve(json('{}')))
    const error = await failureOf(createIyzicoClient({ baseUrl, fetch }).getPaymentDetail({ paymentId: '1' }))
    expect(error).toMatchObject({ code: 'validation', field: 'apiKey' })
    expect(error.message).toContain('IYZICO_API_KEY')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('uses the sandbox by default and production when asked', async () => {
    const { fetch, sent } = recording(() => json('{}'))
    await createIyzicoClient({ apiKey, secretKey, fetch, retry: false })
      .getPaymentDetail({ paymentId: '1' })
      .catch(() => undefined)
    await createIyzicoClient({ apiKey, secretKey, fetch, retry: false, environment: 'production' })
      .getPaymentDetail({ paymentId: '1' })
      .catch(() => undefined)
    expect(sent.map((request) => new URL(request.url).origin)).toEqual([
      'https://sandbox-api.iyzipay.com',
      'https://api.iyzipay.com',
    ])
  })

  it('refuses a mistyped option at once, naming it', () => {
    expect(() => createIyzicoClient({ environment: 'live' as never })).toThrow(/environment/)
    expect(() => createIyzicoClient({ timeout: -1 })).toThrow(/timeout/)
    expect(() => createIyzicoClient({ baseUrl: 'api.iyzipay.com' })).toThrow(/baseUrl/)
  })
})

describe('createIyzicoClient: no secret in any error, hook payload or raw', () => {
  it('keeps the API key, the secret key and the Authorization header out of hooks and errors', async () => {
    const requests: RequestEvent[] = []
    const responses: ResponseEvent[] = []
    const authorizations: string[] = []
    // A hostile upstream that echoes everything it got, credentials included.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init)
      const authorization = request.headers.get('authorization') ?? ''
      authorizations.push(authorization)
      return json(
        JSON.stringify({
          status: 'failure',
          errorCode: '10000',
          errorMessage: `echo ${authorization} ${apiKey} ${secretKey}`,
          apiKey,
          secretKey,
        }),
        500,
      )
    }
    const client = createIyzicoClient({
      apiKey,
      secretKey,
      baseUrl,
      fetch,
      retry: false,
      onRequest: (event) => requests.push(event),
      onResponse: (event) => responses.push(event),
    })
    const error = await failureOf(client.getPaymentDetail({ paymentId: '20885695' }))
    const [authorization = ''] = authorizations
    expect(authorization).toMatch(/^IYZWSv2 /)
    for (const value of [error, error.toJSON(), requests, responses]) {
      expectNoSecret(value, apiKey, secretKey, authorization, authorization.slice('IYZWSv2 '.length))
    }
    expect(requests).toHaveLength(1)
    expect(responses).toHaveLength(1)
  })
})

describe('createIyzicoClient: every answer bound to its question', () => {
  /** A simulator serving `body` for one paymentId or token, re-signed with its secret as iyzico would. */
  const serving = (answers: { endpoint: 'payment-detail' | 'checkout-form'; key: string; body: string }[]) =>
    createIyzicoSimulator({ apiKey, secretKey, scenarios: [{ answers }] })
  const signedDetail = fixtureText('payment-detail.success.fraud-1.signature.sandbox.json')

  it('sends a fresh random conversationId with every request', async () => {
    const { fetch, sent } = recording(() =>
      json(fixtureText('payment-detail.success.fraud-1.docs-2023.json')),
    )
    const client = createIyzicoClient({ apiKey, secretKey, baseUrl, fetch, retry: false })
    await client.getPaymentDetail({ paymentId: '20885695' }).catch(() => undefined)
    await client.getPaymentDetail({ paymentId: '20885695' }).catch(() => undefined)
    const ids = sent.map((request) => (JSON.parse(request.body) as { conversationId: string }).conversationId)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids[0]).not.toBe(ids[1])
  })

  it('refuses a signed SUCCESS about another payment, naming both ids', async () => {
    const simulator = serving([
      {
        endpoint: 'payment-detail',
        key: 'paymentId:2002',
        body: signedDetail.replaceAll('35790626', '1001'),
      },
    ])
    const client = createIyzicoClient({ apiKey, secretKey, baseUrl, fetch: simulator.fetch, retry: false })
    const error = await failureOf(client.getPaymentDetail({ paymentId: '2002' }))
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.payment-detail' })
    expect(error.message).toBe(
      "iyzico's answer for paymentId 2002 carries paymentId 1001, where the paymentId sent was 2002: it answers another question (misrouted, or replayed), so it was not used. Ask again.",
    )
  })

  it('refuses a checkout-form result for another token, naming both', async () => {
    const form = fixtureText('checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json')
    const simulator = serving([{ endpoint: 'checkout-form', key: 'token:asked-token', body: form }])
    const client = createIyzicoClient({ apiKey, secretKey, baseUrl, fetch: simulator.fetch, retry: false })
    const error = await failureOf(client.getCheckoutFormResult({ token: 'asked-token' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      "iyzico's answer for token asked-token carries token f8aee98c-7dad-430e-a20f-70f327f8e64e, where the token sent was asked-token: it answers another question (misrouted, or replayed), so it was not used. Ask again.",
    )
  })

  it('refuses a replayed answer: the conversationId echoed is an earlier request’s', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    let recorded: string | undefined
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (recorded !== undefined) return json(recorded)
      const response = await simulator.fetch(input, init)
      recorded = await response.clone().text()
      return response
    }
    const ids = ['first-request', 'second-request']
    const client = createIyzicoClient({
      apiKey,
      secretKey,
      baseUrl,
      fetch,
      retry: false,
      conversationId: () => ids.shift() ?? 'later',
    })
    expect((await client.getPaymentDetail({ paymentId: '35790626' })).conversationId).toBe('first-request')
    const error = await failureOf(client.getPaymentDetail({ paymentId: '35790626' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      "iyzico's answer for paymentId 35790626 carries conversationId first-request, where the conversationId sent was second-request: it answers another question (misrouted, or replayed), so it was not used. Ask again.",
    )
  })

  it('refuses a payment answer that does not echo the conversationId at all', async () => {
    const body = fixtureText('payment-detail.success.fraud-1.docs-2023.json').replace(
      '\n    "conversationId": "123456789",',
      '',
    )
    const client = answeringWith(body, 'fresh-1')
    const error = await failureOf(client.getPaymentDetail({ paymentId: '20885695' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      "iyzico's answer for paymentId 20885695 carries no conversationId, where the conversationId sent was fresh-1: it cannot be told from an answer to another question (a replayed one), so it was not used. Ask again.",
    )
  })

  // iyzico's session page says the conversationId sent is returned to match the two, but its own
  // example answer carries none: the provider's answer is the authority, so the session answer is
  // taken without the echo, and refused only when it echoes another request's id.
  it('takes the documented session answer without an echo, and refuses one echoing another conversationId', async () => {
    const documented = fixtureText('session.success.passive-card.docs.json')
    const asDocumented = await answeringWith(documented, 'fresh-1').getTokenizationSession({
      checkoutFormToken: 'x',
      paymentId: '1',
    })
    expect(asDocumented.sessionInfo.sessionStatus).toBe('PASSIVE')
    const echoing = (id: string) =>
      documented.replace('"locale": "tr",', `"locale": "tr",\n    "conversationId": "${id}",`)
    const echoed = await answeringWith(echoing('fresh-1'), 'fresh-1').getTokenizationSession({
      checkoutFormToken: 'x',
      paymentId: '1',
    })
    expect(echoed.sessionInfo.sessionStatus).toBe('PASSIVE')
    const error = await failureOf(
      answeringWith(echoing('another-request'), 'fresh-1').getTokenizationSession({
        checkoutFormToken: 'x',
        paymentId: '1',
      }),
    )
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.tokenization-session' })
    expect(error.message).toContain(
      'carries conversationId another-request, where the conversationId sent was fresh-1',
    )
  })

  it('refuses a reporting answer echoing another conversationId', async () => {
    const client = answeringWith(
      fixtureText('reporting-payment-details.empty-payments.sandbox.json'),
      'fresh-1',
    )
    const error = await failureOf(client.getReportingPaymentDetails({ paymentId: '1' }))
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.reporting-payment-details' })
    expect(error.message).toContain(
      'carries conversationId nonexistent-order-99999, where the conversationId sent was fresh-1',
    )
  })

  it('refuses an error body echoing another request’s conversationId; keeps one without an echo', async () => {
    const replayed = await failureOf(
      answeringWith(
        fixtureText('payment-detail.error-5087-payment-not-found.sandbox.json'),
        'fresh-1',
      ).getPaymentDetail({ paymentConversationId: 'order-1' }),
    )
    expect(replayed.code).toBe('response_format')
    const unechoed = await failureOf(
      answeringWith(
        fixtureText('payment-detail.error-11-invalid-request.sandbox.json'),
        'fresh-1',
      ).getPaymentDetail({
        paymentId: '1',
      }),
    )
    expect(unechoed).toMatchObject({ code: 'validation', providerCode: '11' })
  })
})

describe('createIyzicoClient: response signatures', () => {
  const simulator = () => createIyzicoSimulator({ apiKey, secretKey })

  it('refuses an unsigned answer with requireSignature, and takes a signed one', async () => {
    const client = createIyzicoClient({
      apiKey,
      secretKey,
      baseUrl,
      fetch: simulator().fetch,
      retry: false,
      requireSignature: true,
    })
    const error = await failureOf(client.getPaymentDetail({ paymentId: '20885695' }))
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.payment-detail' })
    expect(error.message).toBe(
      "iyzico's answer for paymentId 20885695 carries no response signature, and requireSignature is set, so it was not used. Ask iyzico to sign this account's answers, or leave requireSignature out to accept unsigned ones (marked signed: false).",
    )
    expect((await client.getPaymentDetail({ paymentId: '35790626' })).signature).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a mistyped requireSignature at once', () => {
    expect(() => createIyzicoClient({ requireSignature: 'yes' as never })).toThrow(/requireSignature/)
  })
})

describe('createIyzicoClient: no key iyzico echoes comes back out', () => {
  it.each(['errorCode', 'errorGroup', 'errorMessage'])(
    'a key echoed in %s stays out of the error',
    async (field) => {
      for (const key of [apiKey, secretKey]) {
        const body = JSON.stringify({
          status: 'failure',
          errorCode: '10000',
          errorMessage: 'Sistem hatası',
          errorGroup: 'SYSTEM_ERROR',
          [field]: `echo ${key} echo`,
          conversationId: 'fresh-1',
        })
        const error = await failureOf(answeringWith(body, 'fresh-1').getPaymentDetail({ paymentId: '1' }))
        expect(error.code).toBe('provider')
        const chain: unknown[] = []
        for (let link: unknown = error; link !== undefined; link = (link as { cause?: unknown }).cause)
          chain.push(link)
        for (const value of [
          error,
          error.toJSON(),
          error.message,
          error.providerCode,
          error.providerMessage,
          ...chain,
        ]) {
          expectNoSecret(value, key)
        }
        // errorGroup reaches no field of the error; the other two are kept, redacted.
        if (field !== 'errorGroup') {
          expect(`${error.providerCode} ${error.providerMessage}`).toContain('echo [REDACTED] echo')
        }
      }
    },
  )
})

/** A client answered with `body` every time, whose requests carry `conversationId`. */
function answeringWith(body: string, conversationId: string) {
  return createIyzicoClient({
    apiKey,
    secretKey,
    baseUrl,
    fetch: () => Promise.resolve(json(body)),
    retry: false,
    conversationId: () => conversationId,
  })
}
