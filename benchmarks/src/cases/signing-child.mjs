/**
 * Signs one IYZWSv2 request many times with @durum/iyzico's signIyzicoRequest and, in the same
 * process, with node:crypto directly. `web` hides process.getBuiltinModule before the import, so
 * the package takes its Web Crypto path, as on runtimes without node:crypto.
 */
import { createHmac } from 'node:crypto'

const path = process.argv[2]
if (path === 'web')
  Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true })
const { signIyzicoRequest } = await import('@durum/iyzico')
const rounds = Number(process.argv[3] ?? 3)
const durationMs = Number(process.argv[4] ?? 300)

const input = {
  apiKey: 'sandbox-afXhSPJtCSjdr1MDkwNrIYl1VgHHT2Q6',
  secretKey: 'sandbox-wBRtmJkjnp6o5kA2yPzKqU4kdjyDuYbT',
  randomKey: '1722246017090123456789',
  path: '/payment/detail',
  body: '{"locale":"tr","conversationId":"123456789","paymentId":"20885695"}',
}

function nodeSign({ apiKey, secretKey, randomKey, path, body }) {
  const signature = createHmac('sha256', secretKey)
    .update(randomKey + path + body)
    .digest('hex')
  const token = Buffer.from(`apiKey:${apiKey}&randomKey:${randomKey}&signature:${signature}`).toString(
    'base64',
  )
  return { authorization: `IYZWSv2 ${token}`, signature }
}

// Both must give the same header, or the comparison means nothing.
const [durum, direct] = [await signIyzicoRequest(input), nodeSign(input)]
if (durum.authorization !== direct.authorization) throw new Error('signatures differ')

/** Signatures per second, one after the other: what each request waits for. */
async function sequential(sign) {
  for (let i = 0; i < 500; i++) await sign(input)
  let count = 0
  const started = performance.now()
  while (performance.now() - started < durationMs) {
    for (let i = 0; i < 100; i++) await sign(input)
    count += 100
  }
  return (count / (performance.now() - started)) * 1000
}

const durumRuns = []
const nodeRuns = []
for (let round = 0; round < rounds; round++) {
  durumRuns.push(await sequential(signIyzicoRequest))
  nodeRuns.push(await sequential(nodeSign))
}
process.stdout.write(
  `${JSON.stringify({ path, durumOpsPerSecond: Math.max(...durumRuns), nodeCryptoOpsPerSecond: Math.max(...nodeRuns) })}\n`,
)
