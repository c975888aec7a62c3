import { isJsonNumber, toPlainJson, toPlainJsonHiding } from './parse-json'

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
  /**
   * A redacted deep copy (plain objects by their own enumerable keys, arrays, strings, `JsonNumber`,
   * `Headers`, `Error`s and other instances with every own property). Never mutates.
   */
  value<T>(value: T): T
  /**
   * `raw` for a body `parseJson` just read from `text`: plain JSON (as `toPlainJson`), redacted as
   * `value` would. When `text` holds no secret in any form and no escape sequence (which could spell
   * one), only secret-keyed values can need redacting, and only the objects on the way to one (or to
   * a `JsonNumber`) are copied: a body without any comes back as is. Spares a deep copy of nearly
   * every answer.
   */
  json(text: string, body: unknown): unknown
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
  // A body's keys repeat from one answer to the next: each is judged once (bounded, against hostile keys).
  const judged = new Map<string, boolean>()
  const isSecretKey = (key: string) => {
    let secret = judged.get(key)
    if (secret === undefined) {
      secret = secretKeys.has(normalizeKey(key))
      if (judged.size < 4096) judged.set(key, secret)
    }
    return secret
  }

  // The encoded forms of the secrets, recomputed only when the secrets themselves change (rotation).
  let formsFor: readonly (string | undefined)[] = []
  let forms: string[] = []
  // Any form of a secret: one regex finds it in one pass over a body, where an `includes` per form
  // took twice as long.
  let anyForm: RegExp | undefined
  function currentForms(): string[] {
    const secrets = options.secrets?.() ?? []
    if (secrets.length !== formsFor.length || secrets.some((secret, index) => secret !== formsFor[index])) {
      forms = secretForms(secrets)
      formsFor = [...secrets]
      anyForm =
        forms.length === 0
          ? undefined
          : new RegExp(forms.map((form) => form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'))
    }
    return forms
  }

  function redactText(input: string, secretTexts: readonly string[]): string {
    let output = input
    for (const form of secretTexts) {
      if (output.includes(form)) output = output.replaceAll(form, REDACTED)
    }
    // Each pattern needs its punctuation: most strings of a body skip all three scans.
    if (output.includes('"')) {
      output = output.replace(jsonMember, (member, key: string, colon: string) =>
        isSecretKey(key) ? `"${key}"${colon}"${REDACTED}"` : member,
      )
    }
    if (output.includes('=')) {
      output = output.replace(queryParameter, (parameter, before: string, key: string) =>
        isSecretKey(key) ? `${before}${key}=${REDACTED}` : parameter,
      )
    }
    if (!output.includes(':')) return output
    return output.replace(headerLine, (line, key: string) =>
      isSecretKey(key) ? `${key}: ${REDACTED}` : line,
    )
  }

  const text = (input: string): string => redactText(input, currentForms())

  interface Pass {
    seen: WeakMap<object, unknown>
    forms: readonly string[]
  }

  function copyProperties(source: object, target: object, pass: Pass): void {
    for (const key of Reflect.ownKeys(source)) {
      const descriptor = Object.getOwnPropertyDescriptor(source, key)
      if (descriptor === undefined) continue
      const current = 'value' in descriptor ? descriptor.value : (source as Record<PropertyKey, unknown>)[key]
      const redacted =
        typeof key === 'string' && isSecretKey(key) && current !== undefined && current !== null
          ? REDACTED
          : redact(current, pass)
      Object.defineProperty(target, key, {
        value: redacted,
        writable: true,
        enumerable: descriptor.enumerable ?? false,
        configurable: true,
      })
    }
  }

  /**
   * Plain objects (JSON bodies, hook events) are copied by their own enumerable string keys, as JSON
   * would be, in a plain loop; instances of a class take the exact copy below.
   */
  function copyPlainObject(source: Record<string, unknown>, pass: Pass): Record<string, unknown> {
    const copy: Record<string, unknown> = {}
    pass.seen.set(source, copy)
    for (const key of Object.keys(source)) {
      const current = source[key]
      const redacted =
        isSecretKey(key) && current !== undefined && current !== null ? REDACTED : redact(current, pass)
      // Plain assignment to `__proto__` would hit the inherited setter instead of making the key.
      if (key === '__proto__') {
        Object.defineProperty(copy, key, {
          value: redacted,
          writable: true,
          enumerable: true,
          configurable: true,
        })
      } else {
        copy[key] = redacted
      }
    }
    return copy
  }

  function redact(input: unknown, pass: Pass): unknown {
    if (typeof input === 'string') return redactText(input, pass.forms)
    // A numeric secret (a PIN, a merchant number) arrives from parseJson as a plain number.
    if (typeof input === 'number') {
      const text = String(input)
      return redactText(text, pass.forms) === text ? input : REDACTED
    }
    if (typeof input !== 'object' || input === null) return input
    if (isJsonNumber(input)) return redactText(input.text, pass.forms) === input.text ? input : REDACTED
    const { seen } = pass
    const known = seen.get(input)
    if (known !== undefined) return known
    if (Array.isArray(input)) {
      const copy: unknown[] = []
      seen.set(input, copy)
      for (const item of input) copy.push(redact(item, pass))
      return copy
    }
    if (Object.getPrototypeOf(input) === Object.prototype)
      return copyPlainObject(input as Record<string, unknown>, pass)
    if (input instanceof Headers) {
      const copy = new Headers()
      for (const [name, headerValue] of input)
        copy.append(name, isSecretKey(name) ? REDACTED : redactText(headerValue, pass.forms))
      return copy
    }
    if (input instanceof Date || input instanceof RegExp) return input
    if (input instanceof URL) return new URL(redactText(input.href, pass.forms))
    if (input instanceof URLSearchParams) return new URLSearchParams(redactText(input.toString(), pass.forms))
    // Plain objects, Errors (message, stack and cause included) and other instances keep their
    // prototype, so `DurumError.isInstance` and `instanceof` still hold on the copy.
    const copy = Object.create(Object.getPrototypeOf(input)) as object
    seen.set(input, copy)
    if (input instanceof Error) {
      for (const key of ['message', 'stack'] as const) {
        if (!Object.hasOwn(input, key) && typeof input[key] === 'string') {
          Object.defineProperty(copy, key, {
            value: redactText(input[key], pass.forms),
            writable: true,
            configurable: true,
          })
        }
      }
    }
    copyProperties(input, copy, pass)
    return copy
  }

  const value = <T>(input: T): T => redact(input, { seen: new WeakMap(), forms: currentForms() }) as T

  return {
    value,
    json: (source: string, body: unknown): unknown => {
      currentForms() // rebuilds anyForm when the secrets have rotated
      // An escape sequence could spell a secret that the text search cannot see.
      const suspect = source.includes('\\') || anyForm?.test(source) === true
      // Otherwise only secret-keyed values can need redacting: one walk does that and `toPlainJson`.
      return suspect ? value(toPlainJson(body)) : toPlainJsonHiding(body, isSecretKey, REDACTED)
    },
    text,
  }
}

/** A short, redacted, one-line excerpt of a body for an error (`response_format`, unexpected pages). */
export function redactExcerpt(text: string, redactor: Redactor, max = 200): string {
  const line = redactor.text(text).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
