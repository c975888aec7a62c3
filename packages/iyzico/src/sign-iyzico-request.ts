import { nodeHmacSha256, webHmacSha256 } from '@durum/core'

export interface SignIyzicoRequestInput {
  apiKey: string
  secretKey: string
  /** The value also sent as the `x-iyzi-rnd` header. */
  randomKey: string
  /** The request path, e.g. `/payment/detail`. A query string is allowed and is not signed, as iyzico expects. */
  path: string
  /** The exact body sent; `''` for a GET, which carries none (the path alone is signed). */
  body: string
}

export interface IyzicoRequestSignature {
  /** The whole `Authorization` header value: `IYZWSv2 <base64>`. */
  authorization: string
  /** `hex(HMAC-SHA256(secretKey, randomKey + path + body))`. */
  signature: string
}

const encoder = new TextEncoder()

/** Anything outside printable ASCII takes the UTF-8 path (which is also right for ASCII). */
const NOT_PRINTABLE_ASCII = /[^ -~]/

function base64Utf8(text: string): string {
  // Keys and hex signatures are ASCII: btoa takes them as they are; anything else goes through UTF-8.
  if (!NOT_PRINTABLE_ASCII.test(text)) return btoa(text)
  let binary = ''
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function signed(input: SignIyzicoRequestInput, signature: string): IyzicoRequestSignature {
  return {
    authorization: `IYZWSv2 ${base64Utf8(`apiKey:${input.apiKey}&randomKey:${input.randomKey}&signature:${signature}`)}`,
    signature,
  }
}

/** IYZWSv2 request signing, byte-for-byte what iyzico's official clients send. */
export function signIyzicoRequest(input: SignIyzicoRequestInput): Promise<IyzicoRequestSignature> {
  const queryStart = input.path.indexOf('?')
  const path = queryStart === -1 ? input.path : input.path.slice(0, queryStart)
  const message = input.randomKey + path + input.body
  // One resolved promise with node:crypto, one `.then` with Web Crypto (docs/PERFORMANCE.md, "Signing resolves once").
  return nodeHmacSha256 === undefined
    ? webHmacSha256(input.secretKey, message, 'hex').then((signature) => signed(input, signature))
    : Promise.resolve(signed(input, nodeHmacSha256(input.secretKey, message, 'hex')))
}

// Random words drawn 512 at a time: one getRandomValues call serves 256 keys (it sits on every request).
// Each word is used once, so keys stay as unpredictable as with a call per key.
const randomPool = new Uint32Array(512)
let randomNext = randomPool.length

function nextRandomWord(): number {
  if (randomNext === randomPool.length) {
    crypto.getRandomValues(randomPool)
    randomNext = 0
  }
  return randomPool[randomNext++] ?? 0
}

/** A fresh random key per request, digits only like the official clients' (time + random digits). */
export function generateRandomKey(): string {
  const high = nextRandomWord()
  const low = nextRandomWord()
  return `${Date.now()}${String(high).padStart(10, '0')}${String(low % 1000).padStart(3, '0')}`
}
