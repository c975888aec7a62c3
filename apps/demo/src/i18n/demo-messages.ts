import { ValidationError } from '@durum/status-normalizer'
import type { Lang } from './pick-lang'

type DemoMessage<P> = { readonly [L in Lang]: (params: P) => string }

const list = (items: readonly string[], _lang: Lang) => items.join(', ')
const either = (items: readonly string[], lang: Lang) => items.join(lang === 'tr' ? ' ya da ' : ' or ')

/**
 * The demo's own refusals of what a person typed (the engine writes its own errors), by reason code,
 * in both languages: the query page and "check many" show them in the page's language.
 */
export const DEMO_MESSAGES = {
  'demo.provider_missing': {
    en: (p: { providers: readonly string[] }) => `Choose a provider: ${either(p.providers, 'en')}.`,
    tr: (p: { providers: readonly string[] }) => `Bir sağlayıcı seçin: ${either(p.providers, 'tr')}.`,
  },
  'demo.provider_unknown': {
    en: (p: { provider: string; providers: readonly string[] }) =>
      `Unknown provider "${p.provider}". This demo knows ${list(p.providers, 'en')}.`,
    tr: (p: { provider: string; providers: readonly string[] }) =>
      `"${p.provider}" adında bir sağlayıcı yok. Bu demonun tanıdıkları: ${list(p.providers, 'tr')}.`,
  },
  'demo.id_type_unknown': {
    en: (p: { provider: string; by: string; fields: readonly string[] }) =>
      `${p.provider} cannot be queried by "${p.by}"; use one of ${list(p.fields, 'en')}.`,
    tr: (p: { provider: string; by: string; fields: readonly string[] }) =>
      `${p.provider}, "${p.by}" ile sorgulanamaz; şunlardan birini kullanın: ${list(p.fields, 'tr')}.`,
  },
  'demo.value_missing': {
    en: (p: { label: string }) => `Enter the ${p.label}.`,
    tr: (p: { label: string }) => `${p.label} girin.`,
  },
  'demo.session_part_missing': {
    en: (p: { param: string }) => `A session query also needs ${p.param}.`,
    tr: (p: { param: string }) => `Oturum sorgusu ${p.param} değerini de ister.`,
  },
  'demo.foreign_id': {
    en: (p: { param: string; owner: string | undefined; provider: string; fields: string }) =>
      `${p.param} is ${p.owner === undefined ? 'not a query field' : `an ${p.owner} id`}; ${p.provider} takes ${p.fields}.`,
    tr: (p: { param: string; owner: string | undefined; provider: string; fields: string }) =>
      `${p.param} ${p.owner === undefined ? 'bir sorgu alanı değil' : `bir ${p.owner} kimliği`}; ${p.provider} şunları alır: ${p.fields}.`,
  },
  'demo.id_missing': {
    en: (p: { fields: string }) => `Give one id to look up: ${p.fields}.`,
    tr: (p: { fields: string }) => `Sorgulanacak bir kimlik verin: ${p.fields}.`,
  },
  'demo.ids_conflict': {
    en: (p: { params: readonly string[] }) =>
      `Give only one of ${p.params.join(' and ')}: each names the payment on its own.`,
    tr: (p: { params: readonly string[] }) =>
      `${p.params.join(' ve ')} değerlerinden yalnızca birini verin: her biri ödemeyi tek başına belirtir.`,
  },
  'demo.id_empty': {
    en: (p: { param: string }) => `${p.param} is empty.`,
    tr: (p: { param: string }) => `${p.param} boş.`,
  },
  'demo.option_foreign': {
    en: (p: { param: string; owner: string; provider: string }) =>
      `${p.param} is a ${p.owner} option; ${p.provider} does not take it.`,
    tr: (p: { param: string; owner: string; provider: string }) =>
      `${p.param} bir ${p.owner} seçeneği; ${p.provider} bunu almaz.`,
  },
  'demo.param_repeated': {
    en: (p: { param: string; times: number }) =>
      `The parameter ${p.param} is given ${p.times} times; give each parameter once, so it is clear which payment is meant.`,
    tr: (p: { param: string; times: number }) =>
      `${p.param} parametresi ${p.times} kez verilmiş; hangi ödemenin kastedildiği belli olsun diye her parametreyi bir kez verin.`,
  },
  'demo.ids_missing': {
    en: () => 'No ids given: paste ids or upload a CSV file.',
    tr: () => 'Kimlik verilmedi: kimlikleri yapıştırın ya da bir CSV dosyası yükleyin.',
  },
  'demo.too_many_ids': {
    en: (p: { count: number; max: number }) =>
      `${p.count} ids is more than this demo checks at once (${p.max}); split the list.`,
    tr: (p: { count: number; max: number }) =>
      `${p.count} kimlik, bu demonun bir seferde kontrol ettiğinden (${p.max}) fazla; listeyi bölün.`,
  },
  'demo.ids_provider_missing': {
    en: (p: { providers: readonly string[] }) =>
      `Choose the provider of these ids: ${either(p.providers, 'en')}.`,
    tr: (p: { providers: readonly string[] }) =>
      `Bu kimliklerin sağlayıcısını seçin: ${either(p.providers, 'tr')}.`,
  },
  'demo.ids_type_missing': {
    en: (p: { provider: string; fields: readonly string[] }) =>
      `Say which id these are for ${p.provider}: ${list(p.fields, 'en')}. Session queries need a CSV with sessionCheckoutFormToken and sessionPaymentId columns.`,
    tr: (p: { provider: string; fields: readonly string[] }) =>
      `Bunların ${p.provider} için hangi kimlik olduğunu seçin: ${list(p.fields, 'tr')}. Oturum sorguları sessionCheckoutFormToken ve sessionPaymentId sütunları olan bir CSV ister.`,
  },
  'demo.csv_line': {
    en: (p: { line: number; message: string }) => `Line ${p.line}: ${p.message}`,
    tr: (p: { line: number; message: string }) => `${p.line}. satır: ${p.message}`,
  },
} satisfies Record<string, DemoMessage<never>>

export type DemoReason = keyof typeof DEMO_MESSAGES

/** A refusal of the demo's own, naming the field at fault, written in `lang`, with its reason code. */
export function demoError<R extends DemoReason>(
  lang: Lang,
  reason: R,
  field: string,
  params: Parameters<(typeof DEMO_MESSAGES)[R]['en']>[0],
): ValidationError {
  const message = (DEMO_MESSAGES[reason][lang] as (p: typeof params) => string)(params)
  return new ValidationError({ field, message, reason })
}
