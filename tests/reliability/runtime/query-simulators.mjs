// Runs status queries through the built packages (their `exports`, as a user imports them) against
// the providers' simulators, and prints one JSON line. Spawned on Node, Bun and Deno by
// src/runtimes.test.ts; plain ESM so every runtime runs it as is.
import { DurumError } from '@durum/core'
import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator, esnekposErrorScenarios, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator, iyzicoErrorScenarios, iyzicoScenarios } from '@durum/iyzico/testing'
import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'

const iyzicoKeys = { apiKey: 'runtime-api-key', secretKey: 'runtime-secret-key' }
const esnekposKeys = { merchant: 'RUNTIME', merchantKey: 'runtime-merchant-key' }

function runtime() {
  if (typeof globalThis.Deno !== 'undefined') return { name: 'deno', version: globalThis.Deno.version.deno }
  if (typeof globalThis.Bun !== 'undefined') return { name: 'bun', version: globalThis.Bun.version }
  return { name: 'node', version: process.versions.node }
}

async function outcome(call) {
  try {
    const result = await call()
    return { status: result.status, paid: result.kind === 'payment' ? isPaid(result) : undefined }
  } catch (error) {
    return { error: DurumError.isInstance(error) ? error.code : `untyped: ${String(error)}` }
  }
}

const iyzicoSimulator = createIyzicoSimulator(iyzicoKeys)
const esnekposSimulator = createEsnekposSimulator(esnekposKeys)
const durum = createStatusNormalizer({
  providers: [
    iyzico({ ...iyzicoKeys, baseUrl: 'https://iyzico.simulator', fetch: iyzicoSimulator.fetch }),
    esnekpos({ ...esnekposKeys, baseUrl: 'https://esnekpos.simulator', fetch: esnekposSimulator.fetch }),
  ],
})

const queries = [
  ...iyzicoScenarios.map((s) => ({
    provider: 'iyzico',
    name: s.name,
    query: s.query,
    expected: s.expect.status,
  })),
  ...iyzicoErrorScenarios.map((s) => ({
    provider: 'iyzico',
    name: s.name,
    query: s.query,
    expected: s.code,
  })),
  ...esnekposScenarios.map((s) => ({
    provider: 'esnekpos',
    name: s.name,
    query: s.query,
    expected: s.expect.status,
  })),
  ...esnekposErrorScenarios.map((s) => ({
    provider: 'esnekpos',
    name: s.name,
    query: s.query,
    expected: s.expect.error,
  })),
]

const results = []
for (const { provider, name, query, expected } of queries) {
  results.push({
    provider,
    name,
    expected,
    ...(await outcome(() => durum.getStatus({ provider, ...query }))),
  })
}

// The same over real HTTP: the runtime's own fetch against the simulators listening on 127.0.0.1.
const servers = [await iyzicoSimulator.listen(), await esnekposSimulator.listen()]
const overHttp = createStatusNormalizer({
  providers: [
    iyzico({ ...iyzicoKeys, baseUrl: servers[0].url }),
    esnekpos({ ...esnekposKeys, baseUrl: servers[1].url }),
  ],
})
const http = [
  {
    provider: 'iyzico',
    // A payment whose refunds reporting shows none of: paid on the whole result, not only its status word.
    ...(await outcome(() =>
      overHttp.getStatus({ provider: 'iyzico', paymentConversationId: '20260611N100' }),
    )),
  },
  {
    provider: 'esnekpos',
    ...(await outcome(() => overHttp.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' }))),
  },
]
await Promise.all(servers.map((server) => server.close()))

console.log(JSON.stringify({ runtime: runtime(), results, http }))
