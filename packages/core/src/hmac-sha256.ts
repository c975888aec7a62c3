/*
 * HMAC-SHA256 for every provider's signing: `node:crypto` where the runtime has it, Web Crypto
 * elsewhere. No imports, so Bun and Deno run the providers' published vectors against this file as it is.
 */

/** How a signature is written out: iyzico signs in hex, PayTR in base64. */
export type HmacEncoding = 'hex' | 'base64'

const encoder = new TextEncoder()

// Importing a key costs more than the HMAC itself, so each secret is imported once; once imported the
// key itself is kept, so a signature does not wait a turn on the import's promise. The cache is
// bounded: a process talks to a handful of merchant accounts, not thousands.
const MAX_CACHED_KEYS = 32
const keys = new Map<string, CryptoKey | Promise<CryptoKey>>()

// HMAC pads a key shorter than its block with zero bytes, so the empty key signs exactly as one zero
// byte does; Web Crypto refuses a zero-length key, `node:crypto` does not, and both paths must agree.
const EMPTY_KEY_EQUIVALENT = new Uint8Array(1)

function importHmacKey(secret: string): Promise<CryptoKey> {
  const raw = secret === '' ? EMPTY_KEY_EQUIVALENT : encoder.encode(secret)
  const importing: Promise<CryptoKey> = crypto.subtle
    .importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    .then(
      (key) => {
        if (keys.get(secret) === importing) keys.set(secret, key)
        return key
      },
      (error: unknown) => {
        // A failed import must not poison the cache for the next attempt.
        if (keys.get(secret) === importing) keys.delete(secret)
        throw error
      },
    )
  if (keys.size >= MAX_CACHED_KEYS) {
    const oldest = keys.keys().next().value
    if (oldest !== undefined) keys.delete(oldest)
  }
  keys.set(secret, importing)
  return importing
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

function hexOf(signature: ArrayBuffer): string {
  const bytes = new Uint8Array(signature)
  let hex = ''
  // Indexed, not iterated: docs/PERFORMANCE.md, "Hex by index".
  for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i] as number]
  return hex
}

function base64Of(signature: ArrayBuffer): string {
  const bytes = new Uint8Array(signature)
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number)
  return btoa(binary)
}

const ENCODERS: Record<HmacEncoding, (signature: ArrayBuffer) => string> = { hex: hexOf, base64: base64Of }

/** `HMAC-SHA256(secret, message)` through Web Crypto, the message as UTF-8. Runs on every runtime. */
export function webHmacSha256(secret: string, message: string, encoding: HmacEncoding): Promise<string> {
  const key = keys.get(secret) ?? importHmacKey(secret)
  const data = encoder.encode(message)
  const encode = ENCODERS[encoding]
  return key instanceof Promise
    ? key.then((imported) => crypto.subtle.sign('HMAC', imported, data)).then(encode)
    : crypto.subtle.sign('HMAC', key, data).then(encode)
}

type SyncHmac = (secret: string, message: string, encoding: HmacEncoding) => string

/** A `node:crypto` secret key: opaque here, only handed back to `createHmac`. */
type NodeSecretKey = object

interface NodeCrypto {
  createHmac(
    algorithm: 'sha256',
    key: string | NodeSecretKey,
  ): {
    update(data: string, encoding: 'utf8'): { digest(encoding: HmacEncoding): string }
  }
  createSecretKey?(key: string, encoding: 'utf8'): NodeSecretKey
}

/*
 * Web Crypto's HMAC runs off the main thread and costs several times `node:crypto`, so where the
 * runtime offers `node:crypto` through `process.getBuiltinModule` (Node, Bun, Deno 2) it is used
 * instead (docs/PERFORMANCE.md, "HMAC through node:crypto"). Feature-detected, not imported: edge
 * bundles never see a `node:` import, and runtimes without it (edge workers, browsers) stay on Web Crypto.
 */
function detectNodeHmac(): SyncHmac | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  if (typeof runtime?.getBuiltinModule !== 'function') return undefined
  try {
    const nodeCrypto = runtime.getBuiltinModule('node:crypto') as NodeCrypto | undefined
    if (typeof nodeCrypto?.createHmac !== 'function') return undefined
    const { createHmac, createSecretKey } = nodeCrypto
    if (typeof createSecretKey !== 'function') {
      return (secret, message, encoding) =>
        createHmac('sha256', secret).update(message, 'utf8').digest(encoding)
    }
    // A string key becomes a key object on every `createHmac`: made once here (docs/PERFORMANCE.md).
    const secretKeys = new Map<string, NodeSecretKey>()
    return (secret, message, encoding) => {
      let key = secretKeys.get(secret)
      if (key === undefined) {
        key = createSecretKey(secret, 'utf8')
        if (secretKeys.size >= MAX_CACHED_KEYS) secretKeys.clear()
        secretKeys.set(secret, key)
      }
      return createHmac('sha256', key).update(message, 'utf8').digest(encoding)
    }
  } catch {
    return undefined
  }
}

/** The synchronous `node:crypto` HMAC where the runtime has one; `undefined` where only Web Crypto is. */
export const nodeHmacSha256: SyncHmac | undefined = detectNodeHmac()

/** `HMAC-SHA256(secret, message)`, the message as UTF-8: `node:crypto` where available, else Web Crypto. */
export function hmacSha256(secret: string, message: string, encoding: HmacEncoding): Promise<string> {
  return nodeHmacSha256 === undefined
    ? webHmacSha256(secret, message, encoding)
    : Promise.resolve(nodeHmacSha256(secret, message, encoding))
}

/** Compares two strings without an early exit, so the time taken does not tell how much matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length)
  let difference = a.length ^ b.length
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0)
  return difference === 0
}
