import { epochMillisToIso, nowIso } from '@durum/core'
import type { NormalizedSession } from '@durum/status-normalizer'
import type { IyzicoTokenizationSession } from './iyzico-schemas'

export interface NormalizeIyzicoSessionInput {
  body: IyzicoTokenizationSession
  raw: unknown
}

function mapSessionStatus(sessionStatus: string): Pick<NormalizedSession, 'status' | 'explanation'> {
  switch (sessionStatus) {
    case 'ACTIVE':
      return {
        status: 'ACTIVE',
        explanation: 'iyzico reports the tokenization session as ACTIVE: it can still be used.',
      }
    case 'PASSIVE':
      return {
        status: 'INACTIVE',
        explanation:
          'iyzico reports the tokenization session as PASSIVE: it is closed and cannot be used again.',
      }
    default:
      return {
        status: 'UNKNOWN',
        explanation: `iyzico reports sessionStatus "${sessionStatus}", which this version does not know.`,
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
  const session: NormalizedSession = {
    kind: 'session',
    provider: 'iyzico',
    source: 'iyzico.tokenization-session',
    ...mapSessionStatus(sessionInfo.sessionStatus),
    rawStatus: `${sessionInfo.sessionStatus}${sessionInfo.paymentType == null ? '' : ` ${sessionInfo.paymentType}`}`,
    paymentMethod: mapPaymentMethod(sessionInfo.paymentType),
    checkedAt: input.body.systemTime == null ? nowIso() : epochMillisToIso(input.body.systemTime),
    raw: input.raw,
  }
  if (sessionInfo.sessionToken != null) session.sessionToken = sessionInfo.sessionToken
  if (sessionInfo.memberIdentifier != null) session.memberId = sessionInfo.memberIdentifier
  return session
}
