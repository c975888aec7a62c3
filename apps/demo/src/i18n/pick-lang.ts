import { en, type Messages } from './messages-en'
import { tr } from './messages-tr'

export type Lang = 'en' | 'tr'

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, tr }

/** `?lang=tr|en` wins; otherwise the first of the browser's languages the demo speaks; otherwise English. */
export function pickLang(langParam: string | undefined, acceptLanguage: string | undefined): Lang {
  if (langParam === 'tr' || langParam === 'en') return langParam
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return {
        base: tag.toLowerCase().split('-')[0],
        quality: q === undefined ? 1 : Number(q.slice(2)),
        order,
      }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
  const match = ranked.find((entry) => entry.base === 'tr' || entry.base === 'en')
  return match?.base === 'tr' ? 'tr' : 'en'
}
