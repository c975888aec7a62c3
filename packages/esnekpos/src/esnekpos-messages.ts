import type { LocalizedText, Message, ReasonOf } from '@durum/core'

/**
 * A row of EsnekPOS's history, as a sentence names it: which list it is in, EsnekPOS's reference and
 * its words (`Ödeme - Başarılı (STATUS_ID 2)`), both escaped for printing and never translated.
 */
export interface EsnekposRowRef {
  noun: 'transaction' | 'attempt'
  reference: string | undefined
  raw: string
}

/** Why a payment EsnekPOS calls successful is not proven. */
export type EsnekposDoubt =
  | { kind: 'not_success'; answered: string }
  | { kind: 'no_success_id' }
  | { kind: 'other_success_id'; id: string }
  | { kind: 'no_order_reference' }

/** What EsnekPOS answered (`RETURN_CODE 100 ERROR: "51-Limit Yetersiz"`), as EsnekPOS wrote it. */
type Answered = { answered: string }
type Row = { row: EsnekposRowRef }
type Amounts = Row & { refunded: string; paid: string }
type Refusal = { subject: LocalizedText; answered: string }

/** What the kit compared: the id field and the value sent. */
type Bound = { field: string; asked: string }

const MIXED_UP = 'Retry; if it persists, something between durum and EsnekPOS is mixing up answers.'
const MIXED_UP_TR = 'Yeniden deneyin; sürerse durum ile EsnekPOS arasındaki bir şey yanıtları karıştırıyor.'
const CHECK_PANEL = 'check the payment in the EsnekPOS panel before shipping.'
const CHECK_PANEL_TR = 'ürünü göndermeden önce ödemeyi EsnekPOS panelinden kontrol edin.'

const where = (row: EsnekposRowRef) => (row.reference === undefined ? '' : ` ${row.reference}`)

/** `Transaction 538224 reads "Ödeme - Başarılı"`. */
function rowEn(row: EsnekposRowRef, noun = row.noun === 'transaction' ? 'Transaction' : 'Attempt'): string {
  return `${noun}${where(row)} reads "${row.raw}"`
}

/** `İşlem 538224 "Ödeme - Başarılı" durumunda`. */
function rowTr(row: EsnekposRowRef, noun = row.noun === 'transaction' ? 'İşlem' : 'Deneme'): string {
  return `${noun}${where(row)} "${row.raw}" durumunda`
}

function doubtEn(doubt: EsnekposDoubt): string {
  switch (doubt.kind) {
    case 'not_success':
      return `EsnekPOS answered ${doubt.answered}, not SUCCESS`
    case 'no_success_id':
      return 'SUCCESS_TRANSACTION_ID names no successful transaction'
    case 'other_success_id':
      return `SUCCESS_TRANSACTION_ID is ${doubt.id}, another transaction`
    case 'no_order_reference':
      return 'the answer names no order reference (ORDER_REF_NO), so it cannot be tied to the order asked about'
  }
}

function doubtTr(doubt: EsnekposDoubt): string {
  switch (doubt.kind) {
    case 'not_success':
      return `EsnekPOS SUCCESS değil, ${doubt.answered} yanıtını verdi`
    case 'no_success_id':
      return 'SUCCESS_TRANSACTION_ID başarılı bir işlem göstermiyor'
    case 'other_success_id':
      return `SUCCESS_TRANSACTION_ID başka bir işlemi (${doubt.id}) gösteriyor`
    case 'no_order_reference':
      return 'yanıtta sipariş referansı (ORDER_REF_NO) yok, bu yüzden sorulan siparişe bağlanamıyor'
  }
}

/**
 * Every sentence the EsnekPOS provider writes, by reason code, in every locale. EsnekPOS's own words
 * (row statuses, RETURN_CODE and its message) are quoted as EsnekPOS sent them, never translated.
 */
export const esnekposMessages = {
  'esnekpos.no_transactions': {
    en: () =>
      `EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; ${CHECK_PANEL}`,
    tr: () =>
      `EsnekPOS bu sipariş için hiç işlem listelemiyor; ödendiğini gösteren bir şey yok: ${CHECK_PANEL_TR}`,
  },
  'esnekpos.row_conflict': {
    en: ({ row }: Row) => `${rowEn(row)}, whose STATUS_ID and text disagree; ${CHECK_PANEL}`,
    tr: ({ row }: Row) => `${rowTr(row)}, ancak STATUS_ID ile metni çelişiyor; ${CHECK_PANEL_TR}`,
  },
  'esnekpos.row_unrecognised': {
    en: ({ row }: Row) => `${rowEn(row)}, which this version of durum does not recognise; ${CHECK_PANEL}`,
    tr: ({ row }: Row) => `${rowTr(row)}; durum'un bu sürümü bu durumu tanımıyor; ${CHECK_PANEL_TR}`,
  },
  'esnekpos.cancelled': {
    en: ({ row }: Row) => `${rowEn(row)}: the payment was cancelled, nothing stays charged.`,
    tr: ({ row }: Row) => `${rowTr(row)}: ödeme iptal edildi, tahsil edilmiş tutar kalmadı.`,
  },
  'esnekpos.refunded_unpaired': {
    en: ({ row }: Row) =>
      `${rowEn(row)}: the payment was refunded (no successful payment is listed beside it, so it is not reported as partial).`,
    tr: ({ row }: Row) =>
      `${rowTr(row)}: ödeme iade edildi (yanında başarılı bir ödeme listelenmediği için kısmi iade olarak bildirilmiyor).`,
  },
  'esnekpos.refunded_without_amounts': {
    en: ({ row }: Row) =>
      `${rowEn(row)}: the payment was refunded (without amounts to compare, it is not reported as partial).`,
    tr: ({ row }: Row) =>
      `${rowTr(row)}: ödeme iade edildi (karşılaştırılacak tutarlar olmadığı için kısmi iade olarak bildirilmiyor).`,
  },
  'esnekpos.refunded': {
    en: ({ row, refunded, paid }: Amounts) => `${rowEn(row)}: refunds of ${refunded} cover the ${paid} paid.`,
    tr: ({ row, refunded, paid }: Amounts) =>
      `${rowTr(row)}: ${refunded} tutarındaki iadeler ödenen ${paid} tutarını karşılıyor.`,
  },
  'esnekpos.refunded_less_commission': {
    en: ({ row, refunded, paid, fee }: Amounts & { fee: string }) =>
      `${rowEn(row)}: refunds of ${refunded} cover the ${paid} paid less EsnekPOS's ${fee} commission.`,
    tr: ({ row, refunded, paid, fee }: Amounts & { fee: string }) =>
      `${rowTr(row)}: ${refunded} tutarındaki iadeler, ödenen ${paid} tutarından EsnekPOS'un ${fee} komisyonu düşüldükten sonra kalanı karşılıyor.`,
  },
  'esnekpos.partially_refunded': {
    en: ({ row, refunded, paid }: Amounts) =>
      `${rowEn(row)}: ${refunded} of the ${paid} paid was refunded, the rest stays charged.`,
    tr: ({ row, refunded, paid }: Amounts) =>
      `${rowTr(row)}: ödenen ${paid} tutarının ${refunded} kadarı iade edildi, kalanı tahsil edilmiş olarak duruyor.`,
  },
  'esnekpos.paid': {
    en: ({ row }: Row) => `${rowEn(row)}: the payment was charged and approved.`,
    tr: ({ row }: Row) => `${rowTr(row)}: ödeme alındı ve onaylandı.`,
  },
  'esnekpos.undo_without_payment': {
    en: ({ row }: Row) =>
      `${rowEn(row)}, but no successful payment is listed to cancel or refund; check the payment in the EsnekPOS panel.`,
    tr: ({ row }: Row) =>
      `${rowTr(row)}, ancak iptal ya da iade edilecek başarılı bir ödeme listelenmiyor; ödemeyi EsnekPOS panelinden kontrol edin.`,
  },
  'esnekpos.awaiting_3ds': {
    en: ({ row }: Row) => `${rowEn(row)}: the customer has to finish 3D Secure verification with the bank.`,
    tr: ({ row }: Row) => `${rowTr(row)}: müşterinin bankayla 3D Secure doğrulamasını tamamlaması gerekiyor.`,
  },
  'esnekpos.pending': {
    en: ({ row }: Row) => `${rowEn(row)}: the payment has not been decided yet.`,
    tr: ({ row }: Row) => `${rowTr(row)}: ödeme henüz sonuçlanmadı.`,
  },
  'esnekpos.declined': {
    en: ({ row }: Row) => `${rowEn(row)}: the payment failed and nothing was charged.`,
    tr: ({ row }: Row) => `${rowTr(row)}: ödeme başarısız oldu, hiçbir tutar tahsil edilmedi.`,
  },
  'esnekpos.no_attempts': {
    en: () => 'Nobody has tried to pay this payment request yet.',
    tr: () => 'Bu ödeme isteğini henüz kimse ödemeyi denemedi.',
  },
  'esnekpos.attempt_failed': {
    en: ({ row }: Row) =>
      `${rowEn(row, 'The latest attempt')}; no attempt has succeeded, so the payment request can still be paid.`,
    tr: ({ row }: Row) =>
      `${rowTr(row, 'Son deneme')}; başarılı bir deneme yok, bu yüzden ödeme isteği hâlâ ödenebilir.`,
  },
  'esnekpos.order_not_found': {
    en: ({ answered }: Answered) =>
      `EsnekPOS has no record of this order (${answered}): its payment page may have been opened with no card entered yet, or the reference or the environment (test or production) is wrong. Nothing shows a payment; ask again later, and do not ship until it reads paid.`,
    tr: ({ answered }: Answered) =>
      `EsnekPOS'ta bu siparişin kaydı yok (${answered}): ödeme sayfası açılmış ama henüz kart girilmemiş olabilir ya da referans veya ortam (test ya da production) yanlış olabilir. Bir ödeme görünmüyor; daha sonra yeniden sorun ve ödendi görünene kadar ürünü göndermeyin.`,
  },
  'esnekpos.order_unnamed': {
    en: ({ answered }: Answered) =>
      `EsnekPOS answered ${answered} without naming the order or listing a transaction, so nothing shows whether it was paid; ${CHECK_PANEL}`,
    tr: ({ answered }: Answered) =>
      `EsnekPOS siparişi belirtmeden ve bir işlem listelemeden ${answered} yanıtını verdi; ödendiğini gösteren bir şey yok: ${CHECK_PANEL_TR}`,
  },
  'esnekpos.order_waiting': {
    en: ({ answered }: Answered) =>
      `EsnekPOS answered ${answered} and lists no transaction yet: the customer has not finished paying.`,
    tr: ({ answered }: Answered) =>
      `EsnekPOS ${answered} yanıtını verdi ve henüz işlem listelemiyor: müşteri ödemeyi tamamlamadı.`,
  },
  'esnekpos.order_cancelled': {
    en: ({ answered }: Answered) =>
      `EsnekPOS answered ${answered} for this order: it was cancelled, do not ship.`,
    tr: ({ answered }: Answered) =>
      `EsnekPOS bu sipariş için ${answered} yanıtını verdi: sipariş iptal edildi, ürünü göndermeyin.`,
  },
  'esnekpos.payment_unproven': {
    en: ({ row, doubt }: Row & { doubt: EsnekposDoubt }) =>
      `${rowEn(row)}, but ${doubtEn(doubt)}; ${CHECK_PANEL}`,
    tr: ({ row, doubt }: Row & { doubt: EsnekposDoubt }) =>
      `${rowTr(row)}, ancak ${doubtTr(doubt)}; ${CHECK_PANEL_TR}`,
  },
  'esnekpos.success_contradicted': {
    en: ({ row, answered }: Row & Answered) =>
      `${rowEn(row)}, but EsnekPOS answered ${answered}, which it sends for a paid order; ${CHECK_PANEL}`,
    tr: ({ row, answered }: Row & Answered) =>
      `${rowTr(row)}, ancak EsnekPOS yalnızca ödenmiş siparişler için gönderdiği ${answered} yanıtını verdi; ${CHECK_PANEL_TR}`,
  },
  // Follows the rule the rows gave, when the envelope adds EsnekPOS's answer to it.
  'esnekpos.answered': {
    en: ({ answered }: Answered) => `EsnekPOS answered ${answered}.`,
    tr: ({ answered }: Answered) => `EsnekPOS yanıtı: ${answered}.`,
  },

  // Answers refused because they are not about the order asked.
  'esnekpos.another_answer': {
    en: ({ field, asked, answered }: Bound & { answered: string }) =>
      `EsnekPOS answered about order "${answered}" (${field}) when asked about order "${asked}", so the answer was not used. ${MIXED_UP}`,
    tr: ({ field, asked, answered }: Bound & { answered: string }) =>
      `EsnekPOS "${asked}" siparişi sorulduğunda "${answered}" siparişi (${field}) hakkında yanıt verdi, bu yüzden yanıt kullanılmadı. ${MIXED_UP_TR}`,
  },
  'esnekpos.unbound_answer': {
    en: ({ field, asked }: Bound) =>
      `EsnekPOS's answer names no ${field}, where the order asked was "${asked}", so the answer was not used. ${MIXED_UP}`,
    tr: ({ field, asked }: Bound) =>
      `EsnekPOS'un yanıtında ${field} yok, oysa sorulan sipariş "${asked}" idi; bu yüzden yanıt kullanılmadı. ${MIXED_UP_TR}`,
  },

  // Refusals (RETURN_CODE other than 0, without the order).
  'esnekpos.authentication': {
    en: ({ subject, answered }: Refusal) =>
      `EsnekPOS rejected the merchant credentials while asking about ${subject.en} (${answered}). Check MERCHANT and MERCHANT_KEY (ESNEKPOS_MERCHANT, ESNEKPOS_MERCHANT_KEY) and that they belong to the environment called (test or production).`,
    tr: ({ subject, answered }: Refusal) =>
      `EsnekPOS ${subject.tr} sorulurken üye işyeri kimlik bilgilerini reddetti (${answered}). MERCHANT ve MERCHANT_KEY değerlerini (ESNEKPOS_MERCHANT, ESNEKPOS_MERCHANT_KEY), ayrıca çağrılan ortama (test ya da production) ait olduklarını kontrol edin.`,
  },
  'esnekpos.not_found': {
    en: ({ subject, answered }: Refusal) =>
      `EsnekPOS has no record for ${subject.en} (${answered}). Check the id, and that it was created in the environment called (test or production).`,
    tr: ({ subject, answered }: Refusal) =>
      `EsnekPOS'ta ${subject.tr} için kayıt yok (${answered}). Kimliği ve çağrılan ortamda (test ya da production) oluşturulduğunu kontrol edin.`,
  },
  'esnekpos.invalid_query': {
    en: ({ subject, answered }: Refusal) =>
      `EsnekPOS refused the query for ${subject.en} as invalid (${answered}). Check the id's format; nothing was changed at EsnekPOS.`,
    tr: ({ subject, answered }: Refusal) =>
      `EsnekPOS ${subject.tr} sorgusunu geçersiz bularak reddetti (${answered}). Kimliğin biçimini kontrol edin; EsnekPOS tarafında hiçbir şey değişmedi.`,
  },
  'esnekpos.refused': {
    en: ({ subject, answered }: Refusal) =>
      `EsnekPOS refused the query for ${subject.en} (${answered}). The payment itself was not changed; retry later or contact EsnekPOS support with this code.`,
    tr: ({ subject, answered }: Refusal) =>
      `EsnekPOS ${subject.tr} sorgusunu reddetti (${answered}). Ödemenin kendisi değişmedi; daha sonra yeniden deneyin ya da bu kodla EsnekPOS destek ekibine başvurun.`,
  },
} as const satisfies Record<string, Message<never>>

/** Every reason an EsnekPOS result or refusal may carry. */
export type EsnekposReason = keyof typeof esnekposMessages

/** A reason of the EsnekPOS catalog with the parameters its sentence needs. */
export type EsnekposWhy = ReasonOf<typeof esnekposMessages>
