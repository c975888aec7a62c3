import { inspect } from 'node:util'

/**
 * An independent detector of secrets in whatever durum hands out. It does not list the encoded forms
 * of each secret (that would only find the forms its author thought of, as the redactor does): it
 * decodes the text instead, every layer it can (`%xx` in either case and nested, `\/` and `\uXXXX`
 * however many times escaped, HTML entities), until nothing changes, and also decodes every run that
 * could be base64, at each of its four alignments. A secret in any of those forms, or a mix, is found.
 */

/** Every way a value may reach a person: JSON, `util.inspect`, `String()`, and each error down the cause chain. */
export function renderings(value: unknown): { surface: string; text: string }[] {
  const texts = [
    { surface: 'inspect', text: inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }) },
  ]
  try {
    texts.push({ surface: 'JSON', text: JSON.stringify(value) ?? '' })
  } catch (error) {
    texts.push({ surface: 'JSON', text: `not serialisable: ${String(error)}` })
  }
  const seen = new Set<unknown>()
  let depth = 0
  for (
    let current: unknown = value;
    current instanceof Error && !seen.has(current);
    current = current.cause
  ) {
    seen.add(current)
    const at = depth === 0 ? 'error' : `cause ${depth}`
    texts.push(
      { surface: `${at} message`, text: current.message },
      { surface: `${at} String()`, text: String(current) },
      { surface: `${at} stack`, text: current.stack ?? '' },
      { surface: `${at} code`, text: String((current as { code?: unknown }).code) },
      { surface: `${at} cause`, text: inspect(current.cause, { depth: Number.POSITIVE_INFINITY }) },
    )
    depth++
  }
  return texts
}

const utf8 = new TextDecoder()

function bytesToText(bytes: number[]): string {
  return utf8.decode(new Uint8Array(bytes))
}

/** `%2B`, `%2b`: one run of percent escapes at a time, as UTF-8 bytes. */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) =>
    bytesToText(run.match(/%[0-9a-fA-F]{2}/g)?.map((percent) => Number.parseInt(percent.slice(1), 16)) ?? []),
  )
}

/** `\u002B`, `\/`, and the same with the backslash itself escaped (JSON of JSON, `inspect` of a string). */
function decodeBackslashEscapes(text: string): string {
  return text
    .replace(/\\+u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\+\//g, '/')
}

const NAMED_ENTITIES: Record<string, string> = {
  plus: '+',
  sol: '/',
  equals: '=',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  colon: ':',
  percnt: '%',
  bsol: '\\',
  num: '#',
  semi: ';',
  period: '.',
  lowbar: '_',
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#[xX]([0-9a-fA-F]{1,6});?/g, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d{1,7});?/g, (_, decimal: string) => String.fromCodePoint(Number.parseInt(decimal, 10)))
    .replace(/&([a-zA-Z]{2,8});/g, (entity, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? entity)
}

/** Every layer peeled: the text a person would read once all escapes are undone. */
export function fullyDecoded(text: string): string {
  let current = text
  for (let round = 0; round < 8; round++) {
    const next = decodeEntities(decodeBackslashEscapes(decodePercent(current)))
    if (next === current) return current
    current = next
  }
  return current
}

/** The bytes (as Latin-1 text) of every run that could be base64 or base64url, at each alignment. */
function base64Payloads(text: string): string[] {
  const payloads: string[] = []
  for (const [run] of text.matchAll(/[A-Za-z0-9+/_-]{8,}={0,2}/g)) {
    const standard = run.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/')
    for (let skip = 0; skip < 4; skip++) {
      const aligned = standard.slice(skip)
      // A last group of 2 or 3 characters is a padded one (1 or 2 bytes); of 1, a cut one.
      const whole = aligned.length % 4 === 1 ? aligned.slice(0, -1) : aligned
      if (whole.length >= 8) payloads.push(atob(whole.padEnd(Math.ceil(whole.length / 4) * 4, '=')))
    }
  }
  return payloads
}

function latin1Of(secret: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(secret)) binary += String.fromCharCode(byte)
  return binary
}

/** Whether `secret` hides in `text` in any form this detector knows. */
export function containsSecret(text: string, secret: string): boolean {
  const decoded = fullyDecoded(text)
  if (decoded.includes(secret)) return true
  const bytes = latin1Of(secret)
  return [text, decoded].some((candidate) =>
    base64Payloads(candidate).some((payload) => fullyDecoded(payload).includes(bytes)),
  )
}

export interface Sighting {
  /** Where the value came from, e.g. `errorCode / lower-case %xx`. */
  probe: string
  /** Which rendering showed it, e.g. `error message`, `JSON`, `hook onResponse 1`. */
  surface: string
  /** Which secret (by label, never the secret itself, so the test output does not spread it). */
  secret: string
}

/** Every (surface, secret) pair where one of `secrets` shows in `value`. */
export function sightingsIn(
  probe: string,
  value: unknown,
  secrets: Readonly<Record<string, string>>,
  surfacePrefix = '',
): Sighting[] {
  const sightings: Sighting[] = []
  for (const { surface, text } of renderings(value)) {
    for (const [label, secret] of Object.entries(secrets)) {
      if (containsSecret(text, secret))
        sightings.push({ probe, surface: `${surfacePrefix}${surface}`, secret: label })
    }
  }
  return sightings
}
