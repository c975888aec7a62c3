import { DEFAULT_LOCALE, epochMillisToIso, type Locale, nowIso, printable, renderReason } from '@durum/core'
import type { NormalizedSession } from '@durum/status-normalizer'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'
import type { IyzicoTokenizationSession } from './iyzico-schemas'

export interface NormalizeIyzicoSessionInput {
  body: IyzicoTokenizationSession
  raw: unknown
  /** The language of the explanation; default `en`. */
  locale?: Locale | undefined
}

function mapSessionStatus(sessionStatus: string): { status: NormalizedSession['status']; why: IyzicoWhy } {
  switch (sessionStatus) {
    case 'ACTIVE':
      return { status: 'ACTIVE', why: { reason: 'iyzico.session_active' } }
    case 'PASSIVE':
      return { status: 'INACTIVE', why: { reason: 'iyzico.session_passive' } }
    default:
      return {
        status: 'UNKNOWN',
        why: { reason: 'iyzico.session_status_unknown', params: { sessionStatus: printable(sessionStatus) } },
      }
  }
}

function mapPaymentMethod(paymentType: string | null | undefined): NormalizedSession['paymentMethod'] {
  switch (paymentType) {
    case 'FUND':
      return 'wallet_balance'
    case 'CARD_PAYMENT':
      return 'card'
    default:
      return 'unknown'
  }
}

/** iyzico tokenization session body → normalized session. Pure. */
export function normalizeIyzicoSession(input: NormalizeIyzicoSessionInput): NormalizedSession {
  const { sessionInfo } = input.body
  const { status, why } = mapSessionStatus(sessionInfo.sessionStatus)
  const session: NormalizedSession = {
    kind: 'session',
    provider: 'iyzico',
    source: 'iyzico.tokenization-session',
    status,
    explanation: renderReason(iyzicoMessages, why, input.locale ?? DEFAULT_LOCALE),
    reason: why.reason,
    rawStatus: `${sessionInfo.sessionStatus}${sessionInfo.paymentType == null ? '' : ` ${sessionInfo.paymentType}`}`,
    paymentMethod: mapPaymentMethod(sessionInfo.paymentType),
    checkedAt: input.body.systemTime == null ? nowIso() : epochMillisToIso(input.body.systemTime),
    raw: input.raw,
  }
  if (sessionInfo.sessionToken != null) session.sessionToken = sessionInfo.sessionToken
  if (sessionInfo.memberIdentifier != null) session.memberId = sessionInfo.memberIdentifier
  return session
}
