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
  versionHelp: message(
    () => "print durum's version",
    () => "durum'un sürümünü yaz",
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
  placeholderOptions: message(
    () => '[options]',
    () => '[seçenekler]',
  ),
  placeholderCommand: message(
    () => '[command]',
    () => '[komut]',
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
  checkoutFormTokenHelp: message(
    () => 'query by checkoutFormToken; with --payment-id, the tokenization session they opened',
    () =>
      'checkoutFormToken ile sorgula; --payment-id ile birlikte, açtıkları tokenization oturumunu sorgular',
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
  checkDescription: message(
    () => 'check every order of a CSV against its provider and against what you expected',
    () => 'bir CSV dosyasındaki her siparişi sağlayıcısına sorup beklediğiniz durumla karşılaştır',
  ),
  checkFileHelp: message(
    () => 'CSV with a header row: provider, expected, the query fields (paymentId, …), optionally key',
    () => 'başlık satırı olan CSV: provider, expected, sorgu alanları (paymentId, …), isteğe bağlı key',
  ),
  outHelp: message(
    () => "write every order's record to this file (CSV, or NDJSON for .ndjson/.jsonl)",
    () => 'her siparişin kaydını bu dosyaya yaz (CSV; .ndjson/.jsonl için NDJSON)',
  ),
  formatHelp: message(
    () => 'csv or ndjson; without --out, the records go to stdout and the summary to stderr',
    () => "csv ya da ndjson; --out yoksa kayıtlar stdout'a, özet stderr'e yazılır",
  ),
  concurrencyHelp: message(
    () => 'queries in flight at once, 1 to 1000 (default 8)',
    () => 'aynı anda yürütülen sorgu sayısı, 1 ile 1000 arası (varsayılan 8)',
  ),
  rateHelp: message(
    () => 'most queries started per minute, per provider (default: no limit)',
    () => 'sağlayıcı başına dakikada başlatılacak en fazla sorgu (varsayılan: sınırsız)',
  ),
  noProgressHelp: message(
    () => 'no progress bar or progress lines',
    () => 'ilerleme çubuğu ya da ilerleme satırı gösterme',
  ),
  fileUnreadable: message<{ file: string; code: string }>(
    ({ file, code }) => `Cannot read ${file} (${code}).`,
    ({ file, code }) => `${file} okunamıyor (${code}).`,
  ),
  fileUnwritable: message<{ file: string; code: string }>(
    ({ file, code }) => `Cannot write ${file} (${code}).`,
    ({ file, code }) => `${file} yazılamıyor (${code}).`,
  ),
  csvUnreadable: message<{ message: string }>(
    ({ message }) => `not a readable CSV: ${message}`,
    ({ message }) => `okunabilir bir CSV değil: ${message}`,
  ),
  csvEmpty: message(
    () => 'no orders: the file needs a header row and at least one order.',
    () => 'sipariş yok: dosyada bir başlık satırı ve en az bir sipariş olmalı.',
  ),
  csvUnknownColumns: message<{ columns: string; known: string }>(
    ({ columns, known }) => `unknown column ${columns}; the columns are ${known}.`,
    ({ columns, known }) => `bilinmeyen sütun: ${columns}; kullanılabilecek sütunlar: ${known}.`,
  ),
  csvMissingColumns: message<{ columns: string }>(
    ({ columns }) => `the header row has no ${columns} column.`,
    ({ columns }) => `başlık satırında ${columns} sütunu yok.`,
  ),
  csvUnknownProvider: message<{ line: number; provider: string; known: string }>(
    ({ line, provider, known }) => `line ${line}: unknown provider "${provider}"; use one of ${known}.`,
    ({ line, provider, known }) =>
      `${line}. satır: bilinmeyen sağlayıcı "${provider}"; şunlardan birini kullanın: ${known}.`,
  ),
  csvUnknownExpected: message<{ line: number; expected: string; known: string }>(
    ({ line, expected, known }) => `line ${line}: unknown expected state "${expected}"; use one of ${known}.`,
    ({ line, expected, known }) =>
      `${line}. satır: bilinmeyen beklenen durum "${expected}"; şunlardan birini kullanın: ${known}.`,
  ),
  csvForeignField: message<{ line: number; field: string; provider: string }>(
    ({ line, field, provider }) =>
      `line ${line}: ${field} is not a ${provider} query field; leave it empty on ${provider} rows.`,
    ({ line, field, provider }) =>
      `${line}. satır: ${field} bir ${provider} sorgu alanı değil; ${provider} satırlarında boş bırakın.`,
  ),
  csvNotOneQuery: message<{ line: number; provider: string; columns: string }>(
    ({ line, provider, columns }) => `line ${line} (${provider}): fill exactly one of ${columns}.`,
    ({ line, provider, columns }) =>
      `${line}. satır (${provider}): ${columns} sütunlarından tam olarak birini doldurun.`,
  ),
  progressBar: message(
    () =>
      'Checking {bar} {percentage}% | {value}/{total} orders | {mismatches} not as expected, {errors} failed | ETA {eta_formatted}',
    () =>
      'Kontrol {bar} %{percentage} | {value}/{total} sipariş | {mismatches} beklenmedik, {errors} başarısız | kalan {eta_formatted}',
  ),
  progressLine: message<{ done: number; total: number; percent: number; mismatches: number; errors: number }>(
    ({ done, total, percent, mismatches, errors }) =>
      `Checked ${done}/${total} (${percent}%): ${mismatches} not as expected, ${errors} failed`,
    ({ done, total, percent, mismatches, errors }) =>
      `Kontrol edilen ${done}/${total} (%${percent}): ${mismatches} beklenmedik, ${errors} başarısız`,
  ),
  summaryLine: message<{ finished: number; total: number; match: number; mismatch: number; error: number }>(
    ({ finished, total, match, mismatch, error }) =>
      `Checked ${finished} of ${total} orders: ${match} as expected, ${mismatch} not as expected, ${error} failed.`,
    ({ finished, total, match, mismatch, error }) =>
      `${total} siparişten ${finished} tanesi kontrol edildi: ${match} beklendiği gibi, ${mismatch} beklenmedik, ${error} başarısız.`,
  ),
  columnStatus: message(
    () => 'Status',
    () => 'Durum',
  ),
  columnCount: message(
    () => 'Orders',
    () => 'Sipariş',
  ),
  errorCount: message<{ code: string }>(
    ({ code }) => `error: ${code}`,
    ({ code }) => `hata: ${code}`,
  ),
  columnKey: message(
    () => 'Order',
    () => 'Sipariş',
  ),
  columnProvider: message(
    () => 'Provider',
    () => 'Sağlayıcı',
  ),
  columnExpected: message(
    () => 'Expected',
    () => 'Beklenen',
  ),
  columnProviderSays: message(
    () => 'Provider says',
    () => 'Sağlayıcıya göre',
  ),
  columnPaid: message(
    () => 'Paid',
    () => 'Ödendi',
  ),
  columnReason: message(
    () => 'Reason',
    () => 'Gerekçe kodu',
  ),
  yes: message(
    () => 'yes',
    () => 'evet',
  ),
  no: message(
    () => 'no',
    () => 'hayır',
  ),
  mismatchesTitle: message(
    () => 'Not as expected:',
    () => 'Beklendiği gibi olmayanlar:',
  ),
  errorsTitle: message(
    () => 'Failed queries (their answer is unknown):',
    () => 'Başarısız sorgular (yanıtları bilinmiyor):',
  ),
  andMore: message<{ count: number }>(
    ({ count }) => `… and ${count} more: every record is in --out.`,
    ({ count }) => `… ve ${count} tane daha: tüm kayıtlar --out dosyasında.`,
  ),
  interrupted: message<{ finished: number; total: number }>(
    ({ finished, total }) => `Stopped by Ctrl-C after ${finished} of ${total} orders.`,
    ({ finished, total }) => `Ctrl-C ile ${total} siparişten ${finished} tanesinden sonra durduruldu.`,
  ),
  reconcileDescription: message(
    () => 'reconcile many orders over many workers, on BullMQ and Redis',
    () => 'çok sayıda siparişi birden fazla worker ile, BullMQ ve Redis üzerinde mutabık kıl',
  ),
  enqueueDescription: message(
    () => 'put the orders of a CSV in a run (enqueueing the same file again adds nothing)',
    () =>
      'bir CSV dosyasındaki siparişleri bir çalıştırmaya ekle (aynı dosyayı tekrar eklemek bir şey eklemez)',
  ),
  enqueueFileHelp: message(
    () =>
      'CSV as for durum check, plus an optional account column (credentials from <ACCOUNT>_IYZICO_API_KEY…)',
    () =>
      'durum check ile aynı CSV, ayrıca isteğe bağlı account sütunu (kimlik bilgileri <ACCOUNT>_IYZICO_API_KEY… değişkenlerinden)',
  ),
  workDescription: message(
    () => "answer the queue's queries until Ctrl-C; start as many as you like, on any machine",
    () =>
      'kuyruktaki sorguları Ctrl-C ile durdurulana kadar yanıtla; istediğiniz kadar, istediğiniz makinede başlatın',
  ),
  reportDescription: message(
    () => "a run's counts, mismatches and failures, and every record as CSV or NDJSON",
    () => 'bir çalıştırmanın sayıları, uyuşmazlıkları ve hataları; tüm kayıtlar CSV ya da NDJSON olarak',
  ),
  localDescription: message(
    () =>
      'a whole reconcile on this machine: its own temporary redis-server, the simulators, a worker, then the report',
    () =>
      'bu makinede eksiksiz bir mutabakat: geçici bir redis-server, simülatörler, bir worker ve ardından rapor',
  ),
  localFileHelp: message(
    () => 'CSV as for reconcile enqueue (default: the example shipped with durum, examples/orders.csv)',
    () => 'reconcile enqueue ile aynı CSV (varsayılan: durum ile gelen örnek, examples/orders.csv)',
  ),
  localRedisStarted: message<{ address: string; dir: string }>(
    ({ address, dir }) => `Local Redis on ${address}, its data in ${dir} (removed when done).`,
    ({ address, dir }) => `Yerel Redis ${address} adresinde, verileri ${dir} içinde (iş bitince silinir).`,
  ),
  localRedisFailed: message<{ detail: string }>(
    ({ detail }) =>
      `Could not start a local redis-server: install it (the redis-server package on Debian) or set REDIS_SERVER to its path.\n${detail}`,
    ({ detail }) =>
      `Yerel redis-server başlatılamadı: kurun (Debian'ın redis-server paketi) ya da REDIS_SERVER ile yolunu verin.\n${detail}`,
  ),
  localInterrupted: message(
    () => 'Stopped by Ctrl-C; the local Redis and its data are removed.',
    () => 'Ctrl-C ile durduruldu; yerel Redis ve verileri silindi.',
  ),
  redisHelp: message(
    () => 'Redis URL, e.g. redis://127.0.0.1:6379 (default: REDIS_URL)',
    () => 'Redis adresi, örneğin redis://127.0.0.1:6379 (varsayılan: REDIS_URL)',
  ),
  queueHelp: message(
    () => 'BullMQ queue name (default reconcile)',
    () => 'BullMQ kuyruk adı (varsayılan reconcile)',
  ),
  prefixHelp: message(
    () => 'prefix of every Redis key (default durum)',
    () => 'tüm Redis anahtarlarının öneki (varsayılan durum)',
  ),
  runHelp: message(
    () => 'the run id (enqueue: default the file name without extension)',
    () => 'çalıştırma kimliği (enqueue için varsayılan: uzantısız dosya adı)',
  ),
  untilHelp: message(
    () => 'stop once this run has an answer for every query',
    () => 'bu çalıştırmadaki her sorgu yanıtlandığında dur',
  ),
  workRateHelp: message(
    () =>
      'most requests per minute per account, held across every worker; an iyzico query counts 2 (default: no limit)',
    () =>
      "hesap başına dakikada en fazla istek, tüm worker'lar genelinde; bir iyzico sorgusu 2 sayılır (varsayılan: sınırsız)",
  ),
  workConcurrencyHelp: message(
    () => 'queries this worker runs at once (default 16)',
    () => "bu worker'ın aynı anda yürüttüğü sorgu sayısı (varsayılan 16)",
  ),
  watchHelp: message(
    () => 'follow the run with a progress bar until every query is answered',
    () => 'her sorgu yanıtlanana kadar çalıştırmayı ilerleme çubuğuyla izle',
  ),
  redisMissing: message(
    () => 'Which Redis? Pass --redis redis://host:port, or set REDIS_URL.',
    () => 'Hangi Redis? --redis redis://host:port verin ya da REDIS_URL tanımlayın.',
  ),
  redisUrlInvalid: message(
    () => 'The Redis URL must look like redis://host:port (or rediss:// for TLS).',
    () => 'Redis adresi redis://host:port biçiminde olmalı (TLS için rediss://).',
  ),
  redisUnreachable: message<{ address: string; problem: string }>(
    ({ address, problem }) => `Redis at ${address} does not answer (${problem}): start it, or check --redis.`,
    ({ address, problem }) =>
      `${address} adresindeki Redis yanıt vermiyor (${problem}): başlatın ya da --redis değerini kontrol edin.`,
  ),
  enqueued: message<{ runId: string; added: number; already: number; accounts: number }>(
    ({ runId, added, already, accounts }) =>
      `Run ${runId}: ${added} queries added, ${already} already there, over ${accounts} accounts.`,
    ({ runId, added, already, accounts }) =>
      `${runId} çalıştırması: ${accounts} hesapta ${added} sorgu eklendi, ${already} sorgu zaten vardı.`,
  ),
  enqueueNext: message(
    () => 'Next, start workers (any number, any machine) and follow the run:',
    () => "Şimdi worker'ları başlatın (istediğiniz sayıda, istediğiniz makinede) ve çalıştırmayı izleyin:",
  ),
  workerReady: message<{ queue: string }>(
    ({ queue }) => `Worker taking jobs from queue ${queue} (Ctrl-C to stop).`,
    ({ queue }) => `Worker, ${queue} kuyruğundan iş alıyor (durdurmak için Ctrl-C).`,
  ),
  workerStopped: message<{ answered: number; mismatches: number; errors: number }>(
    ({ answered, mismatches, errors }) =>
      `Worker stopped: ${answered} queries recorded here, ${mismatches} not as expected, ${errors} failed.`,
    ({ answered, mismatches, errors }) =>
      `Worker durdu: burada ${answered} sorgu kaydedildi, ${mismatches} beklenmedik, ${errors} başarısız.`,
  ),
  workerRedisError: message<{ message: string }>(
    ({ message }) => `Redis trouble, retrying: ${message}`,
    ({ message }) => `Redis sorunu, yeniden deneniyor: ${message}`,
  ),
  accountUnknownProvider: message<{ accountId: string }>(
    ({ accountId }) =>
      `Account ${accountId} names no provider this CLI knows; its queries are recorded as failed.`,
    ({ accountId }) =>
      `${accountId} hesabı bu CLI'ın tanıdığı bir sağlayıcıyı belirtmiyor; sorguları başarısız olarak kaydedilir.`,
  ),
  accountMissingCredentials: message<{ accountId: string; variables: string }>(
    ({ accountId, variables }) =>
      `No credentials for account ${accountId}: set ${variables} where this worker runs; its queries are recorded as failed.`,
    ({ accountId, variables }) =>
      `${accountId} hesabı için kimlik bilgisi yok: bu worker'ın çalıştığı ortamda ${variables} tanımlayın; sorguları başarısız olarak kaydedilir.`,
  ),
  runUnknown: message<{ runId: string }>(
    ({ runId }) => `Redis holds no run ${runId} (check --run, --queue and --prefix).`,
    ({ runId }) =>
      `Redis'te ${runId} adlı bir çalıştırma yok (--run, --queue ve --prefix değerlerini kontrol edin).`,
  ),
  runPending: message<{ pending: number }>(
    ({ pending }) => `${pending} queries still have no answer: workers may still be running.`,
    ({ pending }) => `${pending} sorgu henüz yanıtlanmadı: worker'lar hâlâ çalışıyor olabilir.`,
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
  missingMandatoryOption: message<Token>(
    ({ token }) => `Option ${token} is required.`,
    ({ token }) => `${token} seçeneği zorunludur.`,
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
