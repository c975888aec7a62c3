import type { Message, ReasonOf } from '@durum/core'

/** The merchant's expectation and the status the provider's answer normalized to. */
type Says = { expected: string; status: string }

/**
 * Every mismatch a reconcile reports, by reason code, in every locale. The expected state and the
 * status are codes (`paid`, `REFUNDED`) and stay as they are in every language, as in the CSV.
 */
export const reconcileMessages = {
  'reconcile.status_differs': {
    en: ({ expected, status }: Says) => `expected ${expected}, provider says ${status}`,
    tr: ({ expected, status }: Says) => `beklenen ${expected}, sağlayıcının bildirdiği ${status}`,
  },
  'reconcile.wrong_kind': {
    en: ({ expected, status, kind }: Says & { kind: 'payment' | 'session' }) =>
      `expected ${expected}, provider says ${status} (a ${kind}, not a ${kind === 'session' ? 'payment' : 'session'})`,
    tr: ({ expected, status, kind }: Says & { kind: 'payment' | 'session' }) =>
      `beklenen ${expected}, sağlayıcının bildirdiği ${status} (${kind === 'session' ? 'bu bir oturum, ödeme değil' : 'bu bir ödeme, oturum değil'})`,
  },
  'reconcile.refunds_unchecked': {
    en: ({ expected }: { expected: string }) => `expected ${expected}, refunds unchecked`,
    tr: ({ expected }: { expected: string }) => `beklenen ${expected}, iadeler kontrol edilemedi`,
  },
  'reconcile.not_proven_paid': {
    en: ({ expected, status, reason }: Says & { reason: string | undefined }) =>
      `expected ${expected}, provider says ${status}, not proven paid${reason === undefined ? '' : ` (${reason})`}`,
    tr: ({ expected, status, reason }: Says & { reason: string | undefined }) =>
      `beklenen ${expected}, sağlayıcının bildirdiği ${status}, ancak ödendiği kanıtlanmadı${reason === undefined ? '' : ` (${reason})`}`,
  },
} as const satisfies Record<string, Message<never>>

/** A mismatch's reason with the parameters of its sentence. */
export type MismatchOf = ReasonOf<typeof reconcileMessages>

/** Why a query's answer disagrees with the merchant's books: stable, the same in every locale. */
export type MismatchReason = keyof typeof reconcileMessages
