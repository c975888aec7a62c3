import { DEFAULT_LOCALE, type Locale, type LocalizedText } from './locale'
import { printable } from './printable'

const marker = Symbol.for('@durum/core/DurumError')

/**
 * What went wrong, in terms a caller can branch on:
 * - `validation`: a query or option that cannot be sent as given (nothing was sent; see `field`);
 * - `authentication`: the provider refused the credentials;
 * - `not_found`: the provider knows no such payment;
 * - `rate_limited`: the provider asked to slow down (see `retryAfterMs`);
 * - `provider`: the provider refused for another reason (its `providerCode` and `providerMessage` kept);
 * - `transport`: network error, reset, timeout, or the caller's `signal` aborting;
 * - `response_format`: an answer that cannot be read, or that answers another question (see `excerpt`).
 */
export type DurumErrorCode =
  | 'validation'
  | 'authentication'
  | 'not_found'
  | 'rate_limited'
  | 'provider'
  | 'transport'
  | 'response_format'

export interface DurumErrorOptions {
  code: DurumErrorCode
  /**
   * A sentence the merchant can act on: what failed, for which payment, what to do next. Never a secret.
   * Given in every locale, the error reads in `locale` and the engine can re-read it in the caller's.
   */
  message: string | LocalizedText
  /** The locale `message` reads in when given in every locale. Defaults to `en`. */
  locale?: Locale | undefined
  /**
   * Stable and machine-readable, the same in every locale: `<provider>.<snake_case>` (`core.` when no
   * provider). Defaults to `<provider>.<code>`, e.g. `iyzico.authentication`.
   */
  reason?: string | undefined
  /** Provider name, e.g. `iyzico`. */
  provider?: string | undefined
  /** The endpoint that answered, e.g. `iyzico.payment-detail`. */
  source?: string | undefined
  /** HTTP status, when there was a response. */
  status?: number | undefined
  /** Whether the same query may succeed if sent again later. Defaults by code. */
  retryable?: boolean | undefined
  /** For `rate_limited`: how long the provider asked us to wait. */
  retryAfterMs?: number | undefined
  /** The provider's own error code and message, kept verbatim (redacted). */
  providerCode?: string | undefined
  providerMessage?: string | undefined
  /** For `validation`: the offending field, as a dotted path (`session.paymentId`). */
  field?: string | undefined
  /** For `response_format`: a short, redacted excerpt of the body that could not be read. */
  excerpt?: string | undefined
  cause?: unknown
}

function printableText(text: LocalizedText): LocalizedText {
  return { en: printable(text.en), tr: printable(text.tr) }
}

function printableOrAbsent(text: string | undefined): string | undefined {
  return text === undefined ? undefined : printable(text)
}

const retryableByDefault: Record<DurumErrorCode, boolean> = {
  validation: false,
  authentication: false,
  not_found: false,
  rate_limited: true,
  provider: false,
  transport: true,
  response_format: false,
}

/**
 * The one error type every durum package throws. Check with `DurumError.isInstance(e)` rather than
 * `instanceof`: it also recognises errors from another copy of `@durum/core` in the same process.
 */
export class DurumError extends Error {
  /** `DurumError`, or the subclass's own name (`ValidationError`). */
  override readonly name: string = 'DurumError'
  /** What went wrong, in terms a caller can branch on. */
  readonly code: DurumErrorCode
  /** Stable, machine-readable, the same in every locale, e.g. `core.timeout`: branch on this, not on the message. */
  readonly reason: string
  /** The provider asked, e.g. `iyzico`; absent when the error came before any provider was chosen. */
  readonly provider: string | undefined
  /** The endpoint that answered, e.g. `iyzico.payment-detail`. */
  readonly source: string | undefined
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined
  /** Whether the same query may succeed if sent again later (e.g. a timeout, a 429, a provider's 5xx). */
  readonly retryable: boolean
  /** For `rate_limited`: how long the provider asked to wait, in ms (from `Retry-After`). */
  readonly retryAfterMs: number | undefined
  /** The provider's own error code, verbatim, redacted and made printable (e.g. iyzico `5087`). */
  readonly providerCode: string | undefined
  /** The provider's own error message, verbatim (often Turkish), redacted and made printable. */
  readonly providerMessage: string | undefined
  /** For `validation`: the field at fault, as a dotted path (`session.paymentId`). */
  readonly field: string | undefined
  /** For `response_format`: a short, redacted excerpt of the body that could not be read. */
  readonly excerpt: string | undefined
  /** The message in every locale, when it was written in every locale. */
  readonly messages: LocalizedText | undefined
  readonly [marker] = true

  constructor(options: DurumErrorOptions) {
    const messages = typeof options.message === 'string' ? undefined : printableText(options.message)
    super(
      messages === undefined
        ? printable(options.message as string)
        : messages[options.locale ?? DEFAULT_LOCALE],
      options.cause === undefined ? undefined : { cause: options.cause },
    )
    this.messages = messages
    this.code = options.code
    this.reason = options.reason ?? `${options.provider ?? 'core'}.${options.code}`
    this.provider = options.provider
    this.source = options.source
    this.status = options.status
    this.retryable = options.retryable ?? retryableByDefault[options.code]
    this.retryAfterMs = options.retryAfterMs
    // Provider-derived text is escaped here, once, so no caller can forget it before logging.
    this.providerCode = printableOrAbsent(options.providerCode)
    this.providerMessage = printableOrAbsent(options.providerMessage)
    this.field = printableOrAbsent(options.field)
    this.excerpt = printableOrAbsent(options.excerpt)
  }

  static isInstance(value: unknown): value is DurumError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true
  }

  /**
   * This error with its message in `locale`: itself when the message has no translation or already
   * reads so, else a copy (same class, fields, cause and stack) so an error shared between calls in
   * different locales is never changed under another caller.
   */
  inLocale(locale: Locale): DurumError {
    const message = this.messages?.[locale]
    if (message === undefined || message === this.message) return this
    const copy = Object.create(Object.getPrototypeOf(this)) as DurumError
    Object.defineProperties(copy, Object.getOwnPropertyDescriptors(this))
    Object.defineProperty(copy, 'message', { value: message, writable: true, configurable: true })
    // The stack's first line repeats the message; V8 keeps it behind an accessor bound to the original.
    const stack = this.stack
    if (stack !== undefined) {
      const value = stack.replace(this.message, () => message)
      Object.defineProperty(copy, 'stack', { value, writable: true, configurable: true })
    }
    return copy
  }

  /** A plain, log-safe view (no `cause`, which may hold foreign objects). */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      reason: this.reason,
      message: this.message,
    }
    for (const key of [
      'provider',
      'source',
      'status',
      'retryable',
      'retryAfterMs',
      'providerCode',
      'providerMessage',
      'field',
      'excerpt',
    ] as const) {
      if (this[key] !== undefined) json[key] = this[key]
    }
    return json
  }
}

/** A query that cannot be sent as given. Thrown before any request leaves the process. */
export class ValidationError extends DurumError {
  override readonly name: string = 'ValidationError'
  declare readonly field: string

  constructor(options: Omit<DurumErrorOptions, 'code' | 'field'> & { field: string }) {
    super({ ...options, code: 'validation' })
  }
}
