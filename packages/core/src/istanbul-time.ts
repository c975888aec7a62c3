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

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/*
 * The offset that applies to an Istanbul wall-clock time. Around a summer-time change the wall time
 * is either repeated (autumn: take the earlier instant) or skipped (spring: read it with the offset
 * before the change), as `Temporal`'s 'compatible' disambiguation does.
 */
function offsetForWallTime(wallMs: number): number {
  const before = istanbulOffsetMs(wallMs - dayMs)
  const after = istanbulOffsetMs(wallMs + dayMs)
  if (before === after) return before
  const fits = (offset: number) => istanbulOffsetMs(wallMs - offset) === offset
  if (fits(before)) return before
  return fits(after) ? after : before
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

function wallTimeIso(wallMs: number, withMillis: boolean): string {
  const date = new Date(wallMs)
  return wallText(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    withMillis ? date.getUTCMilliseconds() : undefined,
  )
}

const turkishDateTime = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/
const isoLikeDateTime = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/

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
  let year: number
  let month: number
  let day: number
  let hour: number
  let minute: number
  let second: number
  let fraction: string | undefined
  const turkish = turkishDateTime.exec(text)
  if (turkish !== null) {
    day = Number(turkish[1])
    month = Number(turkish[2])
    year = Number(turkish[3])
    hour = Number(turkish[4])
    minute = Number(turkish[5])
    second = Number(turkish[6])
  } else {
    const iso = isoLikeDateTime.exec(text)
    if (iso === null) throw notADateTime(text)
    year = Number(iso[1])
    month = Number(iso[2])
    day = Number(iso[3])
    hour = Number(iso[4])
    minute = Number(iso[5])
    second = Number(iso[6])
    fraction = iso[7]
  }
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
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'))
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const wallMs =
    year >= 100
      ? Date.UTC(year, month - 1, day, hour, minute, second, millis)
      : new Date(0).setUTCFullYear(year, month - 1, day) +
        ((hour * 60 + minute) * 60 + second) * 1000 +
        millis
  const wall = wallText(year, month, day, hour, minute, second, fraction === undefined ? undefined : millis)
  return `${wall}${formatOffset(offsetForWallTime(wallMs))}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** Epoch milliseconds (iyzico's `systemTime`) → ISO-8601 in Istanbul time: `"2018-06-01T16:06:56.000+03:00"`. */
export function epochMillisToIso(ms: number): string {
  // Years 1–9999: what ISO-8601 without an expanded year can show.
  if (!Number.isSafeInteger(ms) || ms < -62_135_596_800_000 || ms > 253_402_300_799_999)
    throw notEpochMillis(String(ms))
  const offset = istanbulOffsetMs(ms)
  return `${wallTimeIso(ms + offset, true)}${formatOffset(offset)}`
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
