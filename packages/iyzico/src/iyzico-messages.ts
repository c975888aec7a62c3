import type { LocalizedText, Message, ReasonOf } from '@durum/core'

const DO_NOT_SHIP = "do not ship until iyzico's panel confirms it."
const DO_NOT_SHIP_TR = 'iyzico panelinde doğrulanana kadar ürünü göndermeyin.'
const UNCHECKED = 'Refunds and cancels were not checked:'
const UNCHECKED_TR = 'İade ve iptaller kontrol edilmedi:'

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
const count = (some: number, all: number, noun: string) => `${some} of ${plural(all, noun)}`

type Items = { some: number; all: number }
type Reporting = { by: 'paymentId' | 'paymentConversationId'; id: string }
/** What the kit compared: the question, the id field and the value sent. */
type Bound = { subject: LocalizedText; field: string; asked: string }
/** An iyzico refusal: what was asked, and iyzico's own code and words (kept as iyzico wrote them). */
type Refusal = { subject: LocalizedText; errorCode?: string | undefined; errorMessage?: string | undefined }

function said({ errorCode, errorMessage }: Refusal): string {
  const code = errorCode ? `error ${errorCode}` : 'no error code'
  return errorMessage ? `${code}: "${errorMessage}"` : code
}

function saidTr({ errorCode, errorMessage }: Refusal): string {
  const code = errorCode ? `hata ${errorCode}` : 'hata kodu yok'
  return errorMessage ? `${code}: "${errorMessage}"` : code
}

/**
 * Every sentence the iyzico provider writes, by reason code, in every locale. iyzico's own values
 * (statuses, codes, its error messages) are quoted as iyzico sent them, never translated.
 */
export const iyzicoMessages = {
  'iyzico.item_status_undocumented': {
    en: ({ status }: { status: number }) =>
      `iyzico says SUCCESS with fraudStatus 1, but a basket item has transactionStatus ${status}, which this version does not know, so approval of every item is not proven: ${DO_NOT_SHIP}`,
    tr: ({ status }: { status: number }) =>
      `iyzico SUCCESS ve fraudStatus 1 diyor, ancak bir sepet kaleminin transactionStatus değeri ${status}; bu sürüm bu değeri tanımıyor, dolayısıyla her kalemin onaylandığı kanıtlanmış değil: ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.items_rejected': {
    en: () =>
      'iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected every basket item (transactionStatus -1): nothing was kept, do not ship.',
    tr: () =>
      'iyzico SUCCESS ve fraudStatus 1 diyor, ancak sahtecilik incelemesi tüm sepet kalemlerini reddetti (transactionStatus -1): hiçbir tutar tahsil edilmedi, ürünü göndermeyin.',
  },
  'iyzico.items_partly_rejected': {
    en: ({ some, all }: Items) =>
      `iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected ${count(some, all, 'basket item')} (transactionStatus -1): the answer contradicts itself, so the payment is not proven; ${DO_NOT_SHIP}`,
    tr: ({ some, all }: Items) =>
      `iyzico SUCCESS ve fraudStatus 1 diyor, ancak sahtecilik incelemesi ${all} sepet kaleminden ${some} tanesini reddetti (transactionStatus -1): yanıt kendisiyle çelişiyor, dolayısıyla ödeme kanıtlanmış değil; ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.items_in_review': {
    en: ({ some, all }: Items) =>
      `iyzico says SUCCESS with fraudStatus 1, but ${count(some, all, 'basket item')} ${some === 1 ? 'is' : 'are'} still in its fraud review (transactionStatus 0): wait for iyzico's decision before shipping.`,
    tr: ({ some, all }: Items) =>
      `iyzico SUCCESS ve fraudStatus 1 diyor, ancak ${all} sepet kaleminden ${some} tanesi hâlâ sahtecilik incelemesinde (transactionStatus 0): iyzico karar verene kadar ürünü göndermeyin.`,
  },
  'iyzico.fraud_rejected': {
    en: () =>
      "iyzico's fraud check rejected this payment (fraudStatus -1): it will not be paid out, do not ship.",
    tr: () =>
      "iyzico'nun sahtecilik kontrolü bu ödemeyi reddetti (fraudStatus -1): ödeme hesabınıza geçmeyecek, ürünü göndermeyin.",
  },
  'iyzico.fraud_review': {
    en: () =>
      "iyzico took the payment but its fraud check is still reviewing it (fraudStatus 0): wait for iyzico's decision before shipping.",
    tr: () =>
      'iyzico ödemeyi aldı, ancak sahtecilik incelemesi sürüyor (fraudStatus 0): iyzico karar verene kadar ürünü göndermeyin.',
  },
  'iyzico.pre_authorized': {
    en: () =>
      'iyzico pre-authorised the payment and its fraud check approved it (fraudStatus 1, phase PRE_AUTH), but it is not captured: capture it (post-auth) before shipping.',
    tr: () =>
      'iyzico ödeme için ön provizyon aldı ve sahtecilik kontrolü onayladı (fraudStatus 1, phase PRE_AUTH), ancak tutar henüz tahsil edilmedi: ürünü göndermeden önce provizyonu kapatın (post-auth).',
  },
  'iyzico.captured': {
    en: ({ phase }: { phase: string }) =>
      `iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase ${phase}).`,
    tr: ({ phase }: { phase: string }) =>
      `Ödeme alındı: iyzico tutarı tahsil etti ve sahtecilik kontrolü onayladı (paymentStatus SUCCESS, fraudStatus 1, phase ${phase}).`,
  },
  'iyzico.phase_unknown': {
    en: ({ phase }: { phase: string | undefined }) =>
      `iyzico says SUCCESS with fraudStatus 1 but the phase is ${
        phase === undefined ? 'missing' : `"${phase}", which this version does not know`
      }, so whether the money was captured is not proven: ${DO_NOT_SHIP}`,
    tr: ({ phase }: { phase: string | undefined }) =>
      `iyzico SUCCESS ve fraudStatus 1 diyor, ancak ${
        phase === undefined ? 'yanıtta phase yok' : `phase "${phase}" ve bu sürüm bu değeri tanımıyor`
      }; dolayısıyla tutarın tahsil edildiği kanıtlanmış değil: ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.fraud_status_unknown': {
    en: ({ fraudStatus }: { fraudStatus: number | undefined }) =>
      `iyzico says SUCCESS but the fraud status is ${
        fraudStatus === undefined ? 'missing' : `${fraudStatus}, which this version does not know`
      }, so approval is not proven: ${DO_NOT_SHIP}`,
    tr: ({ fraudStatus }: { fraudStatus: number | undefined }) =>
      `iyzico SUCCESS diyor, ancak ${
        fraudStatus === undefined
          ? 'sahtecilik durumu (fraudStatus) yanıtta yok'
          : `sahtecilik durumu ${fraudStatus} ve bu sürüm bu değeri tanımıyor`
      }; dolayısıyla onay kanıtlanmış değil: ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.threeds_awaiting_auth': {
    en: () =>
      'The bank sent the customer back from 3-D Secure (CALLBACK_THREEDS), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth, which iyzico refuses unless 3-D Secure passed.',
    tr: () =>
      'Banka müşteriyi 3-D Secure adımından geri gönderdi (CALLBACK_THREEDS), ancak üye işyeri ödemeyi henüz tamamlamadı: POST /payment/3dsecure/auth çağrısını yapın; iyzico bu çağrıyı yalnızca 3-D Secure başarılıysa kabul eder.',
  },
  'iyzico.threeds_passed': {
    en: () =>
      'The customer passed 3-D Secure (CALLBACK_THREEDS, mdStatus 1), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth to take it.',
    tr: () =>
      'Müşteri 3-D Secure doğrulamasını geçti (CALLBACK_THREEDS, mdStatus 1), ancak üye işyeri ödemeyi henüz tamamlamadı: tahsil etmek için POST /payment/3dsecure/auth çağrısını yapın.',
  },
  'iyzico.threeds_failed': {
    en: ({ mdStatus, meaning }: { mdStatus: string; meaning: LocalizedText }) =>
      `3-D Secure did not pass (CALLBACK_THREEDS, mdStatus ${mdStatus}: ${meaning.en}): iyzico will not authorise this payment, so it will not be paid; do not ship.`,
    tr: ({ mdStatus, meaning }: { mdStatus: string; meaning: LocalizedText }) =>
      `3-D Secure doğrulaması başarısız (CALLBACK_THREEDS, mdStatus ${mdStatus}: ${meaning.tr}): iyzico bu ödemeyi onaylamayacak, ödeme alınmayacak; ürünü göndermeyin.`,
  },
  'iyzico.md_status_undocumented': {
    en: ({ mdStatus }: { mdStatus: string }) =>
      `iyzico reports CALLBACK_THREEDS with mdStatus "${mdStatus}", which its documentation does not define, so whether 3-D Secure passed is unknown: treat it as not paid and check the iyzico panel.`,
    tr: ({ mdStatus }: { mdStatus: string }) =>
      `iyzico CALLBACK_THREEDS ile mdStatus "${mdStatus}" bildiriyor; bu değer iyzico belgelerinde tanımlı değil, dolayısıyla 3-D Secure doğrulamasının geçip geçmediği bilinmiyor: ödemeyi alınmamış sayın ve iyzico panelini kontrol edin.`,
  },
  'iyzico.payment_status_missing': {
    en: () =>
      'iyzico answered without a paymentStatus, so nothing proves the payment went through: treat it as not paid.',
    tr: () =>
      'iyzico yanıtında paymentStatus yok; ödemenin gerçekleştiğini kanıtlayan bir şey yok: ödemeyi alınmamış sayın.',
  },
  'iyzico.payment_status_unknown': {
    en: ({ paymentStatus }: { paymentStatus: string }) =>
      `iyzico answered paymentStatus "${paymentStatus}", which this version does not know: treat it as not paid and check the iyzico panel.`,
    tr: ({ paymentStatus }: { paymentStatus: string }) =>
      `iyzico paymentStatus olarak "${paymentStatus}" döndü; bu sürüm bu değeri tanımıyor: ödemeyi alınmamış sayın ve iyzico panelini kontrol edin.`,
  },
  'iyzico.answer_failure': {
    en: ({ errorCode, paymentStatus }: { errorCode: string | undefined; paymentStatus: string }) =>
      `iyzico marked its answer as a failure${errorCode === undefined ? '' : ` (error ${errorCode})`} while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`,
    tr: ({ errorCode, paymentStatus }: { errorCode: string | undefined; paymentStatus: string }) =>
      `iyzico yanıtını başarısız (failure) olarak işaretledi${errorCode === undefined ? '' : ` (hata ${errorCode})`}, paymentStatus ise ${paymentStatus} diyor: hiçbir şey kanıtlanmış değil, ödemeyi alınmamış sayın.`,
  },
  'iyzico.answer_status_unknown': {
    en: ({ status, paymentStatus }: { status: string; paymentStatus: string }) =>
      `iyzico's answer has status "${status}" (neither success nor failure) while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`,
    tr: ({ status, paymentStatus }: { status: string; paymentStatus: string }) =>
      `iyzico yanıtının status değeri "${status}" (ne success ne failure), paymentStatus ise ${paymentStatus} diyor: hiçbir şey kanıtlanmış değil, ödemeyi alınmamış sayın.`,
  },
  'iyzico.failed': {
    en: ({ errorMessage }: { errorMessage: string | undefined }) =>
      `iyzico reports the payment failed${errorMessage === undefined ? '' : ` ("${errorMessage}")`}: it will not be paid.`,
    tr: ({ errorMessage }: { errorMessage: string | undefined }) =>
      `iyzico ödemenin başarısız olduğunu bildiriyor${errorMessage === undefined ? '' : ` ("${errorMessage}")`}: ödeme alınmayacak.`,
  },
  'iyzico.threeds_started': {
    en: () =>
      "3-D Secure was started (INIT_THREEDS) and the customer has not finished the bank's verification step yet.",
    tr: () => '3-D Secure başlatıldı (INIT_THREEDS) ve müşteri bankanın doğrulama adımını henüz tamamlamadı.',
  },
  'iyzico.bkm_pos_selected': {
    en: () =>
      'The customer chose a card in BKM Express (BKM_POS_SELECTED); the payment itself has not been made yet: do not ship.',
    tr: () =>
      "Müşteri BKM Express'te bir kart seçti (BKM_POS_SELECTED); ödemenin kendisi henüz yapılmadı: ürünü göndermeyin.",
  },
  'iyzico.callback_pecco': {
    en: () =>
      'iyzico is waiting for the PeCCo callback (CALLBACK_PECCO); nothing has been decided yet: do not ship.',
    tr: () => 'iyzico PeCCo geri dönüşünü bekliyor (CALLBACK_PECCO); henüz bir karar yok: ürünü göndermeyin.',
  },
  'iyzico.init_apm': {
    en: () =>
      'The customer started paying with an alternative payment method (INIT_APM); iyzico has not received the money yet: do not ship.',
    tr: () =>
      'Müşteri alternatif bir ödeme yöntemiyle ödemeye başladı (INIT_APM); iyzico parayı henüz almadı: ürünü göndermeyin.',
  },
  'iyzico.init_bank_transfer': {
    en: () =>
      'The customer chose to pay by bank transfer (INIT_BANK_TRANSFER); iyzico is waiting for the money to arrive: do not ship.',
    tr: () =>
      'Müşteri havale/EFT ile ödemeyi seçti (INIT_BANK_TRANSFER); iyzico paranın gelmesini bekliyor: ürünü göndermeyin.',
  },
  'iyzico.init_credit': {
    en: () =>
      'The customer started a shopping-credit application (INIT_CREDIT); nothing has been paid yet: do not ship.',
    tr: () =>
      'Müşteri alışveriş kredisi başvurusu başlattı (INIT_CREDIT); henüz hiçbir ödeme yapılmadı: ürünü göndermeyin.',
  },
  'iyzico.pending_credit': {
    en: () =>
      "The customer's shopping-credit application is waiting for the lender's decision (PENDING_CREDIT); nothing has been paid yet: do not ship.",
    tr: () =>
      'Müşterinin alışveriş kredisi başvurusu kredi verenin kararını bekliyor (PENDING_CREDIT); henüz hiçbir ödeme yapılmadı: ürünü göndermeyin.',
  },
  'iyzico.init_contactless': {
    en: () =>
      'A contactless in-store payment was started (INIT_CONTACTLESS) and has not completed yet: do not ship.',
    tr: () =>
      'Mağazada temassız bir ödeme başlatıldı (INIT_CONTACTLESS) ve henüz tamamlanmadı: ürünü göndermeyin.',
  },

  // Reporting's view of refunds and cancels; the `refunds_*`, `reporting_*` and `not_refunded_*`
  // sentences follow the payment's own explanation.
  'iyzico.refunds_not_needed': {
    en: () => `${UNCHECKED} not needed.`,
    tr: () => `${UNCHECKED_TR} gerekmiyordu.`,
  },
  'iyzico.refunds_skipped': {
    en: () => `${UNCHECKED} refunds: 'skip' is set; leave it out to look them up in iyzico's reporting.`,
    tr: () =>
      `${UNCHECKED_TR} refunds: 'skip' ayarlı; iyzico raporlamasından bakılması için bu ayarı kaldırın.`,
  },
  'iyzico.reporting_unaskable': {
    en: () =>
      `${UNCHECKED} iyzico's answer has no paymentId and the query gave no paymentConversationId, so reporting could not be asked about this payment.`,
    tr: () =>
      `${UNCHECKED_TR} iyzico yanıtında paymentId yok ve sorguda paymentConversationId verilmedi, bu yüzden raporlamaya bu ödeme sorulamadı.`,
  },
  'iyzico.reporting_unreadable': {
    en: ({ code }: { code: string }) =>
      `${UNCHECKED} iyzico's reporting endpoint could not be read (${code}); ask again later.`,
    tr: ({ code }: { code: string }) =>
      `${UNCHECKED_TR} iyzico'nun raporlama servisi okunamadı (${code}); daha sonra yeniden sorun.`,
  },
  'iyzico.reporting_empty': {
    en: ({ by, id }: Reporting) =>
      `${UNCHECKED} iyzico's reporting, asked by ${by} ${id}, lists no payment (payments: []); it may not have caught up yet, so ask again later.`,
    tr: ({ by, id }: Reporting) =>
      `${UNCHECKED_TR} ${by} ${id} ile sorulan iyzico raporlaması hiç ödeme listelemiyor (payments: []); henüz güncellenmemiş olabilir, daha sonra yeniden sorun.`,
  },
  'iyzico.reporting_lacks_payment': {
    en: ({ by, id, listed }: Reporting & { listed: number }) =>
      `${UNCHECKED} iyzico's reporting, asked by ${by} ${id}, lists ${plural(listed, 'payment')} but not this one; ask again later.`,
    tr: ({ by, id, listed }: Reporting & { listed: number }) =>
      `${UNCHECKED_TR} ${by} ${id} ile sorulan iyzico raporlaması ${listed} ödeme listeliyor, ancak bu ödeme aralarında yok; daha sonra yeniden sorun.`,
  },
  'iyzico.reporting_duplicate': {
    en: ({ id, listed }: { id: string; listed: number }) =>
      `${UNCHECKED} iyzico's reporting, asked by paymentId ${id}, lists that payment ${listed} times, so which entry holds its refunds is unclear; check iyzico's panel.`,
    tr: ({ id, listed }: { id: string; listed: number }) =>
      `${UNCHECKED_TR} paymentId ${id} ile sorulan iyzico raporlaması bu ödemeyi ${listed} kez listeliyor; iadelerin hangi kayıtta olduğu belirsiz, iyzico panelini kontrol edin.`,
  },
  'iyzico.reporting_ambiguous': {
    en: ({ id, listed }: { id: string; listed: number }) =>
      `${UNCHECKED} iyzico's reporting, asked by paymentConversationId ${id}, lists ${plural(listed, 'payment')} under it and iyzico's answer has no paymentId to tell which is this one; check iyzico's panel.`,
    tr: ({ id, listed }: { id: string; listed: number }) =>
      `${UNCHECKED_TR} paymentConversationId ${id} ile sorulan iyzico raporlaması bu kimlik altında ${listed} ödeme listeliyor ve iyzico yanıtında hangisinin bu ödeme olduğunu gösteren bir paymentId yok; iyzico panelini kontrol edin.`,
  },
  'iyzico.refund_status_missing': {
    en: () => `${UNCHECKED} iyzico's reporting answer has no paymentRefundStatus.`,
    tr: () => `${UNCHECKED_TR} iyzico raporlama yanıtında paymentRefundStatus yok.`,
  },
  'iyzico.not_refunded': {
    en: () => "iyzico's reporting shows no refund or cancel: safe to ship.",
    tr: () => 'iyzico raporlamasında iade ya da iptal görünmüyor: ürünü gönderebilirsiniz.',
  },
  'iyzico.not_refunded_yet': {
    en: () => "iyzico's reporting shows no refund or cancel so far.",
    tr: () => 'iyzico raporlamasında şu ana kadar iade ya da iptal görünmüyor.',
  },
  'iyzico.reporting_disagrees': {
    en: ({ reported, name }: { reported: number; name: string | undefined }) =>
      `iyzico's reporting lists this payment with paymentStatus ${reported} (${
        name ?? 'a code its table does not define'
      }) while the payment's own answer reads SUCCESS: the two disagree, so the payment is not proven; ${DO_NOT_SHIP}`,
    tr: ({ reported, name }: { reported: number; name: string | undefined }) =>
      `iyzico raporlaması bu ödemeyi paymentStatus ${reported} (${
        name ?? 'iyzico tablosunda tanımlı olmayan bir kod'
      }) ile listeliyor, ödemenin kendi yanıtı ise SUCCESS diyor: ikisi çelişiyor, dolayısıyla ödeme kanıtlanmış değil; ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.cancelled': {
    en: ({ date }: { date: string | undefined }) =>
      `iyzico's reporting shows the payment was cancelled${date ? ` on ${date}` : ''} (though /payment/detail still reads SUCCESS): it is void, do not ship.`,
    tr: ({ date }: { date: string | undefined }) =>
      `İptal edildi: iyzico raporlaması ödemenin${date ? ` ${date} tarihinde` : ''} iptal edildiğini gösteriyor (/payment/detail hâlâ SUCCESS dese de): ödeme geçersiz, ürünü göndermeyin.`,
  },
  'iyzico.refund_status_unknown': {
    en: ({ refundStatus }: { refundStatus: string }) =>
      `iyzico's reporting gives paymentRefundStatus "${refundStatus}", which this version does not know, so the payment may have been refunded: ${DO_NOT_SHIP}`,
    tr: ({ refundStatus }: { refundStatus: string }) =>
      `iyzico raporlaması paymentRefundStatus olarak "${refundStatus}" veriyor; bu sürüm bu değeri tanımıyor, dolayısıyla ödeme iade edilmiş olabilir: ${DO_NOT_SHIP_TR}`,
  },
  'iyzico.partially_refunded': {
    en: () =>
      "iyzico captured the payment and its reporting shows part of it refunded (PARTIALLY_REFUNDED): the rest is still the merchant's.",
    tr: () =>
      'Kısmen iade edildi: iyzico ödemeyi tahsil etti ve raporlaması bir kısmının iade edildiğini gösteriyor (PARTIALLY_REFUNDED); kalan tutar üye işyerinde.',
  },
  'iyzico.refunded': {
    en: () =>
      "iyzico's reporting shows the payment fully refunded (TOTALLY_REFUNDED), though /payment/detail still reads SUCCESS: do not ship.",
    tr: () =>
      'İade edildi: iyzico raporlaması ödemenin tamamının iade edildiğini gösteriyor (TOTALLY_REFUNDED); /payment/detail hâlâ SUCCESS dese de ürünü göndermeyin.',
  },

  // Answers refused because they are not about the question asked.
  'iyzico.another_answer': {
    en: ({ subject, field, asked, answered }: Bound & { answered: string }) =>
      `iyzico's answer for ${subject.en} carries ${field} ${answered}, where the ${field} sent was ${asked}: it answers another question (misrouted, or replayed), so it was not used. Ask again.`,
    tr: ({ subject, field, asked, answered }: Bound & { answered: string }) =>
      `iyzico'nun ${subject.tr} için yanıtı ${field} ${answered} taşıyor, oysa gönderilen ${field} ${asked} idi: başka bir sorunun yanıtı (yanlış yönlendirilmiş ya da yeniden gönderilmiş), bu yüzden kullanılmadı. Yeniden sorun.`,
  },
  'iyzico.unbound_answer': {
    en: ({ subject, field, asked }: Bound) =>
      `iyzico's answer for ${subject.en} carries no ${field}, where the ${field} sent was ${asked}: it cannot be told from an answer to another question (a replayed one), so it was not used. Ask again.`,
    tr: ({ subject, field, asked }: Bound) =>
      `iyzico'nun ${subject.tr} için yanıtında ${field} yok, oysa gönderilen ${field} ${asked} idi: başka bir sorunun (yeniden gönderilmiş) yanıtından ayırt edilemediği için kullanılmadı. Yeniden sorun.`,
  },

  'iyzico.unsigned_answer': {
    en: ({ subject }: { subject: LocalizedText }) =>
      `iyzico's answer for ${subject.en} carries no response signature, and requireSignature is set, so it was not used. Ask iyzico to sign this account's answers, or leave requireSignature out to accept unsigned ones (marked signed: false).`,
    tr: ({ subject }: { subject: LocalizedText }) =>
      `iyzico'nun ${subject.tr} için yanıtı yanıt imzası taşımıyor ve requireSignature ayarlı, bu yüzden kullanılmadı. iyzico'dan bu hesabın yanıtlarını imzalamasını isteyin ya da imzasız yanıtları (signed: false olarak işaretli) kabul etmek için requireSignature ayarını kaldırın.`,
  },
  'iyzico.signature_mismatch': {
    en: ({ subject }: { subject: LocalizedText }) =>
      `iyzico's answer for ${subject.en} failed its signature check: it was altered on the way, or the secret key does not belong to the account that answered. The answer was not used; check the secret key and retry.`,
    tr: ({ subject }: { subject: LocalizedText }) =>
      `iyzico'nun ${subject.tr} için yanıtı imza kontrolünden geçemedi: yolda değiştirilmiş ya da gizli anahtar yanıtı veren hesaba ait değil. Yanıt kullanılmadı; gizli anahtarı kontrol edip yeniden deneyin.`,
  },

  // Webhook notifications.
  'iyzico.webhook_secret_missing': {
    en: () => 'verifyIyzicoWebhook needs the iyzico secret key (secretKey) to check the signature.',
    tr: () => 'verifyIyzicoWebhook imzayı kontrol etmek için iyzico gizli anahtarını (secretKey) ister.',
  },
  'iyzico.webhook_retired_signature': {
    en: () =>
      'The iyzico webhook is signed only with the retired X-Iyz-Signature / -V2 header: enable X-IYZ-SIGNATURE-V3 for your account (entegrasyon@iyzico.com). It was rejected.',
    tr: () =>
      'iyzico webhook yalnızca kullanımdan kalkmış X-Iyz-Signature / -V2 başlığıyla imzalanmış: hesabınız için X-IYZ-SIGNATURE-V3 imzasını açtırın (entegrasyon@iyzico.com). Webhook reddedildi.',
  },
  'iyzico.webhook_unsigned': {
    en: () =>
      'The iyzico webhook has no X-IYZ-SIGNATURE-V3 header, so it cannot be trusted and was rejected. Enable webhook signatures for your iyzico account.',
    tr: () =>
      "iyzico webhook'unda X-IYZ-SIGNATURE-V3 başlığı yok; güvenilemeyeceği için reddedildi. iyzico hesabınız için webhook imzalarını açın.",
  },
  'iyzico.webhook_signature_mismatch': {
    en: () =>
      'The iyzico webhook signature (X-IYZ-SIGNATURE-V3) does not match its body: the body was altered, or it was signed with another secret key. It was rejected.',
    tr: () =>
      'iyzico webhook imzası (X-IYZ-SIGNATURE-V3) gövdesiyle eşleşmiyor: gövde değiştirilmiş ya da başka bir gizli anahtarla imzalanmış. Webhook reddedildi.',
  },
  'iyzico.webhook_not_json': {
    en: () => 'The iyzico webhook body is not JSON: it was not sent by iyzico, or was cut off.',
    tr: () => 'iyzico webhook gövdesi JSON değil: iyzico tarafından gönderilmemiş ya da yarıda kesilmiş.',
  },
  'iyzico.webhook_shape': {
    en: ({ format, path, issue }: { format: string; path: string; issue: string }) =>
      `The iyzico webhook body does not match its ${format} format (at ${path}: ${issue}); it was rejected.`,
    tr: ({ format, path, issue }: { format: string; path: string; issue: string }) =>
      `iyzico webhook gövdesi ${format} biçimine uymuyor (${path}: ${issue}); reddedildi.`,
  },
  'iyzico.subscription_order_failed': {
    en: () => 'iyzico notifies that this subscription order could not be charged.',
    tr: () => 'iyzico bu abonelik siparişinin tahsil edilemediğini bildiriyor.',
  },
  'iyzico.subscription_event': {
    en: ({ event, order }: { event: string; order: string }) =>
      `iyzico notifies ${event} for order ${order}; a notification carries no fraud verdict, so confirm the charge with iyzico before relying on it.`,
    tr: ({ event, order }: { event: string; order: string }) =>
      `iyzico ${order} siparişi için ${event} bildiriyor; bildirim sahtecilik kararı taşımaz, bu yüzden tahsilata güvenmeden önce iyzico'dan doğrulayın.`,
  },
  'iyzico.webhook_unconfirmed': {
    en: ({ paymentId }: { paymentId: string }) =>
      `iyzico's signed notification says SUCCESS, but a notification carries no fraud verdict or phase: confirm with getStatus({ provider: 'iyzico', paymentId: '${paymentId}' }) before shipping.`,
    tr: ({ paymentId }: { paymentId: string }) =>
      `iyzico'nun imzalı bildirimi SUCCESS diyor, ancak bildirim sahtecilik kararı ya da phase taşımaz: ürünü göndermeden önce getStatus({ provider: 'iyzico', paymentId: '${paymentId}' }) ile doğrulayın.`,
  },

  // Tokenization sessions.
  'iyzico.session_active': {
    en: () => 'iyzico reports the tokenization session as ACTIVE: it can still be used.',
    tr: () => 'iyzico ödeme oturumunu ACTIVE olarak bildiriyor: oturum hâlâ kullanılabilir.',
  },
  'iyzico.session_passive': {
    en: () => 'iyzico reports the tokenization session as PASSIVE: it is closed and cannot be used again.',
    tr: () => 'iyzico ödeme oturumunu PASSIVE olarak bildiriyor: oturum kapandı ve yeniden kullanılamaz.',
  },
  'iyzico.session_status_unknown': {
    en: ({ sessionStatus }: { sessionStatus: string }) =>
      `iyzico reports sessionStatus "${sessionStatus}", which this version does not know.`,
    tr: ({ sessionStatus }: { sessionStatus: string }) =>
      `iyzico sessionStatus olarak "${sessionStatus}" bildiriyor; bu sürüm bu değeri tanımıyor.`,
  },

  // Refusals (`status: "failure"` without a payment in it).
  'iyzico.authentication': {
    en: (refusal: Refusal) =>
      `iyzico rejected the credentials for ${refusal.subject.en} (${said(refusal)}). Check the API key and secret key (IYZICO_API_KEY, IYZICO_SECRET_KEY) and that they belong to the environment called (sandbox or production).`,
    tr: (refusal: Refusal) =>
      `iyzico ${refusal.subject.tr} için kimlik bilgilerini reddetti (${saidTr(refusal)}). API anahtarını ve gizli anahtarı (IYZICO_API_KEY, IYZICO_SECRET_KEY), ayrıca çağrılan ortama (sandbox ya da production) ait olduklarını kontrol edin.`,
  },
  'iyzico.not_found': {
    en: (refusal: Refusal) =>
      `iyzico has no record for ${refusal.subject.en} (${said(refusal)}). Check the id, and that it was created in the environment called (sandbox or production).`,
    tr: (refusal: Refusal) =>
      `iyzico'da ${refusal.subject.tr} için kayıt yok (${saidTr(refusal)}). Kimliği ve çağrılan ortamda (sandbox ya da production) oluşturulduğunu kontrol edin.`,
  },
  'iyzico.invalid_query': {
    en: (refusal: Refusal) =>
      `iyzico refused the query for ${refusal.subject.en} as invalid (${said(refusal)}). Check the id's format; nothing was changed at iyzico.`,
    tr: (refusal: Refusal) =>
      `iyzico ${refusal.subject.tr} sorgusunu geçersiz bularak reddetti (${saidTr(refusal)}). Kimliğin biçimini kontrol edin; iyzico tarafında hiçbir şey değişmedi.`,
  },
  'iyzico.rate_limited': {
    en: (refusal: Refusal) =>
      `iyzico is rate-limiting requests (${said(refusal)}) while asking about ${refusal.subject.en}. Slow down and retry later.`,
    tr: (refusal: Refusal) =>
      `iyzico ${refusal.subject.tr} sorulurken istekleri sınırlıyor (${saidTr(refusal)}). İstekleri yavaşlatın ve daha sonra yeniden deneyin.`,
  },
  'iyzico.refused': {
    en: (refusal: Refusal) =>
      `iyzico refused the query for ${refusal.subject.en} (${said(refusal)}). The payment itself was not changed; retry later or contact iyzico support with this code.`,
    tr: (refusal: Refusal) =>
      `iyzico ${refusal.subject.tr} sorgusunu reddetti (${saidTr(refusal)}). Ödemenin kendisi değişmedi; daha sonra yeniden deneyin ya da bu kodla iyzico destek ekibine başvurun.`,
  },
} as const satisfies Record<string, Message<never>>

/** Every reason an iyzico result or refusal may carry. */
export type IyzicoReason = keyof typeof iyzicoMessages

/** A reason of the iyzico catalog with the parameters its sentence needs. */
export type IyzicoWhy = ReasonOf<typeof iyzicoMessages>
