import type { Lang } from '../i18n/pick-lang'

const formats = new Map<Lang, Intl.DateTimeFormat>()

function formatOf(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'tr' ? 'tr-TR' : 'en-GB', {
      timeZone: 'Europe/Istanbul',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
    formats.set(lang, format)
  }
  return format
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * An ISO-8601 time with its zone, shown as a person reads it, in Istanbul time with the offset
 * spelled out: `11 June 2026, 23:29:35 (UTC+03:00)` / `11 Haziran 2026, 23:29:35 (UTC+03:00)`. Every
 * time the demo shows goes through here, so a time labelled UTC and one labelled +03:00 compare at a
 * glance. Assembled from parts, since ICU versions join date and time differently. Text that is not
 * such a time is shown as it came.
 */
export function formatTime(iso: string, lang: Lang): string {
  if (!ISO_WITH_ZONE.test(iso)) return iso
  const epoch = Date.parse(iso)
  if (Number.isNaN(epoch)) return iso
  const parts: Record<string, string> = {}
  for (const part of formatOf(lang).formatToParts(epoch)) parts[part.type] = part.value
  const offset = /[+-]\d{2}:\d{2}/.exec(parts.timeZoneName ?? '')?.[0] ?? '+00:00'
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}:${parts.second} (UTC${offset})`
}
