import type { Locale, Message, MessageCatalog } from '@durum/core'

/** One sentence in both languages, its parameters typed once. */
function message<P = void>(en: (params: P) => string, tr: (params: P) => string): Message<P> {
  return { en, tr }
}

type Token = { token: string }

/**
 * Every sentence the command line writes, in English and Turkish. The library's own results and
 * errors come in the locale from the engine; these are the CLI's words around them.
 */
export const CLI_MESSAGES = {
  programDescription: message(
    () => 'Ask payment providers where a payment stands, one order or a whole CSV of them.',
    () =>
      'Ödeme kuruluşlarına bir ödemenin son durumunu sorun: tek bir sipariş ya da bir CSV dolusu sipariş.',
  ),
  localeHelp: message(
    () => 'language of every text: en or tr (default: DURUM_LOCALE, else en)',
    () => 'tüm metinlerin dili: en ya da tr (varsayılan: DURUM_LOCALE, yoksa en)',
  ),
  helpHelp: message(
    () => 'show help for the command',
    () => 'komutun yardımını göster',
  ),
  titleUsage: message(
    () => 'Usage:',
    () => 'Kullanım:',
  ),
  titleOptions: message(
    () => 'Options:',
    () => 'Seçenekler:',
  ),
  titleCommands: message(
    () => 'Commands:',
    () => 'Komutlar:',
  ),
  titleArguments: message(
    () => 'Arguments:',
    () => 'Argümanlar:',
  ),
  statusDescription: message(
    () => "one payment's status, explained",
    () => 'tek bir ödemenin durumu ve gerekçesi',
  ),
  statusProviderDescription: message<{ provider: string }>(
    ({ provider }) => `ask ${provider} about one payment (give exactly one query flag)`,
    ({ provider }) => `${provider}'ya tek bir ödemeyi sor (tam olarak bir sorgu seçeneği verin)`,
  ),
  queryFieldHelp: message<{ field: string }>(
    ({ field }) => `query by ${field}`,
    ({ field }) => `${field} ile sorgula`,
  ),
  jsonHelp: message(
    () => 'print the normalized result (or the error) as JSON',
    () => 'normalleştirilmiş sonucu (ya da hatayı) JSON olarak yaz',
  ),
  simulatorHelp: message(
    () => "query the provider's simulator, started in process on loopback, instead of the real service",
    () => 'gerçek servis yerine, bu süreçte loopback üzerinde başlatılan sağlayıcı simülatörünü sorgula',
  ),
  environmentHelp: message(
    () => 'sandbox (default) or production; IYZICO_BASE_URL and the like override it',
    () => 'sandbox (varsayılan) ya da production; IYZICO_BASE_URL gibi değişkenler bunu geçersiz kılar',
  ),
  simulateDescription: message(
    () => "serve every provider's simulator on loopback ports, until Ctrl-C",
    () => 'tüm sağlayıcı simülatörlerini Ctrl-C ile durdurulana kadar loopback portlarında çalıştır',
  ),
  portHelp: message(
    () => 'port of the first simulator, the others on the next ports; 0 for free ports (default 4010)',
    () => 'ilk simülatörün portu, diğerleri sonraki portlarda; boş portlar için 0 (varsayılan 4010)',
  ),
  latencyHelp: message(
    () => 'delay every answer by this many milliseconds (default 0)',
    () => 'her yanıtı bu kadar milisaniye geciktir (varsayılan 0)',
  ),
  simulatorsListening: message(
    () => 'Simulators listening (Ctrl-C to stop):',
    () => 'Simülatörler dinliyor (durdurmak için Ctrl-C):',
  ),
  simulatorsTry: message(
    () => 'Query them from another terminal, e.g.:',
    () => 'Başka bir terminalden sorgulayın, örneğin:',
  ),
  portUnavailable: message<{ port: number }>(
    ({ port }) => `Port ${port} is not available: choose another with --port, or --port 0 for free ones.`,
    ({ port }) =>
      `${port} portu kullanılamıyor: --port ile başka bir port seçin ya da boş portlar için --port 0 verin.`,
  ),
  missingCredentials: message<{ providers: string; variables: string }>(
    ({ providers, variables }) =>
      `No credentials for ${providers}: set ${variables} in the environment, or add --simulator to query the built-in simulator.`,
    ({ providers, variables }) =>
      `${providers} için kimlik bilgisi yok: ortamda ${variables} değişkenlerini tanımlayın ya da yerleşik simülatörü sorgulamak için --simulator ekleyin.`,
  ),
  noQueryFlag: message<{ provider: string; flags: string }>(
    ({ provider, flags }) => `Which ${provider} payment? Give one of ${flags}.`,
    ({ provider, flags }) => `Hangi ${provider} ödemesi? Şunlardan birini verin: ${flags}.`,
  ),
  manyQueryFlags: message<{ provider: string; flags: string; given: string }>(
    ({ provider, flags, given }) =>
      `One ${provider} query at a time: give only one of ${flags} (got ${given}).`,
    ({ provider, flags, given }) =>
      `Her seferinde tek bir ${provider} sorgusu: ${flags} seçeneklerinden yalnızca birini verin (verilenler: ${given}).`,
  ),
  queryFailed: message<{ code: string; reason: string }>(
    ({ code, reason }) => `The query failed: ${code} (${reason})`,
    ({ code, reason }) => `Sorgu başarısız oldu: ${code} (${reason})`,
  ),
  labelStatus: message(
    () => 'Status',
    () => 'Durum',
  ),
  labelPaid: message(
    () => 'Paid',
    () => 'Ödendi mi',
  ),
  paidYes: message(
    () => 'yes, the answer proves it: safe to ship',
    () => 'evet, yanıt bunu kanıtlıyor: ürün gönderilebilir',
  ),
  paidNo: message(
    () => 'no, do not ship on this answer',
    () => 'hayır, bu yanıta dayanarak ürünü göndermeyin',
  ),
  labelExplanation: message(
    () => 'Explanation',
    () => 'Açıklama',
  ),
  labelReason: message(
    () => 'Reason',
    () => 'Gerekçe kodu',
  ),
  labelRawStatus: message(
    () => 'Provider said',
    () => 'Sağlayıcının ifadesi',
  ),
  labelNextAction: message(
    () => 'Next action',
    () => 'Sıradaki adım',
  ),
  labelFailure: message(
    () => 'Failure',
    () => 'Hata',
  ),
  labelRefunds: message(
    () => 'Refunds',
    () => 'İadeler',
  ),
  refundsUnchecked: message(
    () => 'not checked: a refund or cancel may not show',
    () => 'kontrol edilmedi: bir iade ya da iptal görünmüyor olabilir',
  ),
  labelAmount: message(
    () => 'Amount',
    () => 'Tutar',
  ),
  labelPaidAmount: message(
    () => 'Paid amount',
    () => 'Ödenen tutar',
  ),
  labelRefundedAmount: message(
    () => 'Refunded amount',
    () => 'İade edilen tutar',
  ),
  labelInstallment: message(
    () => 'Installments',
    () => 'Taksit',
  ),
  labelFraud: message(
    () => 'Fraud check',
    () => 'Sahtecilik kontrolü',
  ),
  labelCard: message(
    () => 'Card',
    () => 'Kart',
  ),
  labelAttempt: message<{ number: number }>(
    ({ number }) => `Attempt ${number}`,
    ({ number }) => `Deneme ${number}`,
  ),
  labelItem: message<{ number: number }>(
    ({ number }) => `Item ${number}`,
    ({ number }) => `Sepet kalemi ${number}`,
  ),
  labelOccurredAt: message(
    () => 'Occurred at',
    () => 'Gerçekleşme',
  ),
  labelCheckedAt: message(
    () => 'Checked at',
    () => 'Sorgulanma',
  ),
  labelSource: message(
    () => 'Answered by',
    () => 'Yanıtlayan',
  ),
  labelPaymentMethod: message(
    () => 'Payment method',
    () => 'Ödeme yöntemi',
  ),
  notOneOf: message<{ values: string }>(
    ({ values }) => `Use one of: ${values}.`,
    ({ values }) => `Şunlardan birini kullanın: ${values}.`,
  ),
  notWholeNumber: message<{ min: number; max: number }>(
    ({ min, max }) => `Use a whole number from ${min} to ${max}.`,
    ({ min, max }) => `${min} ile ${max} arasında bir tam sayı kullanın.`,
  ),
  unknownLocale: message<{ given: string; locales: string }>(
    ({ given, locales }) => `Unknown locale "${given}": use one of ${locales}.`,
    ({ given, locales }) => `Bilinmeyen dil "${given}": şunlardan birini kullanın: ${locales}.`,
  ),
  unknownOption: message<Token>(
    ({ token }) => `Unknown option ${token}.`,
    ({ token }) => `Bilinmeyen seçenek: ${token}.`,
  ),
  unknownCommand: message<Token>(
    ({ token }) => `Unknown command ${token}.`,
    ({ token }) => `Bilinmeyen komut: ${token}.`,
  ),
  missingArgument: message<Token>(
    ({ token }) => `Missing argument ${token}.`,
    ({ token }) => `Eksik argüman: ${token}.`,
  ),
  optionMissingArgument: message<Token>(
    ({ token }) => `Option ${token} needs a value.`,
    ({ token }) => `${token} seçeneği bir değer ister.`,
  ),
  excessArguments: message(
    () => 'Too many arguments.',
    () => 'Fazla argüman verildi.',
  ),
  usageHint: message(
    () => 'See durum --help, or durum <command> --help.',
    () => 'Yardım için: durum --help ya da durum <komut> --help.',
  ),
  internalError: message<{ message: string }>(
    ({ message }) => `durum stopped on an unexpected error, a bug worth reporting: ${message}`,
    ({ message }) => `durum beklenmedik bir hatayla durdu, lütfen bildirin: ${message}`,
  ),
} satisfies MessageCatalog

export type CliMessageKey = keyof typeof CLI_MESSAGES

type ParamsOf<K extends CliMessageKey> = Parameters<(typeof CLI_MESSAGES)[K]['en']>[0] extends void
  ? []
  : Parameters<(typeof CLI_MESSAGES)[K]['en']>

/** The CLI's sentence `key` in one locale. */
export type CliText = <K extends CliMessageKey>(key: K, ...params: ParamsOf<K>) => string

export function cliText(locale: Locale): CliText {
  return (key, ...params) => (CLI_MESSAGES[key][locale] as (...args: unknown[]) => string)(...params)
}
