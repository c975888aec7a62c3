import { execFile } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { webHmacSha256 } from '@durum/core'
import { describe, expect, it, vi } from 'vitest'
import notification from './__vectors__/paytr-notification-hash.json' with { type: 'json' }
import status from './__vectors__/paytr-status-token.json' with { type: 'json' }
import {
  paytrNotificationHash,
  paytrNotificationHashText,
  paytrStatusToken,
  paytrStatusTokenText,
  verifyPaytrHmac,
} from './sign-paytr-request'

const run = promisify(execFile)
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))
const script = fileURLToPath(new URL('./__vectors__/check-paytr-vectors.mjs', import.meta.url))

/** PayTR's samples, written with node:crypto: independent of the package's Web Crypto signer. */
const nodeHmac = (key: string, message: string) =>
  createHmac('sha256', key).update(message, 'utf8').digest('base64')

describe('the published PayTR vectors', () => {
  it.each(status.vectors)('status token: $name', async (vector) => {
    const text = `${vector.merchantId}${vector.merchantOid}${vector.merchantSalt}`
    expect(paytrStatusTokenText(vector)).toBe(text)
    expect(nodeHmac(vector.merchantKey, text)).toBe(vector.paytrToken)
    expect(await paytrStatusToken(vector)).toBe(vector.paytrToken)
    expect(await webHmacSha256(vector.merchantKey, text, 'base64')).toBe(vector.paytrToken)
  })

  it.each(notification.vectors)('notification hash: $name', async (vector) => {
    const text = `${vector.merchantOid}${vector.merchantSalt}${vector.status}${vector.totalAmount}`
    expect(paytrNotificationHashText(vector)).toBe(text)
    expect(nodeHmac(vector.merchantKey, text)).toBe(vector.hash)
    expect(await paytrNotificationHash(vector)).toBe(vector.hash)
    expect(await webHmacSha256(vector.merchantKey, text, 'base64')).toBe(vector.hash)
    expect(await verifyPaytrHmac(vector.merchantKey, text, vector.hash)).toBe(true)
  })

  // The kit's HMAC file, run by each runtime itself: node:crypto, Web Crypto and base64 as Bun and Deno have them.
  it.each([
    { runtime: 'bun', args: [script] },
    { runtime: 'deno', args: ['run', '--no-lock', script] },
  ])(
    'hold on $runtime',
    async ({ runtime, args }) => {
      const { stdout } = await run(bin(runtime), args, {
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1' },
      })
      const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
        runtime: string
        rows: { name: string; expected: string; actual: string; web: string }[]
      }
      expect(report.runtime).toBe(runtime)
      expect(report.rows.map((row) => row.name)).toEqual([
        ...status.vectors.map((vector) => vector.name),
        ...notification.vectors.map((vector) => vector.name),
      ])
      expect(report.rows.filter((row) => row.actual !== row.expected || row.web !== row.expected)).toEqual([])
    },
    60_000,
  ) // a runtime's cold start on a busy machine, not a measurement
})

describe('verifyPaytrHmac', () => {
  const [vector] = notification.vectors
  if (vector === undefined) throw new Error('no notification vector')
  const text = paytrNotificationHashText(vector)

  it('refuses a hash over another text, or made with another key', async () => {
    expect(await verifyPaytrHmac(vector.merchantKey, `${text}0`, vector.hash)).toBe(false)
    expect(await verifyPaytrHmac('another-merchant-key', text, vector.hash)).toBe(false)
  })

  it('refuses a hash that is not 32 bytes of padded standard base64, before any HMAC', async () => {
    expect(await verifyPaytrHmac(vector.merchantKey, text, vector.hash.slice(0, -1))).toBe(false)
    expect(await verifyPaytrHmac(vector.merchantKey, text, ` ${vector.hash}`)).toBe(false)
    expect(await verifyPaytrHmac(vector.merchantKey, text, vector.hash.replaceAll('+', '-'))).toBe(false)
    expect(await verifyPaytrHmac(vector.merchantKey, text, '')).toBe(false)
  })
})

describe('without node:crypto, as on an edge runtime', () => {
  /** The signer module loaded where `process.getBuiltinModule` does not exist, so it takes Web Crypto. */
  async function edgeSigner() {
    const runtime = process as { getBuiltinModule?: unknown }
    const original = runtime.getBuiltinModule
    runtime.getBuiltinModule = undefined
    try {
      vi.resetModules()
      return await import('./sign-paytr-request')
    } finally {
      runtime.getBuiltinModule = original
    }
  }

  it('signs and verifies every vector through Web Crypto', async () => {
    const signer = await edgeSigner()
    for (const vector of status.vectors) expect(await signer.paytrStatusToken(vector)).toBe(vector.paytrToken)
    for (const vector of notification.vectors) {
      const text = signer.paytrNotificationHashText(vector)
      expect(await signer.paytrNotificationHash(vector)).toBe(vector.hash)
      expect(await signer.verifyPaytrHmac(vector.merchantKey, text, vector.hash)).toBe(true)
      expect(await signer.verifyPaytrHmac(vector.merchantKey, `${text}0`, vector.hash)).toBe(false)
    }
  })
})
