/*
 * PayTR's tokens: base64(HMAC-SHA256(key merchant_key, fields concatenated with merchant_salt)), as
 * every PayTR sample computes them. No imports, so the same file runs on Node, Bun, Deno and edge
 * workers, and the published vectors are checked against it on each.
 */

const encoder = new TextEncoder()

interface NodeCrypto {
  createHmac(
    algorithm: 'sha256',
    key: string,
  ): { update(data: string, encoding: 'utf8'): { digest(): Uint8Array } }
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean
}

/*
 * node:crypto where the runtime offers it through `process.getBuiltinModule` (Node, Bun, Deno 2): its
 * HMAC is synchronous and many times cheaper than Web Crypto's, which runs off the main thread.
 * Feature-detected, not imported, so edge bundles never see a `node:` import and use Web Crypto.
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  try {
    const found = runtime?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined
    return typeof found?.createHmac === 'function' && typeof found.timingSafeEqual === 'function'
      ? (found as NodeCrypto)
      : undefined
  } catch {
    return undefined
  }
})()

// Importing a Web Crypto key costs more than one HMAC; a process signs for one PayTR store, so the last key is kept.
let lastKey: { merchantKey: string; key: Promise<CryptoKey> } | undefined

function importKey(merchantKey: string): Promise<CryptoKey> {
  if (lastKey?.merchantKey === merchantKey) return lastKey.key
  const key = crypto.subtle.importKey(
    'raw',
    encoder.encode(merchantKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  )
  // A failed import must not be kept for the next call.
  key.catch(() => {
    if (lastKey?.key === key) lastKey = undefined
  })
  lastKey = { merchantKey, key }
  return key
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number)
  return btoa(binary)
}

/** `base64(HMAC-SHA256(merchantKey, message))` through Web Crypto alone: the path of edge runtimes. */
export async function webPaytrHmac(merchantKey: string, message: string): Promise<string> {
  const digest = await crypto.subtle.sign('HMAC', await importKey(merchantKey), encoder.encode(message))
  return base64(new Uint8Array(digest))
}

/** `base64(HMAC-SHA256(merchantKey, message))`, the message as UTF-8. */
export function paytrHmac(merchantKey: string, message: string): Promise<string> {
  if (nodeCrypto === undefined) return webPaytrHmac(merchantKey, message)
  return Promise.resolve(
    base64(nodeCrypto.createHmac('sha256', merchantKey).update(message, 'utf8').digest()),
  )
}

/** A base64 HMAC-SHA256 as PayTR sends it: 32 bytes, standard alphabet, padded. */
const hmacBase64 = /^[A-Za-z0-9+/]{43}=$/

/**
 * Whether `given` is `base64(HMAC-SHA256(merchantKey, message))`, the digests compared in constant
 * time (`timingSafeEqual`, or Web Crypto's `verify`), so the time taken does not tell how much of a
 * forged hash matched.
 */
export async function verifyPaytrHmac(merchantKey: string, message: string, given: string): Promise<boolean> {
  if (!hmacBase64.test(given)) return false
  const binary = atob(given)
  const digest = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) digest[i] = binary.charCodeAt(i)
  if (nodeCrypto !== undefined) {
    const expected = nodeCrypto.createHmac('sha256', merchantKey).update(message, 'utf8').digest()
    return nodeCrypto.timingSafeEqual(expected, digest)
  }
  return crypto.subtle.verify('HMAC', await importKey(merchantKey), digest, encoder.encode(message))
}

export interface PaytrStatusTokenInput {
  merchantId: string
  merchantOid: string
  merchantKey: string
  merchantSalt: string
}

/** The text the status query's `paytr_token` signs: merchant_id + merchant_oid + merchant_salt. */
export function paytrStatusTokenText(input: Omit<PaytrStatusTokenInput, 'merchantKey'>): string {
  return `${input.merchantId}${input.merchantOid}${input.merchantSalt}`
}

/** `paytr_token` for `POST /odeme/durum-sorgu`. */
export function paytrStatusToken(input: PaytrStatusTokenInput): Promise<string> {
  return paytrHmac(input.merchantKey, paytrStatusTokenText(input))
}

export interface PaytrNotificationHashInput {
  merchantOid: string
  status: string
  /** As posted: integer kuruş text (`"3456"`). */
  totalAmount: string
  merchantKey: string
  merchantSalt: string
}

/** The text a notification's `hash` signs: merchant_oid + merchant_salt + status + total_amount (the salt second). */
export function paytrNotificationHashText(input: Omit<PaytrNotificationHashInput, 'merchantKey'>): string {
  return `${input.merchantOid}${input.merchantSalt}${input.status}${input.totalAmount}`
}

/** The `hash` PayTR sends with a notification: for simulators and tests. */
export function paytrNotificationHash(input: PaytrNotificationHashInput): Promise<string> {
  return paytrHmac(input.merchantKey, paytrNotificationHashText(input))
}
