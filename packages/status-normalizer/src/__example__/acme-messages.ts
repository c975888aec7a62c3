import type { LocalizedText, Message } from '@durum/core'

type State = { state: string }
/** What the kit compared: the question, the id field and the value sent. */
type Bound = { subject: LocalizedText; field: string; asked: string }

/** Every sentence the acme provider writes, by reason code, in every locale. */
export const acmeMessages = {
  'acme.created': {
    en: () => 'acme state "created": the customer has not paid yet.',
    tr: () => 'acme durumu "created": müşteri henüz ödemedi.',
  },
  'acme.action_required': {
    en: () => 'acme state "action_required": waiting for the customer to finish 3-D Secure.',
    tr: () => 'acme durumu "action_required": müşterinin 3-D Secure doğrulamasını tamamlaması bekleniyor.',
  },
  'acme.paid': {
    en: () => 'acme state "paid": the payment was captured.',
    tr: () => 'acme durumu "paid": ödeme alındı.',
  },
  'acme.declined': {
    en: () => 'acme state "declined": the bank declined the payment.',
    tr: () => 'acme durumu "declined": banka ödemeyi reddetti.',
  },
  'acme.refunded': {
    en: () => 'acme state "refunded": the payment was refunded in full.',
    tr: () => 'acme durumu "refunded": ödemenin tamamı iade edildi.',
  },
  'acme.unknown_state': {
    en: ({ state }: State) => `acme reported state "${state}", which this version does not know.`,
    tr: ({ state }: State) => `acme "${state}" durumunu bildirdi; bu sürüm bu durumu tanımıyor.`,
  },
  'acme.session': {
    en: ({ state }: State) => `acme reports the session as "${state}".`,
    tr: ({ state }: State) => `acme oturumun durumunu "${state}" olarak bildiriyor.`,
  },
  'acme.invalid_api_key': {
    en: () => 'acme refused the API key: check apiKey.',
    tr: () => 'acme API anahtarını reddetti: apiKey değerini kontrol edin.',
  },
  'acme.not_found': {
    en: ({ subject }: { subject: LocalizedText }) =>
      `acme has no ${subject.en}: check the id, and that it belongs to this account.`,
    tr: ({ subject }: { subject: LocalizedText }) =>
      `acme'de ${subject.tr} bulunamadı: kimliği ve bu hesaba ait olduğunu kontrol edin.`,
  },
  'acme.another_answer': {
    en: ({ subject, field, answered }: Bound & { answered: string }) =>
      `acme answered about ${field} "${answered}" when asked about ${subject.en}; the answer was refused.`,
    tr: ({ subject, field, answered }: Bound & { answered: string }) =>
      `acme, ${subject.tr} sorulduğunda ${field} "${answered}" hakkında yanıt verdi; yanıt reddedildi.`,
  },
  'acme.unbound_answer': {
    en: ({ subject, field }: Bound) =>
      `acme's answer names no ${field}, where ${subject.en} was asked about; the answer was refused.`,
    tr: ({ subject, field }: Bound) =>
      `acme'nin yanıtında ${field} yok, oysa ${subject.tr} soruldu; yanıt reddedildi.`,
  },
} as const satisfies Record<string, Message<never>>

export type AcmeReason = keyof typeof acmeMessages
