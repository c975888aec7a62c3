import {
  LOCALES,
  type Locale,
  type MessageCatalog,
  type MessageParams,
  type ReasonOf,
  renderReason,
} from '@durum/core'

/** Parameters for every entry of catalog `C` that takes some: a missing one is a compile error. */
export type CatalogSamples<C extends MessageCatalog> = {
  [R in keyof C as [MessageParams<C[R]>] extends [undefined] ? never : R]: readonly MessageParams<C[R]>[]
}

/** The reasons a provider may give: `<provider>.<snake_case>`. */
export function reasonPatternOf(provider: string): RegExp {
  return new RegExp(`^${provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[a-z][a-z0-9_]*$`)
}

/**
 * What is wrong with a message catalog, one line per gap (none: `[]`): a reason not of the form
 * `<provider>.<snake_case>`, or an entry that, rendered with each of its samples, is empty in some
 * locale, throws, or reads in Turkish exactly as in English (left untranslated).
 */
export function catalogGaps<C extends MessageCatalog>(
  provider: string,
  catalog: C,
  samples: CatalogSamples<C>,
): string[] {
  const gaps: string[] = []
  const pattern = reasonPatternOf(provider)
  for (const [reason, message] of Object.entries(catalog)) {
    if (!pattern.test(reason)) gaps.push(`${reason}: not a ${provider}.<snake_case> reason`)
    const given = (samples as Record<string, readonly unknown[] | undefined>)[reason]
    for (const params of given ?? [undefined]) {
      const texts: Partial<Record<string, string>> = {}
      for (const locale of LOCALES) {
        try {
          const text = message[locale](params)
          if (typeof text !== 'string' || text.trim() === '') gaps.push(`${reason}: empty in ${locale}`)
          else texts[locale] = text
        } catch (error) {
          gaps.push(`${reason}: ${locale} threw ${error instanceof Error ? error.name : typeof error}`)
        }
      }
      if (texts.en !== undefined && texts.en === texts.tr) gaps.push(`${reason}: tr is the English text`)
    }
  }
  return gaps
}

/**
 * The explanation a provider gives for a rule and the notes it adds after it, as the catalog writes
 * them in `locale`: what a scenario's result must say, word for word.
 */
export function catalogText<C extends MessageCatalog>(
  catalog: C,
  reasons: readonly ReasonOf<C>[],
  locale: Locale,
): string {
  return reasons.map((reason) => renderReason(catalog, reason, locale)).join(' ')
}
