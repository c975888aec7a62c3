import { isJsonNumber, JSON_DEPTH_MAX, tooDeepToCopy, toPlainJson, toPlainJsonHiding } from './parse-json'
import { escapeRegExp, secretPattern } from './secret-pattern'

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
  /**
   * `json` for a body whose text `mayHoldSecret` has just found free of every secret: plain JSON with
   * only secret-keyed values replaced, without a second search of the text.
   */
  plainJson(body: unknown): unknown
  /**
   * The text with every known secret and every secret-keyed value replaced. A secret is found as it
   * is, inside base64, and with any of its characters percent-encoded (either case, or twice),
   * form-encoded, JSON-escaped (`\/`, `\u002B`) or written as an HTML entity (`&#43;`, `&plus;`).
   */
  text(text: string): string
  /**
   * The error to throw at a provider's outer boundary: a redacted copy (as `value`), of the same
   * class, whose message, fields, stack and whole `cause` chain — hence `util.inspect` and
   * `JSON.stringify` — hold no known secret.
   */
  error<T>(error: T): T
  /**
   * Whether `text` may hold a known secret in any form: false only when it has no form of one and
   * no escape sequence (which could spell one once decoded). Where it is false, nothing parsed from
   * `text` can carry a secret, so it needs no redacted copy.
   */
  mayHoldSecret(text: string): boolean
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

/** The literal forms of the secrets: each as it is, and inside a longer base64 text. */
function literalForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    forms.add(secret)
    for (const form of base64Forms(secret)) forms.add(form)
  }
  // Longest first, so a secret's encoded form is replaced whole before any shorter overlap.
  return [...forms].sort((a, b) => b.length - a.length)
}

/** What the redactor knows of the secrets in use, rebuilt only when they change (rotation). */
interface KnownSecrets {
  literal: readonly string[]
  anyLiteral: RegExp
  /** Any secret, each character in any encoding (see secret-pattern.ts); global, for `replace`. */
  encoded: RegExp
  /** The same, for `test`. */
  anyEncoded: RegExp
  /**
   * The characters without which no text can hold an encoded secret: most strings skip that search.
   * Looked for with `includes`, which scans a body many times faster than a character-class regex.
   */
  encodingMarks: readonly string[]
  /**
   * Any literal form or encoding mark: when it finds nothing, the text holds no secret. One regex,
   * which V8 runs faster than the literal forms alone.
   */
  maySpell: RegExp
}

const matchesNothing = /(?!)/

function knowSecrets(given: readonly (string | undefined)[]): KnownSecrets {
  const secrets = given.filter(
    (secret): secret is string => secret !== undefined && secret.length >= minSecretLength,
  )
  if (secrets.length === 0) {
    return {
      literal: [],
      anyLiteral: matchesNothing,
      encoded: matchesNothing,
      anyEncoded: matchesNothing,
      encodingMarks: [],
      maySpell: /\\/,
    }
  }
  const literal = literalForms(secrets)
  const anyLiteral = literal.map(escapeRegExp).join('|')
  // `+` spells a space only in form encoding: a mark only when some secret has a space.
  const encodingMarks = secrets.some((secret) => secret.includes(' '))
    ? ['%', '&', '\\', '+']
    : ['%', '&', '\\']
  // Longest first: at one position, a longer secret is matched before a shorter one it starts with.
  const encoded = [...secrets]
    .sort((a, b) => b.length - a.length)
    .map(secretPattern)
    .join('|')
  return {
    literal,
    anyLiteral: new RegExp(anyLiteral),
    encoded: new RegExp(encoded, 'g'),
    anyEncoded: new RegExp(encoded),
    encodingMarks,
    maySpell: new RegExp(`${anyLiteral}|[${encodingMarks.map(escapeRegExp).join('')}]`),
  }
}

function hasEncodingMark(text: string, secrets: KnownSecrets): boolean {
  for (const mark of secrets.encodingMarks) if (text.includes(mark)) return true
  return false
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

  let knownFor: readonly (string | undefined)[] = []
  let known = knowSecrets(knownFor)
  function currentSecrets(): KnownSecrets {
    const secrets = options.secrets?.() ?? []
    if (secrets.length !== knownFor.length || secrets.some((secret, index) => secret !== knownFor[index])) {
      known = knowSecrets(secrets)
      knownFor = [...secrets]
    }
    return known
  }

  function redactText(input: string, secrets: KnownSecrets): string {
    let output = input
    // One regex tells that most strings hold no form of a secret, before any search for each form.
    if (secrets.maySpell.test(output)) {
      for (const form of secrets.literal) {
        if (output.includes(form)) output = output.replaceAll(form, REDACTED)
      }
      if (hasEncodingMark(output, secrets)) output = output.replace(secrets.encoded, REDACTED)
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

  const text = (input: string): string => redactText(input, currentSecrets())

  interface Pass {
    seen: WeakMap<object, unknown>
    secrets: KnownSecrets
  }

  function copyProperties(source: object, target: object, pass: Pass, level: number): void {
    for (const key of Reflect.ownKeys(source)) {
      const descriptor = Object.getOwnPropertyDescriptor(source, key)
      if (descriptor === undefined) continue
      const current = 'value' in descriptor ? descriptor.value : (source as Record<PropertyKey, unknown>)[key]
      const redacted =
        typeof key === 'string' && isSecretKey(key) && current !== undefined && current !== null
          ? REDACTED
          : redact(current, pass, level + 1)
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
  function copyPlainObject(
    source: Record<string, unknown>,
    pass: Pass,
    level: number,
  ): Record<string, unknown> {
    const copy: Record<string, unknown> = {}
    pass.seen.set(source, copy)
    for (const key of Object.keys(source)) {
      const current = source[key]
      const redacted =
        isSecretKey(key) && current !== undefined && current !== null
          ? REDACTED
          : redact(current, pass, level + 1)
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

  /** `level` counts the objects around `input`: past `JSON_DEPTH_MAX`, `response_format`, not a stack overflow. */
  function redact(input: unknown, pass: Pass, level: number): unknown {
    if (typeof input === 'string') return redactText(input, pass.secrets)
    // A numeric secret (a PIN, a merchant number) arrives from parseJson as a plain number.
    if (typeof input === 'number') {
      const text = String(input)
      return redactText(text, pass.secrets) === text ? input : REDACTED
    }
    if (typeof input !== 'object' || input === null) return input
    if (isJsonNumber(input)) return redactText(input.text, pass.secrets) === input.text ? input : REDACTED
    const { seen } = pass
    const known = seen.get(input)
    if (known !== undefined) return known
    if (level >= JSON_DEPTH_MAX) throw tooDeepToCopy()
    if (Array.isArray(input)) {
      const copy: unknown[] = []
      seen.set(input, copy)
      for (const item of input) copy.push(redact(item, pass, level + 1))
      return copy
    }
    if (Object.getPrototypeOf(input) === Object.prototype)
      return copyPlainObject(input as Record<string, unknown>, pass, level)
    if (input instanceof Headers) {
      const copy = new Headers()
      for (const [name, headerValue] of input)
        copy.append(name, isSecretKey(name) ? REDACTED : redactText(headerValue, pass.secrets))
      return copy
    }
    if (input instanceof Date || input instanceof RegExp) return input
    if (input instanceof URL) return new URL(redactText(input.href, pass.secrets))
    if (input instanceof URLSearchParams)
      return new URLSearchParams(redactText(input.toString(), pass.secrets))
    // Plain objects, Errors (message, stack and cause included) and other instances keep their
    // prototype, so `DurumError.isInstance` and `instanceof` still hold on the copy.
    const copy = Object.create(Object.getPrototypeOf(input)) as object
    seen.set(input, copy)
    if (input instanceof Error) {
      for (const key of ['message', 'stack'] as const) {
        if (!Object.hasOwn(input, key) && typeof input[key] === 'string') {
          Object.defineProperty(copy, key, {
            value: redactText(input[key], pass.secrets),
            writable: true,
            configurable: true,
          })
        }
      }
    }
    copyProperties(input, copy, pass, level)
    return copy
  }

  const value = <T>(input: T): T => redact(input, { seen: new WeakMap(), secrets: currentSecrets() }, 0) as T

  /*
   * A whole body, not a short string: the marks are looked for with `includes` and the literal forms
   * with their own regex, which V8 runs several times faster over a body than `maySpell`, whose
   * character class defeats its search for the literal prefixes.
   */
  function mayHoldSecret(text: string): boolean {
    const secrets = currentSecrets()
    // An escape sequence could spell a secret in ways no search of the text can see.
    return (
      text.includes('\\') ||
      secrets.anyLiteral.test(text) ||
      (hasEncodingMark(text, secrets) && secrets.anyEncoded.test(text))
    )
  }

  const plainJson = (body: unknown): unknown => toPlainJsonHiding(body, isSecretKey, REDACTED)

  return {
    value,
    error: value,
    json: (source: string, body: unknown): unknown =>
      // Otherwise only secret-keyed values can need redacting: one walk does that and `toPlainJson`.
      mayHoldSecret(source) ? value(toPlainJson(body)) : plainJson(body),
    plainJson,
    text,
    mayHoldSecret,
  }
}

/** A short, redacted, one-line excerpt of a body for an error (`response_format`, unexpected pages). */
export function redactExcerpt(text: string, redactor: Redactor, max = 200): string {
  const line = redactor.text(text).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
