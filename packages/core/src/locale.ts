/** The languages durum writes explanations and error messages in. */
export type Locale = 'en' | 'tr'

export const LOCALES: readonly Locale[] = ['en', 'tr']

/** The locale when neither the call nor the normalizer names one. */
export const DEFAULT_LOCALE: Locale = 'en'

/** One sentence in every locale, from the same parameters; a missing language is a compile error. */
export type Message<P = void> = { readonly [L in Locale]: (params: P) => string }

/** A text already written in every locale. */
export type LocalizedText = { readonly [L in Locale]: string }

/**
 * A message catalog: reason codes (`<provider>.<snake_case>`) to their sentences. Each package keeps
 * one, so every sentence it writes lives in one file with its translation beside it.
 */
// biome-ignore lint/suspicious/noExplicitAny: each entry has its own parameter type; `never` would refuse them all.
export type MessageCatalog = { readonly [reason: string]: Message<any> }

/** The parameters of a catalog entry: `undefined` for a sentence that takes none. */
export type MessageParams<M> = M extends { readonly en: (...args: infer A) => string }
  ? A extends []
    ? undefined
    : A[0]
  : never

/**
 * A reason from catalog `C` with the parameters its sentence needs: what a pure mapping function
 * returns, so the text is written only once the locale is known.
 */
export type ReasonOf<C extends MessageCatalog> = {
  [R in keyof C & string]: [MessageParams<C[R]>] extends [undefined]
    ? { readonly reason: R; readonly params?: undefined }
    : { readonly reason: R; readonly params: MessageParams<C[R]> }
}[keyof C & string]

/** Whether `value` is one of `LOCALES`. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'tr'
}

/** The sentence for `reason` in `locale`. */
export function renderReason<C extends MessageCatalog>(
  catalog: C,
  reason: ReasonOf<C>,
  locale: Locale,
): string {
  const message = catalog[reason.reason] as Message<unknown>
  return message[locale](reason.params)
}

/** The sentence for `reason` in every locale (for an error, which the engine may re-read in another). */
export function localizeReason<C extends MessageCatalog>(catalog: C, reason: ReasonOf<C>): LocalizedText {
  return { en: renderReason(catalog, reason, 'en'), tr: renderReason(catalog, reason, 'tr') }
}

/**
 * A schema message in the language the parse asks for (`v.safeParse(schema, input, { lang })`, as
 * the engine does with the call's locale): Turkish for `tr`, else English.
 */
export function localized(text: LocalizedText): (issue: { readonly lang?: string | undefined }) => string {
  return (issue) => (issue.lang === 'tr' ? text.tr : text.en)
}
