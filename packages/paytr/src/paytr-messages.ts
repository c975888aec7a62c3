import {
  formatTurkishDecimal,
  type Locale,
  type LocalizedText,
  type MessageCatalog,
  type Money,
  printable,
} from '@durum/core'

/** An amount in a sentence: `10.80 TRY` in English, `10,80 TRY` in Turkish. */
function shown(money: Money, locale: Locale): string {
  return `${locale === 'tr' ? formatTurkishDecimal(money.amount) : money.amount} ${money.currency}`
}

/** PayTR's own words, quoted and made printable (no line breaks or bidi controls in a log line). */
const quoted = (text: string | undefined) => (text === undefined ? '' : ` "${printable(text)}"`)

interface Paid {
  paid: Money
}
interface Refunds {
  refunded: Money
  paid: Money
}
interface RefundedOrder extends Refunds {
  amount: Money
}
interface PendingRefund {
  pending: Money
}
interface NoPayment {
  message?: string | undefined
}
interface Window extends NoPayment {
  payableUntil: string
}
interface UnknownStatus {
  status: string
}
interface NotificationPaid {
  merchantOid: string
  total?: Money | undefined
}
interface NotificationFailed {
  code?: string | undefined
  message?: string | undefined
}
/** What was asked (`merchant_oid "ORD-1"`) and what PayTR answered, for a refused query. */
interface Refusal {
  subject: LocalizedText
  errNo?: string | undefined
  errMsg?: string | undefined
}
interface NotificationField {
  field: string
}
/** An id of an answer compared with the one asked (the kit's answer binding). */
interface Bound {
  field: string
  asked: string
}

function answered(refusal: Refusal): string {
  return `err_no ${refusal.errNo === undefined ? '—' : printable(refusal.errNo)}${quoted(refusal.errMsg)}`
}

/**
 * Every sentence @durum/paytr writes, by reason code, in English and Turkish. Pure mappings pick the
 * reason and its parameters; the text is written here, in the call's locale.
 */
export const PAYTR_MESSAGES = {
  'paytr.paid': {
    en: ({ paid }: Paid) =>
      `PayTR reports a successful payment of ${shown(paid, 'en')} for this order, with no refund.`,
    tr: ({ paid }: Paid) =>
      `PayTR bu sipariş için ${shown(paid, 'tr')} tutarında başarılı bir ödeme bildiriyor; iade yok.`,
  },
  'paytr.partially_refunded': {
    en: ({ refunded, paid }: Refunds) =>
      `PayTR reports a successful payment of ${shown(paid, 'en')}, of which ${shown(refunded, 'en')} has been refunded (completed refunds).`,
    tr: ({ refunded, paid }: Refunds) =>
      `PayTR ${shown(paid, 'tr')} tutarında başarılı bir ödeme bildiriyor; bunun ${shown(refunded, 'tr')} tutarı iade edildi (tamamlanan iadeler).`,
  },
  'paytr.refunded': {
    en: ({ refunded, paid }: Refunds) =>
      `PayTR's completed refunds (${shown(refunded, 'en')}) cover all the customer paid (${shown(paid, 'en')}): the payment is refunded in full, do not ship.`,
    tr: ({ refunded, paid }: Refunds) =>
      `PayTR'nin tamamlanan iadeleri (${shown(refunded, 'tr')}) müşterinin ödediği tutarın (${shown(paid, 'tr')}) tamamını karşılıyor: ödeme tamamen iade edildi, ürünü göndermeyin.`,
  },
  'paytr.refunded_order_amount': {
    en: ({ refunded, amount, paid }: RefundedOrder) =>
      `PayTR's completed refunds (${shown(refunded, 'en')}) reach the order amount (${shown(amount, 'en')}), though the customer paid ${shown(paid, 'en')} with the instalment surcharge: the order is refunded, do not ship.`,
    tr: ({ refunded, amount, paid }: RefundedOrder) =>
      `PayTR'nin tamamlanan iadeleri (${shown(refunded, 'tr')}) sipariş tutarına (${shown(amount, 'tr')}) ulaşıyor; müşteri taksit farkıyla ${shown(paid, 'tr')} ödemişti: sipariş iade edildi, ürünü göndermeyin.`,
  },
  'paytr.refund_pending': {
    en: ({ pending }: PendingRefund) =>
      `PayTR lists a refund of ${shown(pending, 'en')} that it has not completed yet (no date_completed): until it does, the payment can be counted neither as paid nor as refunded. Do not ship; ask again later.`,
    tr: ({ pending }: PendingRefund) =>
      `PayTR ${shown(pending, 'tr')} tutarında bir iadeyi listeliyor ancak henüz tamamlamadı (date_completed yok): iade tamamlanana kadar ödeme ne ödenmiş ne de iade edilmiş sayılabilir. Ürünü göndermeyin; daha sonra yeniden sorgulayın.`,
  },
  'paytr.no_successful_payment': {
    en: ({ message }: NoPayment) =>
      `PayTR has no successful payment for this order (004${quoted(message)}): the customer may still be paying, or the payment was declined or abandoned, which PayTR's status query cannot tell apart. Do not ship; a failed notification gives the reason.`,
    tr: ({ message }: NoPayment) =>
      `PayTR'de bu sipariş için başarılı bir ödeme yok (004${quoted(message)}): müşteri hâlâ ödüyor olabilir ya da ödeme reddedilmiş veya yarıda bırakılmış olabilir; PayTR'nin durum sorgusu bunları ayırt edemez. Ürünü göndermeyin; nedeni başarısız ödeme bildiriminde yazar.`,
  },
  'paytr.awaiting_payment': {
    en: ({ message, payableUntil }: Window) =>
      `PayTR has no successful payment for this order yet (004${quoted(message)}), and its payment window is open until ${payableUntil}: the customer may still pay. Do not ship yet.`,
    tr: ({ message, payableUntil }: Window) =>
      `PayTR'de bu sipariş için henüz başarılı bir ödeme yok (004${quoted(message)}) ve ödeme süresi ${payableUntil} zamanına kadar açık: müşteri hâlâ ödeyebilir. Ürünü henüz göndermeyin.`,
  },
  'paytr.no_payment_by_deadline': {
    en: ({ message, payableUntil }: Window) =>
      `PayTR still has no successful payment for this order (004${quoted(message)}) though its payment window closed at ${payableUntil}: it was most likely declined or abandoned, but the status query cannot prove a failure. Treat the order as unpaid and do not ship; the PayTR panel or the failed notification gives the reason.`,
    tr: ({ message, payableUntil }: Window) =>
      `Ödeme süresi ${payableUntil} zamanında dolduğu hâlde PayTR'de bu sipariş için hâlâ başarılı bir ödeme yok (004${quoted(message)}): büyük olasılıkla reddedildi ya da yarıda bırakıldı, ancak durum sorgusu başarısızlığı kanıtlayamaz. Siparişi ödenmemiş sayın ve ürünü göndermeyin; nedeni PayTR panelinde ya da başarısız ödeme bildiriminde yazar.`,
  },
  'paytr.unknown_status': {
    en: ({ status }: UnknownStatus) =>
      `PayTR answered status "${printable(status)}", which this version does not know; nothing proves a payment, so check the order in the PayTR panel before shipping.`,
    tr: ({ status }: UnknownStatus) =>
      `PayTR "${printable(status)}" durumuyla yanıt verdi; bu sürüm bu durumu tanımıyor. Ödemeyi kanıtlayan bir şey yok; ürünü göndermeden önce siparişi PayTR panelinden kontrol edin.`,
  },
  'paytr.notification_paid': {
    en: ({ merchantOid, total }: NotificationPaid) =>
      `PayTR's signed notification says the payment${total === undefined ? '' : ` of ${shown(total, 'en')}`} succeeded, but a notification cannot show a later refund: confirm with getStatus({ provider: 'paytr', merchantOid: '${printable(merchantOid)}' }) before shipping.`,
    tr: ({ merchantOid, total }: NotificationPaid) =>
      `PayTR'nin imzalı bildirimi${total === undefined ? '' : ` ${shown(total, 'tr')} tutarındaki`} ödemenin başarılı olduğunu söylüyor, ancak bir bildirim sonradan yapılan iadeyi gösteremez: ürünü göndermeden önce getStatus({ provider: 'paytr', merchantOid: '${printable(merchantOid)}' }) ile doğrulayın.`,
  },
  'paytr.notification_failed': {
    en: ({ code, message }: NotificationFailed) =>
      `PayTR's signed notification says the payment failed (failed_reason_code ${code === undefined ? '—' : printable(code)}${quoted(message)}): do not ship.`,
    tr: ({ code, message }: NotificationFailed) =>
      `PayTR'nin imzalı bildirimi ödemenin başarısız olduğunu söylüyor (failed_reason_code ${code === undefined ? '—' : printable(code)}${quoted(message)}): ürünü göndermeyin.`,
  },
  'paytr.notification_unknown_status': {
    en: ({ status }: UnknownStatus) =>
      `PayTR's signed notification says status "${printable(status)}", which is neither success nor failed; check the order in the PayTR panel before shipping.`,
    tr: ({ status }: UnknownStatus) =>
      `PayTR'nin imzalı bildirimi "${printable(status)}" durumunu bildiriyor; bu ne success ne de failed. Ürünü göndermeden önce siparişi PayTR panelinden kontrol edin.`,
  },
  'paytr.invalid_request': {
    en: (refusal: Refusal) =>
      `PayTR refused the query for ${refusal.subject.en} as an invalid request or an inactive store (${answered(refusal)}). Check merchantId (PAYTR_MERCHANT_ID) and that the store is active in the PayTR panel.`,
    tr: (refusal: Refusal) =>
      `PayTR ${refusal.subject.tr} sorgusunu geçersiz istek ya da aktif olmayan mağaza gerekçesiyle reddetti (${answered(refusal)}). merchantId (PAYTR_MERCHANT_ID) değerini ve mağazanın PayTR panelinde aktif olduğunu kontrol edin.`,
  },
  'paytr.invalid_merchant_oid': {
    en: (refusal: Refusal) =>
      `PayTR refused the order id of ${refusal.subject.en} (${answered(refusal)}). Check the merchantOid given to PayTR when the payment was started.`,
    tr: (refusal: Refusal) =>
      `PayTR ${refusal.subject.tr} için gönderilen sipariş numarasını reddetti (${answered(refusal)}). Ödeme başlatılırken PayTR'ye verilen merchantOid değerini kontrol edin.`,
  },
  'paytr.authentication': {
    en: (refusal: Refusal) =>
      `PayTR rejected the paytr_token while asking about ${refusal.subject.en} (${answered(refusal)}). Check merchantKey and merchantSalt (PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT) and that they belong to merchantId.`,
    tr: (refusal: Refusal) =>
      `PayTR ${refusal.subject.tr} sorgusundaki paytr_token değerini reddetti (${answered(refusal)}). merchantKey ve merchantSalt değerlerini (PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT) ve bunların merchantId'ye ait olduğunu kontrol edin.`,
  },
  'paytr.query_refused': {
    en: (refusal: Refusal) =>
      `PayTR refused the query for ${refusal.subject.en} (${answered(refusal)}). The payment itself was not changed; retry later or contact PayTR support with this number.`,
    tr: (refusal: Refusal) =>
      `PayTR ${refusal.subject.tr} sorgusunu reddetti (${answered(refusal)}). Ödemenin kendisi değişmedi; daha sonra yeniden deneyin ya da bu numarayla PayTR desteğine başvurun.`,
  },
  // Answers refused because they are not about the order asked.
  'paytr.another_answer': {
    en: ({ field, asked, answered }: Bound & { answered: string }) =>
      `PayTR answered about order "${answered}" (${field}) when asked about order "${asked}", so the answer was not used. Retry; if it persists, something between durum and PayTR is mixing up answers.`,
    tr: ({ field, asked, answered }: Bound & { answered: string }) =>
      `PayTR "${asked}" siparişi sorulduğunda "${answered}" siparişi (${field}) hakkında yanıt verdi, bu yüzden yanıt kullanılmadı. Yeniden deneyin; sürerse durum ile PayTR arasındaki bir şey yanıtları karıştırıyor.`,
  },
  'paytr.unbound_answer': {
    en: ({ field, asked }: Bound) =>
      `PayTR's answer names no ${field}, where the order asked was "${asked}", so the answer was not used.`,
    tr: ({ field, asked }: Bound) =>
      `PayTR'nin yanıtında ${field} yok, oysa sorulan sipariş "${asked}" idi; bu yüzden yanıt kullanılmadı.`,
  },
  'paytr.notification_credentials': {
    en: ({ field }: NotificationField) =>
      `verifyPaytrNotification needs the PayTR ${field} to check the notification's hash.`,
    tr: ({ field }: NotificationField) =>
      `verifyPaytrNotification, bildirimin hash değerini doğrulamak için PayTR ${field} değerine ihtiyaç duyar.`,
  },
  'paytr.notification_malformed': {
    en: ({ field }: NotificationField) =>
      `The PayTR notification has no usable ${field}, so it is not one of PayTR's notifications and was rejected.`,
    tr: ({ field }: NotificationField) =>
      `PayTR bildiriminde kullanılabilir bir ${field} alanı yok; bu bir PayTR bildirimi değil ve reddedildi.`,
  },
  'paytr.notification_hash_mismatch': {
    en: () =>
      "The PayTR notification's hash does not match its fields: it was altered, or signed with another merchant_key or merchant_salt. It was rejected; do not act on it.",
    tr: () =>
      'PayTR bildiriminin hash değeri alanlarıyla eşleşmiyor: bildirim değiştirilmiş ya da başka bir merchant_key veya merchant_salt ile imzalanmış. Reddedildi; bu bildirime göre işlem yapmayın.',
  },
} as const satisfies MessageCatalog

export type PaytrReason = keyof typeof PAYTR_MESSAGES
