import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DurumError } from '../durum-error'
import { createRedactor, REDACTED } from '../redact'
import { createTransport } from '../transport'
import { bindingMessages } from './bind-answer'
import { createProviderApi, type ProviderApiSpec, providerConnection } from './create-provider-api'
import type { ProviderEndpoint } from './provider-endpoint'
import { resolveProviderOptions } from './provider-options'
import { queryIdSchema } from './provider-query'

const SECRET = 'sk-live-7Hq2Lm9Xr4'

interface Received {
  url: string
  method: string
  body: string | undefined
  signature: string | null
}

/** A fetch that records what the server received and answers from `answers` in turn (the last repeats). */
function server(...answers: { status?: number; body: unknown }[]) {
  const received: Received[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    received.push({
      url: request.url,
      method: request.method,
      body: request.method === 'GET' ? undefined : await request.text(),
      signature: request.headers.get('x-signature'),
    })
    const answer = answers[Math.min(received.length - 1, answers.length - 1)] ?? { body: {} }
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
    return new Response(text, {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    })
  }
  return { fetch, received }
}

interface Credentials {
  key: string
}

const OrderSchema = v.object({
  result: v.string(),
  orderId: v.optional(v.string()),
  echo: v.optional(v.string()),
})

const refusal: ProviderEndpoint<{ orderId: string }, unknown, Credentials>['refusal'] = (json, answer) =>
  (json as { result?: unknown }).result === 'error'
    ? new DurumError({
        code: 'provider',
        source: answer.source,
        message: `acme refused ${answer.subject.en}: ${(json as { reason?: string }).reason}`,
      })
    : undefined

const order: ProviderEndpoint<{ orderId: string }, v.InferOutput<typeof OrderSchema>, Credentials> = {
  method: 'POST',
  path: '/orders/status',
  source: 'acme.order',
  querySchema: v.strictObject({ orderId: queryIdSchema }),
  schema: OrderSchema,
  fields: (query) => ({ ORDER: query.orderId }),
  describe: (query) => `order ${query.orderId}`,
  refusal,
  bind: (query, body, bind) => bind('orderId', query.orderId, body.orderId, false),
}

const lookup: ProviderEndpoint<{ orderId: string }, v.InferOutput<typeof OrderSchema>, Credentials> = {
  ...order,
  method: 'GET',
  path: '/orders',
  source: 'acme.lookup',
}

function acme(fetch: typeof globalThis.fetch, more: Partial<ProviderApiSpec<Credentials>> = {}) {
  let attempt = 0
  let conversation = 0
  return createProviderApi<Credentials>({
    provider: 'acme',
    providerLabel: 'Acme',
    baseUrl: 'https://acme.test/api/',
    transportOptions: { fetch, retry: { limit: 1, backoffMs: 0 } },
    createTransport,
    redactor: createRedactor({ secrets: () => [SECRET] }),
    credentials: () => ({ key: SECRET }),
    commonFields: ({ key }) => ({ KEY: key }),
    echo: { field: 'echo', next: () => `conversation-${++conversation}` },
    sign: async () => ({ 'x-signature': `signature-${++attempt}` }),
    unreadableHint: 'Retry.',
    binding: {
      mismatch: ({ subject, field, asked, answered }) =>
        `Acme answered ${subject.en} with ${field} ${answered}, not ${asked}.`,
      missing: ({ subject, field, asked }) =>
        `Acme answered ${subject.en} with no ${field}; ${asked} was sent.`,
    },
    ...more,
  })
}

async function failure(run: Promise<unknown>): Promise<DurumError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!DurumError.isInstance(error)) throw new Error(`expected a DurumError, got ${String(error)}`)
  return error
}

describe('createProviderApi', () => {
  it('sends the common fields, the echo and the endpoint fields as JSON, signed afresh for each attempt', async () => {
    const { fetch, received } = server(
      { status: 503, body: { result: 'busy' } },
      { body: { result: 'paid', orderId: 'ORD-1', echo: 'conversation-1' } },
    )
    const answer = await acme(fetch).call(order, { orderId: 'ORD-1' })
    expect(answer.body).toEqual({ result: 'paid', orderId: 'ORD-1', echo: 'conversation-1' })
    expect(received.map((request) => request.body)).toEqual([
      `{"KEY":"${SECRET}","echo":"conversation-1","ORDER":"ORD-1"}`,
      `{"KEY":"${SECRET}","echo":"conversation-1","ORDER":"ORD-1"}`,
    ])
    expect(received.map((request) => request.signature)).toEqual(['signature-1', 'signature-2'])
    expect(received[0]?.url).toBe('https://acme.test/api/orders/status')
  })

  it('puts a GET request fields in the query string and sends no body', async () => {
    const { fetch, received } = server({ body: { result: 'paid', orderId: 'ORD-1', echo: 'conversation-1' } })
    await acme(fetch).call(lookup, { orderId: 'ORD-1' })
    expect(received).toEqual([
      {
        url: `https://acme.test/api/orders?KEY=${SECRET}&echo=conversation-1&ORDER=ORD-1`,
        method: 'GET',
        body: undefined,
        signature: 'signature-1',
      },
    ])
  })

  it('sends the fields as a form when asked, with the signed fields computed over the others last', async () => {
    const { fetch, received } = server({
      body: { result: 'paid', orderId: 'ORD 1&2', echo: 'conversation-1' },
    })
    const signFields = async (fields: Readonly<Record<string, string>>, { key }: Credentials) => ({
      token: `${Object.values(fields).join('|')}|${key.length}`,
    })
    await acme(fetch, { bodyEncoding: 'form', signFields }).call(order, { orderId: 'ORD 1&2' })
    expect(received.map((request) => request.body)).toEqual([
      `KEY=${SECRET}&echo=conversation-1&ORDER=ORD+1%262&token=${SECRET}%7Cconversation-1%7CORD+1%262%7C18`,
    ])
  })

  it('keeps raw as the body with every secret redacted', async () => {
    const { fetch } = server({
      body: { result: 'paid', orderId: 'ORD-1', echo: 'conversation-1', note: SECRET },
    })
    const answer = await acme(fetch).call(order, { orderId: 'ORD-1' })
    expect(answer.raw).toEqual({
      result: 'paid',
      orderId: 'ORD-1',
      echo: 'conversation-1',
      note: '[REDACTED]',
    })
  })

  it('throws the envelope refusal, whatever the HTTP status, with the secrets it quotes redacted', async () => {
    const { fetch } = server({ status: 400, body: { result: 'error', reason: `bad key ${SECRET}` } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.code).toBe('provider')
    expect(error.message).toBe('acme refused order ORD-1: bad key [REDACTED]')
  })

  it('refuses a refusal that echoes another request', async () => {
    const { fetch } = server({ body: { result: 'error', reason: 'no', echo: 'conversation-9' } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toBe('Acme answered order ORD-1 with echo conversation-9, not conversation-1.')
  })

  it('refuses an answer without the echo when the endpoint requires it, and takes it when optional', async () => {
    const { fetch } = server({ body: { result: 'paid', orderId: 'ORD-1' } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.message).toBe('Acme answered order ORD-1 with no echo; conversation-1 was sent.')
    const answer = await acme(fetch).call({ ...order, echo: 'optional' }, { orderId: 'ORD-1' })
    expect(answer.body.result).toBe('paid')
  })

  it('refuses an answer about another id, naming both', async () => {
    const { fetch } = server({ body: { result: 'paid', orderId: 'ORD-2', echo: 'conversation-1' } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error).toMatchObject({
      code: 'response_format',
      provider: 'acme',
      source: 'acme.order',
      status: 200,
    })
    expect(error.message).toBe('Acme answered order ORD-1 with orderId ORD-2, not ORD-1.')
  })

  it('turns a non-2xx status the envelope did not explain into the HTTP-status error', async () => {
    const { fetch } = server({ status: 404, body: { result: 'gone' } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error).toMatchObject({ code: 'not_found', status: 404, source: 'acme.order' })
  })

  it('refuses an answer of another shape as response_format, naming the path', async () => {
    const { fetch } = server({ body: { result: 7, echo: 'conversation-1' } })
    const error = await failure(acme(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('(at result: ')
  })

  it('reads an answer only after redacting it where answers may echo a secret', async () => {
    const { fetch } = server({ body: { result: SECRET, orderId: 'ORD-1', echo: 'conversation-1' } })
    const answer = await acme(fetch, { answersEchoSecrets: true }).call(order, { orderId: 'ORD-1' })
    expect(answer.body.result).toBe('[REDACTED]')
  })

  it('validates a query at the client door, naming the field, before anything is sent', async () => {
    const { fetch, received } = server({ body: { result: 'paid' } })
    const getOrder = acme(fetch).method(order)
    const error = await failure(getOrder({ orderId: ' ' }))
    expect(error).toMatchObject({ code: 'validation', field: 'orderId', source: 'acme.order' })
    expect(error.message).toBe(
      'The Acme query is invalid at `orderId`: must not be empty. Nothing was sent to Acme.',
    )
    expect(received).toEqual([])
  })
})

describe('a provider wired from its resolved options', () => {
  const messages = {
    'acme.another_answer': {
      en: ({ field, asked, answered }: { field: string; asked: string; answered: string }) =>
        `Acme answered about ${field} ${answered}, not ${asked}.`,
      tr: ({ field, asked, answered }: { field: string; asked: string; answered: string }) =>
        `Acme ${asked} yerine ${field} ${answered} hakkında yanıt verdi.`,
    },
    'acme.unbound_answer': {
      en: ({ field }: { field: string }) => `Acme's answer names no ${field}.`,
      tr: ({ field }: { field: string }) => `Acme'nin yanıtında ${field} yok.`,
    },
  }

  function wired(fetch: typeof globalThis.fetch) {
    const resolved = resolveProviderOptions(
      {
        provider: 'acme',
        providerLabel: 'Acme',
        environments: { sandbox: 'https://sandbox.acme.test/', production: 'https://acme.test/' },
        credentials: { key: { name: 'key', secret: true } },
      },
      { key: SECRET, fetch, retry: { limit: 0 } },
    )
    return createProviderApi({
      provider: 'acme',
      providerLabel: 'Acme',
      ...providerConnection(resolved, ['cardToken']),
      createTransport,
      binding: bindingMessages(messages, 'acme'),
    })
  }

  it('ends the message for an answer that is not JSON with "retry, then ask support" in each locale', async () => {
    const { fetch } = server({ body: 'Service Unavailable' })
    const error = await failure(wired(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toMatch(/ Retry; if it persists, ask Acme support\.$/)
    expect(error.messages?.tr).toMatch(/ Yeniden deneyin; sürerse Acme destek ekibine başvurun\.$/)
  })

  it("refuses an answer about another id with the catalog's sentence", async () => {
    const { fetch } = server({ body: { result: 'paid', orderId: 'ORD-2' } })
    const error = await failure(wired(fetch).call(order, { orderId: 'ORD-1' }))
    expect(error.message).toBe('Acme answered about orderId ORD-2, not ORD-1.')
  })

  it('signs in with the resolved credentials and keeps both the secrets and the named keys out of raw', async () => {
    const { fetch, received } = server({ body: { result: SECRET, orderId: 'ORD-1', cardToken: 'tok-9' } })
    const api = wired(fetch)
    const answer = await api.call(
      { ...order, schema: v.object({ ...OrderSchema.entries, cardToken: v.string() }) },
      { orderId: 'ORD-1' },
    )
    expect(received.map((request) => request.url)).toEqual(['https://sandbox.acme.test/orders/status'])
    expect(answer.raw).toEqual({ result: REDACTED, orderId: 'ORD-1', cardToken: REDACTED })
  })
})
