// Checks the published PayTR vectors with the package's own signer, on whatever runtime runs it (the
// vectors test spawns it under Bun and Deno; Node runs the same checks in-process): the runtime's
// node:crypto path where it has one, and the Web Crypto path of edge runtimes. Prints one JSON line.

import {
  paytrNotificationHash,
  paytrStatusToken,
  verifyPaytrHmac,
  webPaytrHmac,
} from '../sign-paytr-request.ts'
import notification from './paytr-notification-hash.json' with { type: 'json' }
import status from './paytr-status-token.json' with { type: 'json' }

const runtime =
  typeof globalThis.Bun !== 'undefined' ? 'bun' : typeof globalThis.Deno !== 'undefined' ? 'deno' : 'node'

const rows = []
for (const vector of status.vectors) {
  const text = `${vector.merchantId}${vector.merchantOid}${vector.merchantSalt}`
  rows.push({
    name: vector.name,
    expected: vector.paytrToken,
    actual: await paytrStatusToken(vector),
    web: await webPaytrHmac(vector.merchantKey, text),
  })
}
for (const vector of notification.vectors) {
  const text = `${vector.merchantOid}${vector.merchantSalt}${vector.status}${vector.totalAmount}`
  rows.push({
    name: vector.name,
    expected: vector.hash,
    actual: await paytrNotificationHash(vector),
    web: await webPaytrHmac(vector.merchantKey, text),
    verified: await verifyPaytrHmac(vector.merchantKey, text, vector.hash),
  })
}
console.log(JSON.stringify({ runtime, rows }))
