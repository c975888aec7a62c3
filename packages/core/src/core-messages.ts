import type { LocalizedText, Message, ReasonOf } from './locale'

/** An HTTP answer durum could not use: who answered, what, and to which endpoint. */
type Answered = { provider: string; status: number; source: string }
/** A request and its attempt, e.g. `iyzico.payment-detail, attempt 3 of 3`. */
type Attempt = { provider: string; source: string; attempt: number; attempts: number }
/** A credential no option and no environment variable gave. */
type Credential = {
  label: string
  name: string
  field: string
  factory: string
  client: string
  variable: string
}
/** An answer that could not be read: whose, about what, and what the merchant can do. */
type Unread = { label: string; subject: LocalizedText; hint: LocalizedText }
/** What a `Retry-After` outlasted: durum's own bound, or what was left of the caller's time. */
type WaitBound = { kind: 'durum'; ms: number } | { kind: 'caller'; ms: number }

const where = ({ source, attempt, attempts }: Attempt) => `${source}, attempt ${attempt} of ${attempts}`
const whereTr = ({ source, attempt, attempts }: Attempt) => `${source}, deneme ${attempt}/${attempts}`
const answered = ({ provider, status, source }: Answered) =>
  `${provider} answered HTTP ${status} to ${source}`
const answeredTr = ({ provider, status, source }: Answered) =>
  `${provider}, ${source} isteğine HTTP ${status} ile yanıt verdi`

/**
 * Every sentence @durum/core writes for an error, by reason code, in every locale. What a provider
 * sent (a network error's detail, a schema's words) is quoted as it came.
 */
export const coreMessages = {
  'core.timeout': {
    en: (p: Attempt & { timeout: number }) =>
      `${p.provider} did not answer within ${p.timeout} ms (${where(p)}). The payment was not changed by this query; try again later.`,
    tr: (p: Attempt & { timeout: number }) =>
      `${p.provider} ${p.timeout} ms içinde yanıt vermedi (${whereTr(p)}). Bu sorgu ödemeyi değiştirmedi; daha sonra yeniden deneyin.`,
  },
  'core.unreachable': {
    en: (p: Attempt & { detail: string }) =>
      `${p.provider} could not be reached (${where(p)}: ${p.detail}). Check the network and try again later.`,
    tr: (p: Attempt & { detail: string }) =>
      `${p.provider} sunucusuna ulaşılamadı (${whereTr(p)}: ${p.detail}). Ağ bağlantısını kontrol edip daha sonra yeniden deneyin.`,
  },
  'core.request_cancelled': {
    en: ({ provider, source }: { provider: string; source: string }) =>
      `The ${source} request to ${provider} was cancelled by the caller; its answer, if any, was not read.`,
    tr: ({ provider, source }: { provider: string; source: string }) =>
      `${provider} sunucusuna giden ${source} isteği çağıran tarafından iptal edildi; gelen bir yanıt olduysa okunmadı.`,
  },
  'core.retry_after_too_long': {
    en: (p: Answered & { retryAfterMs: number; bound: WaitBound }) =>
      `${p.provider} asked to wait ${p.retryAfterMs} ms before ${p.source} is sent again (HTTP ${p.status}, Retry-After), longer than ${
        p.bound.kind === 'durum'
          ? `durum waits (${p.bound.ms} ms)`
          : `the caller's remaining ${p.bound.ms} ms`
      }, so it was not retried. Try again after that.`,
    tr: (p: Answered & { retryAfterMs: number; bound: WaitBound }) =>
      `${p.provider}, ${p.source} isteği yeniden gönderilmeden önce ${p.retryAfterMs} ms beklenmesini istedi (HTTP ${p.status}, Retry-After); bu, ${
        p.bound.kind === 'durum'
          ? `durum'un beklediği süreden (${p.bound.ms} ms)`
          : `çağıranın kalan süresinden (${p.bound.ms} ms)`
      } uzun olduğu için yeniden denenmedi. Bu süre geçtikten sonra yeniden deneyin.`,
  },
  'core.response_too_large': {
    en: (p: Answered & { max: number }) =>
      `${p.provider} answered ${p.source} (HTTP ${p.status}) with more than ${p.max} bytes, so durum stopped reading it. A status answer is a few kilobytes: check baseUrl, or raise maxResponseBytes if these answers really are that large.`,
    tr: (p: Answered & { max: number }) =>
      `${p.provider}, ${p.source} isteğine (HTTP ${p.status}) ${p.max} bayttan büyük bir yanıt verdi; durum okumayı bıraktı. Bir durum yanıtı birkaç kilobayttır: baseUrl değerini kontrol edin ya da yanıtlar gerçekten bu kadar büyükse maxResponseBytes değerini artırın.`,
  },
  'core.redirect_refused': {
    en: (p: Answered) =>
      `${p.provider} answered ${p.source} with a redirect (HTTP ${p.status}), which durum never follows: the query and its credentials go only to the configured baseUrl, and only its answer is read. Check baseUrl, and any proxy in between.`,
    tr: (p: Answered) =>
      `${p.provider}, ${p.source} isteğine bir yönlendirmeyle (HTTP ${p.status}) yanıt verdi; durum yönlendirmeleri asla izlemez: sorgu ve kimlik bilgileri yalnızca ayarlanan baseUrl adresine gider ve yalnızca onun yanıtı okunur. baseUrl değerini ve aradaki proxy'leri kontrol edin.`,
  },
  'core.http_unauthorized': {
    en: (p: Answered) =>
      `${answered(p)}: the credentials were refused. Check the API key and secret, and that they belong to this environment (sandbox or production).`,
    tr: (p: Answered) =>
      `${answeredTr(p)}: kimlik bilgileri reddedildi. API anahtarını ve gizli anahtarı, ayrıca bu ortama (sandbox ya da production) ait olduklarını kontrol edin.`,
  },
  'core.http_not_found': {
    en: (p: Answered) =>
      `${answered(p)}: not found. Check the id and the environment (sandbox or production).`,
    tr: (p: Answered) =>
      `${answeredTr(p)}: bulunamadı. Kimliği ve ortamı (sandbox ya da production) kontrol edin.`,
  },
  'core.http_rate_limited': {
    en: (p: Answered & { retryAfterMs: number | undefined }) =>
      `${answered(p)}: too many requests. Slow down${p.retryAfterMs === undefined ? '' : ` and retry after ${p.retryAfterMs} ms`}.`,
    tr: (p: Answered & { retryAfterMs: number | undefined }) =>
      `${answeredTr(p)}: çok fazla istek. İstekleri yavaşlatın${p.retryAfterMs === undefined ? '' : ` ve ${p.retryAfterMs} ms sonra yeniden deneyin`}.`,
  },
  'core.http_server_error': {
    en: (p: Answered) =>
      `${answered(p)}: the provider had a server error. The payment's state is unknown from this answer; try again later.`,
    tr: (p: Answered) =>
      `${answeredTr(p)}: sağlayıcıda sunucu hatası oluştu. Bu yanıttan ödemenin durumu anlaşılamıyor; daha sonra yeniden deneyin.`,
  },
  'core.http_unexpected': {
    en: (p: Answered) =>
      `${answered(p)}, which durum cannot interpret. The payment's state is unknown from this answer.`,
    tr: (p: Answered) =>
      `${answeredTr(p)}; durum bu yanıtı yorumlayamıyor. Bu yanıttan ödemenin durumu anlaşılamıyor.`,
  },
  'core.answer_not_json': {
    en: (p: Unread & { empty: boolean }) =>
      `${p.label}'s answer for ${p.subject.en} is not JSON${p.empty ? ' (the body is empty)' : ''}: it may have been cut off or come from a proxy. ${p.hint.en}`,
    tr: (p: Unread & { empty: boolean }) =>
      `${p.label} yanıtı (${p.subject.tr}) JSON değil${p.empty ? ' (gövde boş)' : ''}: yarıda kesilmiş ya da bir proxy'den gelmiş olabilir. ${p.hint.tr}`,
  },
  'core.answer_too_deep': {
    en: (p: Unread & { max: number }) =>
      `${p.label}'s answer for ${p.subject.en} is nested more than ${p.max} levels deep, which no payment answer is, so it was not read. ${p.hint.en}`,
    tr: (p: Unread & { max: number }) =>
      `${p.label} yanıtı (${p.subject.tr}) ${p.max} düzeyden derin iç içe; hiçbir ödeme yanıtı böyle olmadığı için okunmadı. ${p.hint.tr}`,
  },
  'core.answer_shape': {
    en: (p: { label: string; subject: LocalizedText; path: string; issue: string }) =>
      `${p.label}'s answer for ${p.subject.en} does not have the documented shape (at ${p.path}: ${p.issue}), so it was not used. ${p.label} may have changed its API; retry, and report it if it persists.`,
    tr: (p: { label: string; subject: LocalizedText; path: string; issue: string }) =>
      `${p.label} yanıtı (${p.subject.tr}) belgelenen biçimde değil (${p.path}: ${p.issue}), bu yüzden kullanılmadı. ${p.label} API'sini değiştirmiş olabilir; yeniden deneyin, sürerse bildirin.`,
  },
  'core.invalid_option': {
    en: (p: { label: string; field: string; issue: LocalizedText }) =>
      `The ${p.label} option ${p.field} ${p.issue.en}.`,
    tr: (p: { label: string; field: string; issue: LocalizedText }) =>
      `${p.label} için ${p.field} seçeneği ${p.issue.tr}.`,
  },
  'core.missing_credential': {
    en: (p: Credential) =>
      `No ${p.label} ${p.name}: pass ${p.field} to ${p.factory} or ${p.client}, or set ${p.variable}.`,
    tr: (p: Credential) =>
      `${p.label} için ${p.name} (${p.field}) verilmedi: ${p.factory} ya da ${p.client} çağrısına ${p.field} verin veya ${p.variable} ortam değişkenini ayarlayın.`,
  },
  'core.invalid_query': {
    en: ({ label, field, issue }: { label: string; field: string; issue: string }) =>
      `The ${label} query is invalid at \`${field}\`: ${issue} Nothing was sent to ${label}.`,
    tr: ({ label, field, issue }: { label: string; field: string; issue: string }) =>
      `${label} sorgusu \`${field}\` alanında geçersiz: ${issue} ${label} tarafına hiçbir şey gönderilmedi.`,
  },
} as const satisfies Record<string, Message<never>>

/** A reason of the core catalog with the parameters its sentence needs. */
export type CoreWhy = ReasonOf<typeof coreMessages>
