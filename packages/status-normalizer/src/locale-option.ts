import { DurumError, isLocale, type Locale, localizeReason, ValidationError } from '@durum/core'
import { engineMessages } from './engine-messages'

/** A `locale` option: `undefined`, or one of `LOCALES`; a `ValidationError` naming `field` otherwise. */
export function checkLocale(value: unknown, field: string): Locale | undefined {
  if (value === undefined || isLocale(value)) return value
  const shown =
    typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : value === null ? 'null' : typeof value
  throw new ValidationError({
    field,
    reason: 'core.invalid_locale',
    message: localizeReason(engineMessages, { reason: 'core.invalid_locale', params: { field, shown } }),
  })
}

/**
 * `error` with its message in `locale` when it is a `DurumError` written in every locale; else as it
 * is (a caller's own error, or one from a copy of core too old to know locales).
 */
export function inLocale<E>(error: E, locale: Locale): E {
  if (!DurumError.isInstance(error) || typeof error.inLocale !== 'function') return error
  return error.inLocale(locale) as E
}
