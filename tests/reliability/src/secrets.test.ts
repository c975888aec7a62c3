import { inspect } from 'node:util'
import { REDACTED, type RequestEvent, type ResponseEvent } from '@durum/core'
import { esnekpos } from '@durum/esnekpos'
import { esnekposErrorScenarios, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { iyzicoErrorScenarios, iyzicoScenarios } from '@durum/iyzico/testing'
import { createStatusNormalizer, type NormalizedResult } from '@durum/status-normalizer'
import { type FaultRule, findSecrets } from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import {
  esnekposHarness,
  iyzicoHarness,
  type ProviderHarness,
  type RunningHarness,
  SECRETS,
} from './support/provider-harness'
import { type Outcome, settle } from './support/settle'

/** Each secret as it may travel: plain, URL-encoded, base64. */
function forms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), btoa(secret)])]
}

/** A 502 from a proxy that echoes the request it got, Authorization header and body included. */
function echoingProxy(body: string): FaultRule {
  const rule: Extract<FaultRule, { type: 'status' }> = {
    type: 'status',
    status: 502,
    contentType: 'text/plain',
    match: (request) => {
      rule.body = `Bad gateway for ${request.method} ${request.url}\nauthorization: ${request.headers.get('authorization')}\nx-iyzi-rnd: ${request.headers.get('x-iyzi-rnd')}\n${body}`
      return true
    },
  }
  return rule
}

interface ErrorPath {
  name: string
  query: Record<string, unknown>
  faults?: FaultRule[]
  wrongCredentials?: boolean
}

function errorPaths(harness: ProviderHarness): ErrorPath[] {
  const query = harness.paidQuery
  const secretText = harness.secrets.join(' ')
  const withFault = (name: string, ...faults: FaultRule[]): ErrorPath => ({ name, query, faults })
  const providerErrors =
    harness.name === 'iyzico'
      ? iyzicoErrorScenarios.map((scenario) => ({ name: scenario.name, query: { ...scenario.query } }))
      : esnekposErrorScenarios.map((scenario) => ({ name: scenario.name, query: { ...scenario.query } }))
  const refusalEchoingSecrets =
    harness.name === 'iyzico'
      ? JSON.stringify({ status: 'failure', errorCode: '10000', errorMessage: `bad key ${secretText}` })
      : JSON.stringify({
          PAYMENTS: null,
          RETURN_CODE: '100',
          RETURN_MESSAGE: `bad key ${secretText}`,
          STATUS: 'ERROR',
        })
  return [
    ...providerErrors,
    { name: 'wrong credentials', query, wrongCredentials: true },
    withFault('HTTP 500', { type: 'status', status: 500 }),
    withFault('HTTP 401', { type: 'status', status: 401 }),
    withFault('HTTP 403', { type: 'status', status: 403 }),
    withFault('HTTP 404', { type: 'status', status: 404 }),
    withFault('HTTP 429', { type: 'rate_limit', retryAfterSeconds: 60 }),
    withFault('timeout', { type: 'hang' }),
    withFault('connection reset', { type: 'reset' }),
    withFault('truncated JSON', { type: 'truncate' }),
    withFault('HTML 200', { type: 'html', status: 200 }),
    withFault('HTML 502', { type: 'html', status: 502 }),
    withFault('empty body', { type: 'empty' }),
    withFault('missing status', { type: 'drift', transform: harness.drift.missingEnvelopeStatus }),
    withFault('a proxy echoing the request', echoingProxy(secretText)),
    withFault('a 200 that is not JSON but echoes the keys', {
      type: 'status',
      status: 200,
      body: `<html>key=${secretText}</html>`,
      contentType: 'text/html',
    }),
    withFault('a refusal whose message echoes the keys', {
      type: 'status',
      status: 200,
      body: refusalEchoingSecrets,
      contentType: 'application/json',
    }),
    withFault('a JSON body that echoes the keys and has the wrong shape', {
      type: 'drift',
      transform: (body) => ({
        ...(harness.drift.echoSecrets(body) as object),
        ...(harness.drift.missingEnvelopeStatus({}) as object),
      }),
    }),
  ]
}

interface Sighting {
  where: string
  secrets: string[]
}

async function runAll(harness: ProviderHarness): Promise<{ sightings: Sighting[]; outcomes: number }> {
  const sightings: Sighting[] = []
  let outcomes = 0
  const events: (RequestEvent | ResponseEvent)[] = []
  const hooks = {
    onRequest: (event: RequestEvent) => void events.push(event),
    onResponse: (event: ResponseEvent) => void events.push(event),
  }
  const sent: string[] = []
  const look = (where: string, value: unknown, secrets: readonly string[]) => {
    const found = findSecrets(value, secrets)
    if (found.length > 0) sightings.push({ where, secrets: found })
  }
  const record = (name: string, outcome: Outcome, running: RunningHarness) => {
    outcomes++
    sent.push(...running.authorizations())
    const secrets = [...harness.secrets.flatMap(forms), ...running.authorizations()]
    look(name, outcome.kind === 'error' ? outcome.error : outcome.result, secrets)
  }

  for (const path of errorPaths(harness)) {
    const running = await harness.start({
      timeout: 300,
      retry: false,
      ...hooks,
      ...(path.wrongCredentials ? { wrongCredentials: true } : {}),
    })
    try {
      for (const fault of path.faults ?? []) running.addFault(fault)
      record(path.name, await settle(() => running.getStatus(path.query)), running)
    } finally {
      await running.close()
    }
  }

  // Every seeded answer, and the same answers with the keys echoed into the body: `raw` stays clean.
  const scenarios =
    harness.name === 'iyzico'
      ? iyzicoScenarios.map((scenario) => ({ name: scenario.name, query: { ...scenario.query } }))
      : esnekposScenarios.map((scenario) => ({ name: scenario.name, query: { ...scenario.query } }))
  for (const echo of [false, true]) {
    const running = await harness.start({ ...hooks })
    try {
      if (echo) running.addFault({ type: 'drift', transform: harness.drift.echoSecrets, match: () => true })
      for (const scenario of scenarios) {
        const outcome = await settle(() => running.getStatus(scenario.query))
        record(`${scenario.name}${echo ? ' (keys echoed)' : ''}`, outcome, running)
      }
    } finally {
      await running.close()
    }
  }

  // A cancelled call, and a provider that cannot be reached at all.
  const cancelled = await harness.start({ ...hooks })
  try {
    cancelled.addFault({ type: 'hang' })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('stop')), 50)
    record(
      'cancelled',
      await settle(() => cancelled.getStatus(harness.paidQuery, controller.signal)),
      cancelled,
    )
  } finally {
    await cancelled.close()
  }
  const unreachable = unreachableProvider(harness, hooks)
  const outcome = await settle(() => unreachable.getStatus({ provider: harness.name, ...harness.paidQuery }))
  outcomes++
  look(
    'unreachable',
    outcome.kind === 'error' ? outcome.error : outcome.result,
    harness.secrets.flatMap(forms),
  )

  const allSecrets = [...harness.secrets.flatMap(forms), ...sent]
  events.forEach((event, index) => {
    look(`hook event ${index} (${event.source}, attempt ${event.attempt})`, event, allSecrets)
  })
  expect(events.length).toBeGreaterThan(outcomes)
  // The hooks saw the credentials' places, redacted, so a clean search means redaction, not absence.
  const requests = events.filter((event): event is RequestEvent => !('status' in event))
  if (harness.name === 'iyzico') {
    expect(sent.length).toBeGreaterThan(0)
    expect(requests.some((event) => event.headers.authorization === REDACTED)).toBe(true)
  } else {
    expect(requests.some((event) => event.body?.includes(`"MERCHANT_KEY":"${REDACTED}"`))).toBe(true)
  }
  return { sightings, outcomes }
}

function unreachableProvider(
  harness: ProviderHarness,
  hooks: { onRequest: (event: RequestEvent) => void; onResponse: (event: ResponseEvent) => void },
): { getStatus(query: object): Promise<NormalizedResult> } {
  // Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
  const common = { baseUrl: 'http://127.0.0.1:9', retry: false as const, timeout: 1000, ...hooks }
  return harness.name === 'iyzico'
    ? createStatusNormalizer({
        providers: [iyzico({ apiKey: SECRETS.iyzicoApiKey, secretKey: SECRETS.iyzicoSecretKey, ...common })],
      })
    : (createStatusNormalizer({
        providers: [
          esnekpos({
            merchant: SECRETS.esnekposMerchant,
            merchantKey: SECRETS.esnekposMerchantKey,
            ...common,
          }),
        ],
      }) as never)
}

describe.each([iyzicoHarness, esnekposHarness])('secrets: $name', (harness) => {
  it('appear in no error (message, cause chain, JSON, inspect), no hook payload and no raw', async () => {
    const { sightings, outcomes } = await runAll(harness)
    expect(outcomes).toBeGreaterThan(20)
    expect(sightings).toEqual([])
  })

  it('appear in no error thrown for invalid options or queries', async () => {
    const thrown: unknown[] = []
    const attempt = (make: () => unknown) => {
      try {
        make()
      } catch (error) {
        thrown.push(error)
      }
    }
    if (harness.name === 'iyzico') {
      attempt(() => iyzico({ apiKey: SECRETS.iyzicoApiKey, secretKey: SECRETS.iyzicoSecretKey, timeout: -1 }))
      attempt(() =>
        iyzico({
          apiKey: SECRETS.iyzicoApiKey,
          secretKey: SECRETS.iyzicoSecretKey,
          baseUrl: SECRETS.iyzicoSecretKey,
        }),
      )
      attempt(() => iyzico({ apiKey: SECRETS.iyzicoApiKey, secretKey: 42 as never }))
      attempt(() =>
        iyzico({
          apiKey: SECRETS.iyzicoApiKey,
          secretKey: SECRETS.iyzicoSecretKey,
          locale: SECRETS.iyzicoSecretKey as never,
        }),
      )
    } else {
      attempt(() =>
        esnekpos({
          merchant: SECRETS.esnekposMerchant,
          merchantKey: SECRETS.esnekposMerchantKey,
          timeout: -1,
        }),
      )
      attempt(() =>
        esnekpos({
          merchant: SECRETS.esnekposMerchant,
          merchantKey: SECRETS.esnekposMerchantKey,
          baseUrl: SECRETS.esnekposMerchantKey,
        }),
      )
      attempt(() =>
        esnekpos({
          merchant: SECRETS.esnekposMerchant,
          merchantKey: SECRETS.esnekposMerchantKey,
          environment: SECRETS.esnekposMerchantKey as never,
        }),
      )
    }
    const running = await harness.start()
    try {
      for (const query of [
        {},
        { paymentId: '' },
        { sendPaymentRequestId: '' },
        { ...harness.paidQuery, extra: SECRETS.iyzicoSecretKey },
      ]) {
        const outcome = await settle(() => running.getStatus(query))
        if (outcome.kind === 'error') thrown.push(outcome.error)
      }
    } finally {
      await running.close()
    }
    expect(thrown.length).toBeGreaterThan(4)
    const leaks = thrown.flatMap((error) => findSecrets(error, harness.secrets.flatMap(forms)))
    expect(leaks, inspect(thrown.map((error) => String(error)))).toEqual([])
  })
})
