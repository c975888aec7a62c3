import {
  isPaid,
  type Money,
  type NormalizedPayment,
  type NormalizedResult,
  type NormalizedSession,
} from '@durum/status-normalizer'
import type { Colors } from './cli-context'
import type { CliText } from './cli-messages'

export interface BlockView {
  text: CliText
  colors: Colors
}

type Row = readonly [label: string, value: string]

/** One result as a block a support person reads: the verdict first, then what backs it. */
export function formatResult(result: NormalizedResult, view: BlockView): string {
  const rows = result.kind === 'payment' ? paymentRows(result, view) : sessionRows(result, view)
  return formatRows(rows, view)
}

function paymentRows(payment: NormalizedPayment, { text, colors }: BlockView): Row[] {
  const paid = isPaid(payment)
  const rows: Row[] = [
    [text('labelStatus'), colors.bold(payment.status)],
    [text('labelPaid'), paid ? colors.green(text('paidYes')) : colors.yellow(text('paidNo'))],
    [text('labelExplanation'), payment.explanation],
    [text('labelReason'), payment.reason],
    [text('labelRawStatus'), payment.rawStatus],
  ]
  if (payment.nextAction) rows.push([text('labelNextAction'), payment.nextAction])
  if (payment.failure) {
    const { code, message, category } = payment.failure
    rows.push([text('labelFailure'), [category, code, message].filter(Boolean).join(' · ')])
  }
  if (payment.refundsChecked === false) rows.push([text('labelRefunds'), text('refundsUnchecked')])
  if (payment.amount) rows.push([text('labelAmount'), money(payment.amount)])
  if (payment.paidAmount) rows.push([text('labelPaidAmount'), money(payment.paidAmount)])
  if (payment.refundedAmount) rows.push([text('labelRefundedAmount'), money(payment.refundedAmount)])
  if (payment.installment !== undefined) rows.push([text('labelInstallment'), String(payment.installment)])
  if (payment.fraud) rows.push([text('labelFraud'), payment.fraud])
  if (payment.card) {
    const { bin, last4, association, family, type } = payment.card
    const number = bin || last4 ? `${bin ?? ''}…${last4 ?? ''}` : undefined
    rows.push([text('labelCard'), [number, association, family, type].filter(Boolean).join(' · ')])
  }
  for (const [name, value] of Object.entries(payment.ids)) {
    const shown = Array.isArray(value) ? value.join(', ') : value
    if (shown) rows.push([name, shown])
  }
  for (const [index, attempt] of (payment.attempts ?? []).entries()) {
    const amount = attempt.amount && money(attempt.amount)
    const parts = [attempt.reference, attempt.status, attempt.rawStatus, amount, attempt.createdAt]
    rows.push([text('labelAttempt', { number: index + 1 }), parts.filter(Boolean).join(' · ')])
  }
  for (const [index, item] of (payment.items ?? []).entries()) {
    const parts = [item.id, item.status, item.rawStatus, item.paidPrice && money(item.paidPrice)]
    rows.push([text('labelItem', { number: index + 1 }), parts.filter(Boolean).join(' · ')])
  }
  if (payment.occurredAt) rows.push([text('labelOccurredAt'), payment.occurredAt])
  rows.push([text('labelCheckedAt'), payment.checkedAt], [text('labelSource'), payment.source])
  return rows
}

function sessionRows(session: NormalizedSession, { text, colors }: BlockView): Row[] {
  const rows: Row[] = [
    [text('labelStatus'), colors.bold(session.status)],
    [text('labelExplanation'), session.explanation],
    [text('labelReason'), session.reason],
    [text('labelRawStatus'), session.rawStatus],
    [text('labelPaymentMethod'), session.paymentMethod],
  ]
  if (session.sessionToken) rows.push(['sessionToken', session.sessionToken])
  if (session.memberId) rows.push(['memberId', session.memberId])
  rows.push([text('labelCheckedAt'), session.checkedAt], [text('labelSource'), session.source])
  return rows
}

function money({ amount, currency }: Money): string {
  return `${amount} ${currency}`
}

function formatRows(rows: readonly Row[], { colors }: BlockView): string {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${colors.dim(label.padEnd(width))}  ${value}\n`).join('')
}
