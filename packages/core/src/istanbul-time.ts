import { DurumError } from './durum-error'
import { isParsedNumber } from './parse-json'
import { quotedValue } from './quoted-value'
import { readingSchema } from './reading-schema'

const hourMs = 3_600_000
const dayMs = 24 * hourMs

let partsFormat: Intl.DateTimeFormat | undefined
const offsetByHour = new Map<number, number>()

/*
 * Europe/Istanbul's UTC offset at an instant, from the IANA zone via Intl (+02:00/+03:00 with summer
 * time before September 2016, +03:00 since). Offsets only change on whole UTC hours here, so they
 * are cached per hour; the cache is bounded because callers may pass any date.
 */
function istanbulOffsetMs(epochMs: number): number {
  const hour = Math.floor(epochMs / hourMs)
  const cached = offsetByHour.get(hour)
  if (cached !== undefined) return cached
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Istanbul',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const parts: Record<string, string> = {}
  for (const part of partsFormat.formatToParts(hour * hourMs)) parts[part.type] = part.value
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  const offset = wall - hour * hourMs
  if (offsetByHour.size > 10_000) offsetByHour.clear()
  offsetByHour.set(hour, offset)
  return offset
}

const offsetTexts = new Map<number, string>()

/** `+03:00`; a zone has only a few offsets, so each is formatted once. */
function formatOffset(offsetMs: number): string {
  let text = offsetTexts.get(offsetMs)
  if (text === undefined) {
    const sign = offsetMs < 0 ? '-' : '+'
    const minutes = Math.abs(offsetMs) / 60_000
    text = `${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
    if (offsetTexts.size < 64) offsetTexts.set(offsetMs, text)
  }
  return text
}

/** `00`–`99`, made once: every field of a wall time but the year is one of them. */
const twoDigits = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'))

function pad2(value: number): string {
  return twoDigits[value] ?? String(value).padStart(2, '0')
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

const offsetTextByWallHour = new Map<number, string>()

/*
 * The offset that applies to an Istanbul wall-clock time, as text. Around a summer-time change the
 * wall time is either repeated (autumn: take the earlier instant) or skipped (spring: read it with
 * the offset before the change), as `Temporal`'s 'compatible' disambiguation does. Away from a
 * change the answer holds for the whole wall hour (the offsets it reads are cached per hour), so it
 * is cached per wall hour; bounded, as callers may pass any date.
 */
function offsetTextForWallTime(wallMs: number): string {
  const wallHour = Math.floor(wallMs / hourMs)
  const cached = offsetTextByWallHour.get(wallHour)
  if (cached !== undefined) return cached
  const before = istanbulOffsetMs(wallMs - dayMs)
  const after = istanbulOffsetMs(wallMs + dayMs)
  if (before !== after) {
    const fits = (offset: number) => istanbulOffsetMs(wallMs - offset) === offset
    return formatOffset(fits(before) || !fits(after) ? before : after)
  }
  const text = formatOffset(before)
  if (offsetTextByWallHour.size > 10_000) offsetTextByWallHour.clear()
  offsetTextByWallHour.set(wallHour, text)
  return text
}

/** `2024-10-17T16:20:27`, with `.123` when `millis` is given. */
function wallText(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number | undefined,
): string {
  const text = `${pad(year, 4)}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}`
  return millis === undefined ? text : `${text}.${pad(millis, 3)}`
}

const dateTexts = new Map<number, string>()

/** `2018-06-01` of a day counted from 1970-01-01 UTC; a status check meets few days, so each is made once. */
function dateText(dayNumber: number): string {
  let text = dateTexts.get(dayNumber)
  if (text === undefined) {
    const date = new Date(dayNumber * dayMs)
    text = `${pad(date.getUTCFullYear(), 4)}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`
    if (dateTexts.size > 10_000) dateTexts.clear()
    dateTexts.set(dayNumber, text)
  }
  return text
}

/** `2018-06-01T16:06:56.000` of a wall time in milliseconds: the day's text, then the time by arithmetic. */
function wallTimeIso(wallMs: number): string {
  const dayNumber = Math.floor(wallMs / dayMs)
  const inDay = wallMs - dayNumber * dayMs
  const seconds = Math.floor(inDay / 1000)
  const millis = inDay - seconds * 1000
  return `${dateText(dayNumber)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${pad(millis, 3)}`
}

/** A wall time's numbers: year, month, day, hour, minute, second, then where the reading stopped. */
type WallTimeParts = [number, number, number, number, number, number, number]

/** The letters of a shape, in the order of `WallTimeParts`. */
const partLetters = 'YMDhms'

/** One number of a shape: which part it is, its fewest and most digits, the characters that may follow. */
interface WallTimeField {
  part: number
  fewest: number
  most: number
  /** One of these characters follows the number; '' when nothing does. */
  followedBy: string
}

/**
 * The fields of a shape, read once: `YYYY` is four digits of the year, `MM` two of the month, `M`
 * one or two (likewise `D` the day, `h` the hour, `m` the minute, `s` the second); after each, the
 * character that follows it, `_` for a space or a `T`.
 */
function fieldsOf(shape: string): readonly WallTimeField[] {
  const fields: WallTimeField[] = []
  for (let index = 0; index < shape.length; ) {
    const letter = shape.charAt(index)
    let width = 1
    while (shape.charAt(index + width) === letter) width++
    index += width
    const next = shape.charAt(index)
    if (next !== '') index++
    fields.push({
      part: partLetters.indexOf(letter),
      fewest: width,
      most: width === 1 ? 2 : width,
      followedBy: next === '_' ? ' T' : next,
    })
  }
  return fields
}

const turkishFields = fieldsOf('D.M.YYYY h:mm:ss')
const isoLikeFields = fieldsOf('YYYY-MM-DD_hh:mm:ss')

/**
 * Reads a wall time written in `fields`, by character codes: a regular expression and a `Number` per
 * field cost several times more, on every time of every answer. `undefined` when the text has another
 * shape; what follows the last field is the caller's to read.
 */
function readWallTime(text: string, fields: readonly WallTimeField[]): WallTimeParts | undefined {
  const parts: WallTimeParts = [0, 0, 0, 0, 0, 0, 0]
  let at = 0
  for (const field of fields) {
    const start = at
    let value = 0
    while (at - start < field.most) {
      const digit = text.charCodeAt(at) - 0x30
      if (!(digit >= 0 && digit <= 9)) break
      value = value * 10 + digit
      at++
    }
    if (at - start < field.fewest) return undefined
    parts[field.part] = value
    if (field.followedBy !== '') {
      const next = text.charAt(at)
      if (next === '' || !field.followedBy.includes(next)) return undefined
      at++
    }
  }
  parts[6] = at
  return parts
}

/** Up to three digits of a second, after the point that follows an ISO-like time. */
const secondFraction = /^\.(\d{1,3})$/

function notADateTime(text: string): DurumError {
  return new DurumError({
    code: 'response_format',
    message: `${quotedValue(text)} is not a date and time durum can read (expected "17.10.2024 16:20:27" or "2018-06-01 16:06:56").`,
  })
}

/**
 * A provider's Istanbul local time (`"17.10.2024 16:20:27"`, `"7.10.2026 08:50:48"`,
 * `"2018-06-01 16:06:56"`, `"2018-06-01 16:06:56.123"`) → ISO-8601 with the Istanbul offset of that
 * instant (`"2024-10-17T16:20:27+03:00"`). Impossible dates and other shapes throw `response_format`.
 */
export function parseIstanbulDateTime(text: string): string {
  let parts = readWallTime(text, turkishFields)
  let millis: number | undefined
  if (parts === undefined || parts[6] !== text.length) {
    parts = readWallTime(text, isoLikeFields)
    if (parts === undefined) throw notADateTime(text)
    if (parts[6] !== text.length) {
      const fraction = secondFraction.exec(text.slice(parts[6]))?.[1]
      if (fraction === undefined) throw notADateTime(text)
      millis = Number(fraction.padEnd(3, '0'))
    }
  }
  const [year, month, day, hour, minute, second] = parts
  // No 31.02 (it would roll over into March) and no 24:00: a real wall time or an error.
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw notADateTime(text)
  }
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const wallMs =
    year >= 100
      ? Date.UTC(year, month - 1, day, hour, minute, second, millis ?? 0)
      : new Date(0).setUTCFullYear(year, month - 1, day) +
        ((hour * 60 + minute) * 60 + second) * 1000 +
        (millis ?? 0)
  return `${wallText(year, month, day, hour, minute, second, millis)}${offsetTextForWallTime(wallMs)}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Epoch milliseconds (iyzico's `systemTime`) → ISO-8601 in Istanbul time: `"2018-06-01T16:06:56.000+03:00"`. */
export function epochMillisToIso(ms: number): string {
  // Years 1–9999: what ISO-8601 without an expanded year can show.
  if (!Number.isSafeInteger(ms) || ms < -62_135_596_800_000 || ms > 253_402_300_799_999)
    throw notEpochMillis(String(ms))
  const offset = istanbulOffsetMs(ms)
  return `${wallTimeIso(ms + offset)}${formatOffset(offset)}`
}

function notEpochMillis(shown: string): DurumError {
  return new DurumError({
    code: 'response_format',
    message: `${quotedValue(shown)} is not a time in epoch milliseconds durum can read.`,
  })
}

/** Now, as ISO-8601 with the Istanbul offset. */
export function nowIso(): string {
  return epochMillisToIso(Date.now())
}

/** An Istanbul local date-time string → ISO-8601 with offset. */
export const istanbulDateTimeSchema = readingSchema(
  'istanbul_date_time',
  'string',
  (input): input is string => typeof input === 'string',
  parseIstanbulDateTime,
)

/** Epoch milliseconds (a number from `parseJson`) → ISO-8601 with the Istanbul offset. */
export const epochMillisSchema = readingSchema('epoch_millis', 'a JSON number', isParsedNumber, (input) => {
  if (typeof input === 'number') return epochMillisToIso(input)
  if (!/^-?\d+$/.test(input.text)) throw notEpochMillis(input.text)
  return epochMillisToIso(Number(input.text))
})
