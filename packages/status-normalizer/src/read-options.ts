import { DurumError, ValidationError } from '@durum/core'
import { engineSaid, shownValue } from './engine-messages'

/**
 * The caller's options, read once into a plain object: `undefined` is no options, anything but an
 * object is refused, and a getter or Proxy trap that throws becomes a `ValidationError` instead of
 * escaping as whatever it threw. Only `keys` are read.
 */
export function readOptions<K extends string>(
  options: unknown,
  keys: readonly K[],
  method: string,
): Partial<Record<K, unknown>> {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError({
      field: 'options',
      ...engineSaid({ reason: 'core.options_not_object', params: { method, value: shownValue(options) } }),
    })
  }
  const read: Partial<Record<K, unknown>> = {}
  for (const key of keys) {
    try {
      const value = (options as Record<K, unknown>)[key]
      if (value !== undefined) read[key] = value
    } catch (error) {
      throw unreadable(`options.${key}`, `${method}'s option ${key}`, error)
    }
  }
  return read
}

/** An `AbortSignal` (any realm's), or `undefined`; `ValidationError` naming `signal` otherwise. */
export function checkSignal(value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined
  let signalLike = false
  try {
    const candidate = value as Partial<AbortSignal>
    signalLike =
      typeof value === 'object' &&
      value !== null &&
      typeof candidate.aborted === 'boolean' &&
      typeof candidate.addEventListener === 'function' &&
      typeof candidate.removeEventListener === 'function'
  } catch (error) {
    throw unreadable('signal', 'the signal', error)
  }
  if (!signalLike) {
    throw new ValidationError({
      field: 'signal',
      ...engineSaid({ reason: 'core.invalid_signal' }),
    })
  }
  return value as AbortSignal
}

/** A function, or `undefined`; `ValidationError` naming `field` otherwise. */
export function checkCallback<F extends (...args: never[]) => unknown>(
  value: unknown,
  field: string,
): F | undefined {
  if (value === undefined || typeof value === 'function') return value as F | undefined
  throw new ValidationError({
    field,
    ...engineSaid({ reason: 'core.not_a_function', params: { field, value: shownValue(value) } }),
  })
}

/** The error for an input whose reading threw: a `ValidationError` naming `field`, the thrown value as `cause`. */
export function unreadable(field: string, what: string, error: unknown): DurumError {
  return new ValidationError({
    field,
    ...engineSaid({ reason: 'core.unreadable_input', params: { what, field, thrown: thrownName(error) } }),
    cause: error,
  })
}

/** The name of what was thrown, never its message (which may hold anything). */
export function thrownName(error: unknown): string {
  try {
    if (DurumError.isInstance(error)) return error.name
    return error instanceof Error ? error.name : typeof error
  } catch {
    return 'an unreadable value'
  }
}
