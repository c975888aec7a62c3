import { type LocalizedText, localizeReason, type Message, type ReasonOf } from '@durum/core'

/** A value a caller gave, for a sentence: as written (`0`, `true`), or only its type (`string`, `null`). */
export type Shown = { literal: string } | { type: string }
/** The registered provider names, quoted. */
type Names = { names: readonly string[] }

const shownEn = (value: Shown) =>
  'literal' in value ? value.literal : value.type === 'null' ? 'null' : `a ${value.type}`
const shownTr = (value: Shown) =>
  'literal' in value ? value.literal : value.type === 'null' ? 'null' : `${value.type} türünde bir değer`
const namesEn = ({ names }: Names) =>
  names.length === 0 ? 'the providers you register (none are)' : names.map((name) => `"${name}"`).join(', ')
const namesTr = ({ names }: Names) =>
  names.length === 0 ? 'kaydettiğiniz sağlayıcılar (henüz yok)' : names.map((name) => `"${name}"`).join(', ')

/** What `isPaid` or `isSettled` was given instead of a result: a status word, else only its kind. */
export type NotAResult =
  | { kind: 'word'; word: string }
  | { kind: 'null' }
  | { kind: 'array' }
  | { kind: 'object' }
  | { kind: 'type'; type: string }
type Misuse = { name: string; wordPredicate: string; given: NotAResult }

function givenEn(given: NotAResult): string {
  switch (given.kind) {
    case 'word':
      return `the status word "${given.word}"`
    case 'null':
      return 'null'
    case 'array':
      return 'an array'
    case 'object':
      return 'an object without kind "payment" or "session"'
    case 'type':
      return `a ${given.type}`
  }
}

function givenTr(given: NotAResult): string {
  switch (given.kind) {
    case 'word':
      return `"${given.word}" durum kelimesi`
    case 'null':
      return 'null'
    case 'array':
      return 'bir dizi'
    case 'object':
      return 'kind alanı "payment" ya da "session" olmayan bir nesne'
    case 'type':
      return `${given.type} türünde bir değer`
  }
}

/** What `waitForStatus` last saw before its time ran out. */
export type LastSeen =
  | { kind: 'nothing'; lastError: string | undefined }
  | { kind: 'status'; status: string; rawStatus: string }

/** Every sentence the engine writes itself, by reason, in every locale. */
export const engineMessages = {
  'core.invalid_locale': {
    en: ({ field, shown }: { field: string; shown: string }) =>
      `${field} must be 'en' or 'tr', not ${shown}.`,
    tr: ({ field, shown }: { field: string; shown: string }) =>
      `${field} 'en' ya da 'tr' olmalı; verilen: ${shown}.`,
  },
  'core.duplicate_provider': {
    en: ({ name }: { name: string }) => `Two providers are named "${name}"; register each provider once.`,
    tr: ({ name }: { name: string }) =>
      `İki sağlayıcı "${name}" adını taşıyor; her sağlayıcıyı bir kez kaydedin.`,
  },
  'core.options_not_object': {
    en: ({ method, value }: { method: string; value: Shown }) =>
      `The options of ${method} must be an object, not ${shownEn(value)}.`,
    tr: ({ method, value }: { method: string; value: Shown }) =>
      `${method} seçenekleri bir nesne olmalı; verilen: ${shownTr(value)}.`,
  },
  'core.invalid_signal': {
    en: () =>
      "signal must be an AbortSignal (for example AbortSignal.timeout(ms) or an AbortController's signal).",
    tr: () =>
      "signal bir AbortSignal olmalı (örneğin AbortSignal.timeout(ms) ya da bir AbortController'ın signal değeri).",
  },
  'core.not_a_function': {
    en: ({ field, value }: { field: string; value: Shown }) =>
      `${field} must be a function, not ${shownEn(value)}.`,
    tr: ({ field, value }: { field: string; value: Shown }) =>
      `${field} bir fonksiyon olmalı; verilen: ${shownTr(value)}.`,
  },
  'core.unreadable_input': {
    en: ({ what, thrown }: { what: string; field: string; thrown: string }) =>
      `Reading ${what} threw (${thrown}): pass plain data, without getters or Proxies that throw.`,
    tr: ({ field, thrown }: { what: string; field: string; thrown: string }) =>
      `${field} okunurken hata fırlatıldı (${thrown}): hata fırlatan getter ya da Proxy içermeyen düz veri verin.`,
  },
  'core.invalid_milliseconds': {
    en: ({ field, max, span, value }: { field: string; max: number; span: 'day' | 'hour'; value: Shown }) =>
      `${field} must be a positive number of milliseconds, at most ${max} (${span === 'day' ? 'a day' : 'an hour'}), not ${shownEn(value)}.`,
    tr: ({ field, max, span, value }: { field: string; max: number; span: 'day' | 'hour'; value: Shown }) =>
      `${field} en fazla ${max} (${span === 'day' ? 'bir gün' : 'bir saat'}) olan pozitif bir milisaniye sayısı olmalı; verilen: ${shownTr(value)}.`,
  },
  'core.invalid_concurrency': {
    en: ({ max, value }: { max: number; value: Shown }) =>
      `concurrency must be a whole number from 1 to ${max}, not ${shownEn(value)}.`,
    tr: ({ max, value }: { max: number; value: Shown }) =>
      `concurrency 1 ile ${max} arasında bir tam sayı olmalı; verilen: ${shownTr(value)}.`,
  },
  'core.invalid_rate': {
    en: ({ field, max, value }: { field: string; max: number; value: Shown }) =>
      `${field} must be a number of queries per minute from 1/60 (one an hour) to ${max}, not ${shownEn(value)}.`,
    tr: ({ field, max, value }: { field: string; max: number; value: Shown }) =>
      `${field} dakikada 1/60 (saatte bir) ile ${max} arasında bir sorgu sayısı olmalı; verilen: ${shownTr(value)}.`,
  },
  'core.unknown_provider': {
    en: (p: Names & { name: string }) =>
      `No provider named "${p.name}" is registered with this normalizer: use one of ${namesEn(p)}, or add it to createStatusNormalizer({ providers }).`,
    tr: (p: Names & { name: string }) =>
      `Bu normalizer'da "${p.name}" adında kayıtlı bir sağlayıcı yok: ${namesTr(p)} içinden birini kullanın ya da createStatusNormalizer({ providers }) listesine ekleyin.`,
  },
  'core.query_not_object': {
    en: (p: Names & { value: Shown }) =>
      `A status query must be an object with a \`provider\` (one of ${namesEn(p)}) and that provider's ids, not ${shownEn(p.value)}.`,
    tr: (p: Names & { value: Shown }) =>
      `Durum sorgusu, bir \`provider\` (${namesTr(p)} içinden biri) ve o sağlayıcının kimliklerini içeren bir nesne olmalı; verilen: ${shownTr(p.value)}.`,
  },
  'core.no_provider': {
    en: (p: Names) => `The query has no provider name: set \`provider\` to one of ${namesEn(p)}.`,
    tr: (p: Names) => `Sorguda sağlayıcı adı yok: \`provider\` alanına ${namesTr(p)} içinden birini yazın.`,
  },
  'core.missing_timeout': {
    en: ({ max }: { max: number }) =>
      `waitForStatus needs timeoutMs: how long to poll, at most ${max} ms (a day).`,
    tr: ({ max }: { max: number }) =>
      `waitForStatus için timeoutMs gerekli: ne kadar süre sorgulanacağı, en fazla ${max} ms (bir gün).`,
  },
  'core.wait_timed_out': {
    en: (p: { provider: string; query: string; timeoutMs: number; seen: LastSeen }) =>
      `The ${p.provider} query ${p.query} did not reach the awaited status within ${p.timeoutMs} ms; ${
        p.seen.kind === 'nothing'
          ? `no answer was received${p.seen.lastError === undefined ? '' : ` (last error: ${p.seen.lastError})`}`
          : `the last status seen was ${p.seen.status} (${p.provider} said "${p.seen.rawStatus}")`
      }. Poll again later or raise timeoutMs.`,
    tr: (p: { provider: string; query: string; timeoutMs: number; seen: LastSeen }) =>
      `${p.provider} sorgusu ${p.query} beklenen duruma ${p.timeoutMs} ms içinde ulaşmadı; ${
        p.seen.kind === 'nothing'
          ? `hiç yanıt alınmadı${p.seen.lastError === undefined ? '' : ` (son hata: ${p.seen.lastError})`}`
          : `görülen son durum ${p.seen.status} (${p.provider}: "${p.seen.rawStatus}")`
      }. Daha sonra yeniden sorgulayın ya da timeoutMs değerini artırın.`,
  },
  'core.provider_bug': {
    en: ({ provider, thrown }: { provider: string; thrown: string }) =>
      `The ${provider} provider failed with an unexpected error (${thrown}); this is a bug in the provider package, please report it.`,
    tr: ({ provider, thrown }: { provider: string; thrown: string }) =>
      `${provider} sağlayıcısı beklenmeyen bir hatayla (${thrown}) başarısız oldu; bu, sağlayıcı paketinde bir hata, lütfen bildirin.`,
  },
  'core.queries_not_iterable': {
    en: ({ value }: { value: Shown | undefined }) =>
      `getStatuses needs an array, an iterable or an async iterable of queries, not ${
        value === undefined ? 'an object that is not iterable' : shownEn(value)
      }.`,
    tr: ({ value }: { value: Shown | undefined }) =>
      `getStatuses bir dizi, yinelenebilir (iterable) ya da async iterable sorgu listesi bekler; verilen: ${
        value === undefined ? 'yinelenebilir olmayan bir nesne' : shownTr(value)
      }.`,
  },
  'core.input_failed': {
    en: ({ thrown }: { thrown: string }) =>
      `Reading the next query failed: the input threw (${thrown}); the batch stopped. The error is the cause.`,
    tr: ({ thrown }: { thrown: string }) =>
      `Sıradaki sorgu okunamadı: girdi hata fırlattı (${thrown}); toplu sorgu durdu. Hata, cause alanında.`,
  },
  'core.held_off': {
    en: ({
      provider,
      seconds,
      maxSeconds,
    }: {
      provider: string
      seconds: number | undefined
      maxSeconds: number
    }) =>
      `${provider} asked to be left alone for ${seconds === undefined ? 'ever' : `${seconds} s`} more, longer than a batch waits (${maxSeconds} s); this query was not sent. Send it again later.`,
    tr: ({
      provider,
      seconds,
      maxSeconds,
    }: {
      provider: string
      seconds: number | undefined
      maxSeconds: number
    }) =>
      `${provider} ${seconds === undefined ? 'süresiz' : `${seconds} sn daha`} beklenmesini istedi; bu, toplu sorgunun beklediği süreden (${maxSeconds} sn) uzun: bu sorgu gönderilmedi. Daha sonra yeniden gönderin.`,
  },
  'core.not_a_result': {
    en: ({ name, wordPredicate, given }: Misuse) =>
      `${name}() decides on the whole result, not ${givenEn(given)}: pass the result itself (${name}(result), not ${name}(result.status)). For the status table's column alone, use ${wordPredicate}(status).`,
    tr: ({ name, wordPredicate, given }: Misuse) =>
      `${name}() sonucun tamamına bakarak karar verir, ${givenTr(given)} ile değil: sonucun kendisini verin (${name}(result.status) değil, ${name}(result)). Yalnızca durum tablosundaki sütun için ${wordPredicate}(status) kullanın.`,
  },
  'core.cancelled': {
    en: () => "Cancelled by the caller's AbortSignal; no answer arriving after it is read.",
    tr: () => "Çağıranın AbortSignal'i ile iptal edildi; bundan sonra gelen hiçbir yanıt okunmaz.",
  },
} as const satisfies Record<string, Message<never>>

/** A reason of the engine's catalog with the parameters its sentence needs. */
export type EngineWhy = ReasonOf<typeof engineMessages>

/** An engine error's reason and its message in every locale (the engine shows the caller's). */
export function engineSaid(why: EngineWhy): { reason: EngineWhy['reason']; message: LocalizedText } {
  return { reason: why.reason, message: localizeReason(engineMessages, why) }
}

/** A caller's value for a message: numbers, booleans and `undefined` as written, anything else by its type. */
export function shownValue(value: unknown): Shown {
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined)
    return { literal: String(value) }
  return { type: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value }
}
