import type { Message } from '@durum/core'

type State = { state: string }

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
    en: ({ subject }: { subject: string }) =>
      `acme has no ${subject}: check the id, and that it belongs to this account.`,
    tr: ({ subject }: { subject: string }) =>
      `acme'de ${subject} bulunamadı: kimliği ve bu hesaba ait olduğunu kontrol edin.`,
  },
} as const satisfies Record<string, Message<never>>

export type AcmeReason = keyof typeof acmeMessages
