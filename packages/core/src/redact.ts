import { isJsonNumber } from './parse-json'

/** What stands in for a secret in errors, hooks, logs and `raw`. */
export const REDACTED = '[REDACTED]'

export interface RedactorOptions {
  /** Extra key names whose values are always secret (added to the defaults; case, `-` and `_` ignored). */
  keys?: readonly string[]
  /** The secret values in use (API secret, merchant key…), read on every call so rotation is picked up. */
  secrets?: () => readonly (string | undefined)[]
}

/** One redaction for everything that leaves durum: errors, hook events, logs and `raw` bodies. */
export interface Redactor {
  /** A redacted deep copy (plain objects, arrays, strings, `JsonNumber`, `Headers`, `Error`s). Never mutates. */
  value<T>(value: T): T
  /** The text with every known secret (also URL-encoded, JSON-escaped, base64) and every secret-keyed value replaced. */
  text(text: string): string
}

/** Key names whose values are secret wherever they appear: headers, JSON bodies, query strings. */
const defaultKeys = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apiKey',
  'secretKey',
  'secret',
  'merchantKey',
  'MERCHANT_KEY',
  'password',
  'cardNumber',
  'cvc',
  'cvv',
]

/** Secrets shorter than this are skipped: replacing them would blank out ordinary text. */
const minSecretLength = 4

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '')
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/*
 * A secret inside a longer base64 text (iyzico's `Authorization: IYZWSv2 base64("apiKey:…&…")`)
 * is encoded differently depending on its byte offset modulo 3: keep, for each offset, the base64
 * characters that depend on the secret's bytes only.
 */
function base64Forms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret)
  const forms: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length)
    padded.set(bytes, offset)
    const start = Math.ceil((offset * 8) / 6)
    const end = Math.floor(((offset + bytes.length) * 8) / 6)
    const form = base64(padded).slice(start, end)
    if (form.length >= 8) forms.push(form, form.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return forms
}

function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (secret === undefined || secret.length < minSecretLength) continue
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
    forms.add(encodeURIComponent(secret).replaceAll('%20', '+'))
    forms.add(JSON.stringify(secret).slice(1, -1))
    for (const form of base64Forms(secret)) forms.add(form)
  }
  // Longest first, so a secret's encoded form is replaced whole before any shorter overlap.
  return [...forms].sort((a, b) => b.length - a.length)
}

const jsonMember = /"((?:[^"\\]|\\.){1,64})"(\s*:\s*)("(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false)/g
const queryParameter = /(^|[?&;\s])([\w.-]{1,64})=([^&\s#"]*)/g
const headerLine = /^([\w-]{1,64}):[ \t]*(\S.*)$/gm

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const secretKeys = new Set([...defaultKeys, ...(options.keys ?? [])].map(normalizeKey))
  const isSecretKey = (key: string) => secretKeys.has(normalizeKey(key))

  function text(input: string): string {
    let output = input
    for (const form of secretForms(options.secrets?.() ?? [])) {
      if (output.includes(form)) output = output.replaceAll(form, REDACTED)
    }
    output = output.replace(jsonMember, (member, key: string, colon: string) =>
      isSecretKey(key) ? `"${key}"${colon}"${REDACTED}"` : member,
    )
    output = output.replace(queryParameter, (parameter, before: string, key: string) =>
      isSecretKey(key) ? `${before}${key}=${REDACTED}` : parameter,
    )
    return output.replace(headerLine, (line, key: string) =>
      isSecretKey(key) ? `${key}: ${REDACTED}` : line,
    )
  }

  function copyProperties(source: object, target: object, seen: WeakMap<object, unknown>): void {
    for (const key of Reflect.ownKeys(source)) {
      const descriptor = Object.getOwnPropertyDescriptor(source, key)
      if (descriptor === undefined) continue
      const current = 'value' in descriptor ? descriptor.value : (source as Record<PropertyKey, unknown>)[key]
      const redacted =
        typeof key === 'string' && isSecretKey(key) && current !== undefined && current !== null
          ? REDACTED
          : redact(current, seen)
      Object.defineProperty(target, key, {
        value: redacted,
        writable: true,
        enumerable: descriptor.enumerable ?? false,
        configurable: true,
      })
    }
  }

  function redact(input: unknown, seen: WeakMap<object, unknown>): unknown {
    if (typeof input === 'string') return text(input)
    if (typeof input !== 'object' || input === null) return input
    if (isJsonNumber(input)) return text(input.text) === input.text ? input : REDACTED
    const known = seen.get(input)
    if (known !== undefined) return known
    if (Array.isArray(input)) {
      const copy: unknown[] = []
      seen.set(input, copy)
      for (const item of input) copy.push(redact(item, seen))
      return copy
    }
    if (input instanceof Headers) {
      const copy = new Headers()
      for (const [name, headerValue] of input)
        copy.append(name, isSecretKey(name) ? REDACTED : text(headerValue))
      return copy
    }
    if (input instanceof Date || input instanceof RegExp) return input
    if (input instanceof URL) return new URL(text(input.href))
    if (input instanceof URLSearchParams) return new URLSearchParams(text(input.toString()))
    // Plain objects, Errors (message, stack and cause included) and other instances keep their
    // prototype, so `DurumError.isInstance` and `instanceof` still hold on the copy.
    const copy = Object.create(Object.getPrototypeOf(input)) as object
    seen.set(input, copy)
    if (input instanceof Error) {
      for (const key of ['message', 'stack'] as const) {
        if (!Object.hasOwn(input, key) && typeof input[key] === 'string') {
          Object.defineProperty(copy, key, { value: text(input[key]), writable: true, configurable: true })
        }
      }
    }
    copyProperties(input, copy, seen)
    return copy
  }

  return {
    value: <T>(input: T): T => redact(input, new WeakMap()) as T,
    text,
  }
}

/** A short, redacted, one-line excerpt of a body for an error (`response_format`, unexpected pages). */
export function redactExcerpt(text: string, redactor: Redactor, max = 200): string {
  const line = redactor.text(text).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
