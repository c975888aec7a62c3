// Checks the published PayTR vectors with the kit's HMAC, on whatever runtime runs it (the vectors
// test spawns it under Bun and Deno; Node runs the same checks in-process): the runtime's node:crypto
// path where it has one, and the Web Crypto path of edge runtimes. The HMAC file has no imports, so
// each runtime loads it from source; the token texts are PayTR's formulas, written out. Prints one JSON line.

import { hmacSha256, webHmacSha256 } from '../../../core/src/hmac-sha256.ts'
import notification from './paytr-notification-hash.json' with { type: 'json' }
import status from './paytr-status-token.json' with { type: 'json' }

const runtime =
  typeof globalThis.Bun !== 'undefined' ? 'bun' : typeof globalThis.Deno !== 'undefined' ? 'deno' : 'node'

const rows = []
const check = async (name, key, text, expected) =>
  rows.push({
    name,
    expected,
    actual: await hmacSha256(key, text, 'base64'),
    web: await webHmacSha256(key, text, 'base64'),
  })
for (const vector of status.vectors) {
  const text = `${vector.merchantId}${vector.merchantOid}${vector.merchantSalt}`
  await check(vector.name, vector.merchantKey, text, vector.paytrToken)
}
for (const vector of notification.vectors) {
  const text = `${vector.merchantOid}${vector.merchantSalt}${vector.status}${vector.totalAmount}`
  await check(vector.name, vector.merchantKey, text, vector.hash)
}
console.log(JSON.stringify({ runtime, rows }))
