/**
 * What one EsnekPOS row (a payment-request attempt or an order transaction) says happened.
 * The STATUS_ID values are EsnekPOS's own (1–8); the texts are its `PAYMENT_STATUS` / `STATUS_NAME`.
 */
export type EsnekposTransactionStatus =
  | 'payment_pending'
  | 'payment_awaiting_3d'
  | 'payment_succeeded'
  | 'payment_failed'
  | 'cancel_succeeded'
  | 'cancel_failed'
  | 'refund_succeeded'
  | 'refund_failed'

export const ESNEKPOS_STATUS_IDS: ReadonlyMap<number, EsnekposTransactionStatus> = new Map([
  [1, 'payment_pending'],
  [2, 'payment_awaiting_3d'],
  [3, 'payment_succeeded'],
  [4, 'payment_failed'],
  [5, 'cancel_succeeded'],
  [6, 'cancel_failed'],
  [7, 'refund_succeeded'],
  [8, 'refund_failed'],
])

/**
 * Every status text this version understands, compared whole after `canonicalStatusText`.
 * ASCII-folded spellings are listed only where they have been seen in real bodies, so an
 * unseen spelling stays UNKNOWN instead of being guessed.
 */
export const ESNEKPOS_STATUS_TEXTS: ReadonlyMap<string, EsnekposTransactionStatus> = new Map(
  (
    [
      ['Ödeme - Bekliyor', 'payment_pending'],
      ['Ödeme - 3D Doğrulama Bekleniyor', 'payment_awaiting_3d'],
      ['Ödeme - Başarılı', 'payment_succeeded'],
      ['Ödeme - Başarısız', 'payment_failed'],
      ['İptal - Başarılı', 'cancel_succeeded'],
      ['İptal - Başarısız', 'cancel_failed'],
      ['İade - Başarılı', 'refund_succeeded'],
      ['İade - Başarısız', 'refund_failed'],
      // ASCII-folded, as in ProcessQuery bodies (omnipay-esnekpos test data).
      ['Odeme Basarili', 'payment_succeeded'],
    ] as const
  ).map(([text, status]) => [canonicalStatusText(text), status]),
)

/** NFC, trimmed, inner whitespace runs collapsed to one space: the only leniency in matching. */
export function canonicalStatusText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ')
}

export type EsnekposStatusReading =
  | { status: EsnekposTransactionStatus; basis: 'status_id' | 'status_text' }
  | { status: 'unknown'; reason: 'unrecognised' | 'conflict' }

/**
 * Reads one row. STATUS_ID wins where EsnekPOS sends one; a recognised text that contradicts it
 * makes the row unknown, since one of the two must be wrong and a wrong guess could report money
 * that was never taken.
 */
export function readEsnekposStatus(row: {
  statusId?: number | undefined
  statusText: string
}): EsnekposStatusReading {
  // The table's texts are canonical already, so the usual exact spelling skips normalising.
  const byText =
    ESNEKPOS_STATUS_TEXTS.get(row.statusText) ??
    ESNEKPOS_STATUS_TEXTS.get(canonicalStatusText(row.statusText))
  const byId = row.statusId === undefined ? undefined : ESNEKPOS_STATUS_IDS.get(row.statusId)
  if (byId !== undefined) {
    if (byText !== undefined && byText !== byId) return { status: 'unknown', reason: 'conflict' }
    return { status: byId, basis: 'status_id' }
  }
  if (row.statusId !== undefined) return { status: 'unknown', reason: 'unrecognised' }
  if (byText !== undefined) return { status: byText, basis: 'status_text' }
  return { status: 'unknown', reason: 'unrecognised' }
}
