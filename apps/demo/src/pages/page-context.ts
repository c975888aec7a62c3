import type { ProviderMode } from '../demo-types'
import type { Messages } from '../i18n/messages-en'
import type { Lang } from '../i18n/pick-lang'

/** What every page needs to render: the language, where it is, and how each provider is wired. */
export interface PageContext {
  lang: Lang
  t: Messages
  /** The request URL, to build links that keep or switch the language. */
  url: URL
  modes: Readonly<Record<string, ProviderMode>>
}

/** A link to `path` in the page's language. */
export function href(ctx: PageContext, path: string, params?: URLSearchParams): string {
  const query = new URLSearchParams(params)
  query.set('lang', ctx.lang)
  return `${path}?${query}`
}
