/**
 * Signs one IYZWSv2 request many times with @durum/iyzico/internal's signIyzicoRequest and, in the same
 * process, with the runtime's own node:crypto directly. Runs on Node, Bun and Deno alike. `web` hides
 * process.getBuiltinModule before the import, so the package takes its Web Crypto path, as on
 * runtimes without node:crypto (edge workers, browsers); it then also measures a bare
 * crypto.subtle.sign, the floor any Web Crypto signer has on this runtime.
 *
 * Each signer is timed one signature at a time (what one request waits for) and with `inFlight`
 * signatures started together (a batch's burst: Web Crypto runs HMAC off the main thread, so
 * signatures in flight overlap, while node:crypto's synchronous HMAC cannot).
 */
import { Buffer } from 'node:buffer'
import { createHmac } from 'node:crypto'
import process from 'node:process'

const [path = 'node', roundsArg = '3', durationArg = '300', inFlightArg = '64'] = process.argv.slice(2)
const rounds = Number(roundsArg)
const durationMs = Number(durationArg)
const inFlight = Number(inFlightArg)

// Whether the package would take this path here by itself, read before the web path hides the module.
const builtin =
  typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:crypto') : undefined
const taken = (typeof builtin?.createHmac === 'function') === (path === 'node')
if (path === 'web')
  Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true })
const { signIyzicoRequest } = await import('@durum/iyzico/internal')

const input = {
  apiKey: 'sandbox-afXhSPJtCSjdr1MDkwNrIYl1VgHHT2Q6',
  secretKey: 'sandbox-wBRtmJkjnp6o5kA2yPzKqU4kdjyDuYbT',
  randomKey: '1722246017090123456789',
  path: '/payment/detail',
  body: '{"locale":"tr","conversationId":"123456789","paymentId":"20885695"}',
}
const header = (signature) => `apiKey:${input.apiKey}&randomKey:${input.randomKey}&signature:${signature}`

/** The baseline: node:crypto HMAC and the base64 header, synchronous. */
function nodeSign({ secretKey, randomKey, path, body }) {
  const signature = createHmac('sha256', secretKey)
    .update(randomKey + path + body)
    .digest('hex')
  return { authorization: `IYZWSv2 ${Buffer.from(header(signature)).toString('base64')}`, signature }
}

const encoder = new TextEncoder()
const webKey = await crypto.subtle.importKey(
  'raw',
  encoder.encode(input.secretKey),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign'],
)

/** The Web Crypto floor: subtle.sign with a key imported once, hex and the base64 header, nothing else. */
async function webSign({ randomKey, path, body }) {
  const bytes = new Uint8Array(
    await crypto.subtle.sign('HMAC', webKey, encoder.encode(randomKey + path + body)),
  )
  const signature = Buffer.from(bytes).toString('hex')
  return { authorization: `IYZWSv2 ${btoa(header(signature))}`, signature }
}

// All must give the same header, or the comparison means nothing; and the package must be on the
// path this child is meant to measure, told by whether it calls crypto.subtle.sign.
const subtleSign = crypto.subtle.sign
let subtleCalls = 0
crypto.subtle.sign = function countedSign(...args) {
  subtleCalls++
  return subtleSign.apply(this, args)
}
const durum = await signIyzicoRequest(input)
crypto.subtle.sign = subtleSign
const expected = nodeSign(input).authorization
if (durum.authorization !== expected || (await webSign(input)).authorization !== expected)
  throw new Error('signatures differ')
if (subtleCalls > 0 !== (path === 'web')) throw new Error(`signIyzicoRequest is not on its ${path} path`)

/** Signatures per second, one after the other, each awaited. */
async function sequential(sign) {
  let count = 0
  const started = performance.now()
  while (performance.now() - started < durationMs) {
    for (let i = 0; i < 100; i++) await sign(input)
    count += 100
  }
  return (count / (performance.now() - started)) * 1000
}

/** Signatures per second, `inFlight` started at once and awaited together. */
async function concurrent(sign) {
  let count = 0
  const started = performance.now()
  const pending = new Array(inFlight)
  while (performance.now() - started < durationMs) {
    for (let i = 0; i < inFlight; i++) pending[i] = sign(input)
    await Promise.all(pending)
    count += inFlight
  }
  return (count / (performance.now() - started)) * 1000
}

/** The synchronous baseline has nothing to overlap: its plain loop is its throughput either way. */
function synchronous(sign) {
  let count = 0
  const started = performance.now()
  while (performance.now() - started < durationMs) {
    for (let i = 0; i < 100; i++) sign(input)
    count += 100
  }
  return (count / (performance.now() - started)) * 1000
}

const contenders = {
  nodeCrypto: () => synchronous(nodeSign),
  durum: () => sequential(signIyzicoRequest),
  durumInFlight: () => concurrent(signIyzicoRequest),
  ...(path === 'web'
    ? { webCrypto: () => sequential(webSign), webCryptoInFlight: () => concurrent(webSign) }
    : {}),
}
for (const measure of Object.values(contenders)) await measure()

// Round-robin, so a busy machine weighs on every contender alike; each keeps its best round.
const best = {}
for (let round = 0; round < rounds; round++)
  for (const [name, measure] of Object.entries(contenders))
    best[name] = Math.max(best[name] ?? 0, await measure())

const runtime = globalThis.Bun
  ? { runtime: 'bun', version: globalThis.Bun.version }
  : globalThis.Deno
    ? { runtime: 'deno', version: globalThis.Deno.version.deno }
    : { runtime: 'node', version: process.versions.node }
process.stdout.write(`${JSON.stringify({ ...runtime, path, taken, inFlight, opsPerSecond: best })}\n`)
