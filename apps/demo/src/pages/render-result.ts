import type { Money, NormalizedPayment, NormalizedResult, NormalizedSession } from '@durum/status-normalizer'
import { isPaid, isSettled, type PaymentStatus, statusWordIsPaid } from '@durum/status-normalizer'
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { ErrorBody } from '../api/error-response'
import type { ProviderAnswer } from '../demo-types'
import { formatTime } from './format-time'
import type { PageContext } from './page-context'
import { styleOf } from './status-style'

/** What the page knows besides the result: when the demo got it, and what the providers answered. */
export interface ResultContext {
  /** When this demo received the result, by its own clock (ISO-8601). */
  receivedAt: string
  answers: readonly ProviderAnswer[]
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

/** The status badge: colour, a decorative icon, and the status name as text. */
export function statusBadge(ctx: PageContext, status: string, label?: string): Html {
  const { tone, icon } = styleOf(status)
  return html`<span class="badge tone-${tone}" data-status="${status}"><span class="icon" aria-hidden="true">${icon}</span> ${
    label ?? ctx.t.statuses[status] ?? status
  }</span>`
}

export function renderResult(ctx: PageContext, result: NormalizedResult, extra: ResultContext): Html {
  const { raw, ...normalized } = result
  return html`<section class="result" aria-labelledby="result-heading" data-kind="${result.kind}" data-status="${result.status}">
  <h2 id="result-heading">${ctx.t.result.heading}</h2>
  ${result.kind === 'payment' ? paymentSummary(ctx, result, extra) : sessionSummary(ctx, result, extra)}
  ${extra.answers.length > 0 ? providerAnswers(ctx, result, extra.answers) : ''}
  <div class="bodies">
    <figure>
      <figcaption>${ctx.t.result.raw}</figcaption>
      <pre class="json" data-testid="raw-body" tabindex="0">${JSON.stringify(raw, null, 2)}</pre>
    </figure>
    <figure>
      <figcaption>${ctx.t.result.normalized}</figcaption>
      <pre class="json" data-testid="normalized-body" tabindex="0">${JSON.stringify(normalized, null, 2)}</pre>
    </figure>
  </div>
</section>`
}

function paymentSummary(ctx: PageContext, payment: NormalizedPayment, extra: ResultContext): Html {
  const { t } = ctx
  const status = payment.status as PaymentStatus
  // Paid and settled are decided on the whole result: a SUCCEEDED whose refunds went unchecked, or
  // with an item under review, is not safe to ship although its status word is.
  const paid = isPaid(payment)
  const settled = isSettled(payment)
  return html`<div class="summary">
  <p class="status-line">${statusBadge(ctx, status)}
    <span class="flag ${paid ? 'yes' : 'no'}" data-flag="paid">${paid ? t.result.paid : t.result.notPaid}</span>
    <span class="flag ${settled ? 'yes' : 'no'}" data-flag="settled">${settled ? t.result.settled : t.result.notSettled}</span>
  </p>
  ${statusWordIsPaid(status) && !paid ? html`<p class="note" data-testid="not-proven">${t.result.notProven}</p>` : ''}
  <p class="explanation" data-testid="explanation">${payment.explanation}</p>
  ${payment.nextAction ? html`<p class="next-action"><strong>${t.result.nextAction}:</strong> ${t.nextActions[payment.nextAction] ?? payment.nextAction}</p>` : ''}
  ${payment.refundsChecked === false ? html`<p class="note">${t.result.refundsNotChecked}</p>` : ''}
  <div class="facts">
    ${facts(t.result.answer, [
      [t.result.rawStatus, html`<code>${payment.rawStatus}</code>`],
      [t.result.reason, html`<code data-testid="reason">${payment.reason}</code>`],
      [t.result.source, html`<code>${payment.source}</code>`],
      ...times(ctx, payment, extra),
      [
        t.result.mdStatus,
        payment.mdStatus === undefined ? undefined : html`<code>${payment.mdStatus}</code>`,
      ],
      [
        t.result.signature,
        payment.signed === undefined ? undefined : payment.signed ? t.result.signed : t.result.unsigned,
      ],
    ])}
    ${facts(t.result.amounts, [
      [t.result.amount, money(payment.amount)],
      [t.result.paidAmount, money(payment.paidAmount)],
      [t.result.refundedAmount, money(payment.refundedAmount)],
      [t.result.installment, payment.installment],
    ])}
    ${facts(
      t.result.ids,
      Object.entries(payment.ids).map(([key, value]) => [
        key,
        html`<code>${Array.isArray(value) ? value.join(', ') : value}</code>`,
      ]),
    )}
    ${
      payment.card
        ? facts(
            t.result.card,
            Object.entries(payment.card).map(([key, value]) => [key, value]),
          )
        : ''
    }
    ${payment.fraud ? facts(t.result.fraud, [[t.result.fraud, t.fraud[payment.fraud] ?? payment.fraud]]) : ''}
    ${
      payment.failure
        ? facts(
            t.result.failure,
            Object.entries(payment.failure).map(([key, value]) => [key, value]),
          )
        : ''
    }
  </div>
  ${payment.items?.length ? itemsTable(ctx, payment) : ''}
  ${payment.attempts?.length ? attemptsTimeline(ctx, payment) : ''}
</div>`
}

function sessionSummary(ctx: PageContext, session: NormalizedSession, extra: ResultContext): Html {
  const { t } = ctx
  return html`<div class="summary">
  <p class="status-line">${statusBadge(ctx, session.status)}</p>
  <p class="explanation" data-testid="explanation">${session.explanation}</p>
  <div class="facts">
    ${facts(t.result.session, [
      [t.result.rawStatus, html`<code>${session.rawStatus}</code>`],
      [t.result.reason, html`<code data-testid="reason">${session.reason}</code>`],
      [t.result.source, html`<code>${session.source}</code>`],
      [t.result.sessionToken, session.sessionToken],
      [t.result.memberId, session.memberId],
      [t.result.paymentMethod, session.paymentMethod],
      ...times(ctx, session, extra),
    ])}
  </div>
</div>`
}

type Fact = readonly [string, Html | string | number | undefined]

/**
 * "Checked at" is always this demo's own clock, when it received the answer: one source for every
 * provider and scenario (a simulator replays recorded bodies, whose clocks say when they were
 * recorded). The provider's own clock, where its answer carries one, is shown beside it as such.
 */
function times(ctx: PageContext, result: NormalizedResult, extra: ResultContext): Fact[] {
  const { t } = ctx
  const occurredAt = result.kind === 'payment' ? result.occurredAt : undefined
  return [
    [t.result.checkedAt, timeTag(ctx, extra.receivedAt, 'checked-at')],
    [t.result.providerClock, timeTag(ctx, result.checkedAt, 'provider-clock')],
    [t.result.occurredAt, occurredAt === undefined ? undefined : timeTag(ctx, occurredAt, 'occurred-at')],
  ]
}

function timeTag(ctx: PageContext, iso: string, testId?: string): Html {
  return html`<time datetime="${iso}" title="${iso}"${testId ? html` data-testid="${testId}"` : ''}>${formatTime(iso, ctx.lang)}</time>`
}

function facts(heading: string, rows: readonly Fact[]): Html | string {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '')
  if (shown.length === 0) return ''
  return html`<section class="fact-group"><h3>${heading}</h3><dl>${shown.map(
    ([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`,
  )}</dl></section>`
}

function money(value: Money | undefined): string | undefined {
  return value === undefined ? undefined : `${value.amount} ${value.currency}`
}

function itemsTable(ctx: PageContext, payment: NormalizedPayment): Html {
  const { t } = ctx
  return html`<div class="table-scroll"><table class="items">
  <caption>${t.result.items}</caption>
  <thead><tr><th scope="col">${t.result.itemId}</th><th scope="col">${t.result.itemStatus}</th><th scope="col">${t.result.itemRefund}</th><th scope="col">${t.result.price}</th><th scope="col">${t.result.paidAmount}</th><th scope="col">${t.result.payout}</th><th scope="col">${t.result.refundedAmount}</th></tr></thead>
  <tbody>${(payment.items ?? []).map(
    (item) =>
      html`<tr><th scope="row"><code>${item.id ?? item.transactionId ?? '—'}</code></th><td>${t.itemStatuses[item.status] ?? item.status}${
        item.rawStatus ? html` <small>(<code>${item.rawStatus}</code>)</small>` : ''
      }</td><td data-testid="item-refund">${itemRefundState(ctx, payment, item.refunded)}</td><td>${money(item.price) ?? '—'}</td><td>${money(item.paidPrice) ?? '—'}</td><td>${money(item.payout) ?? '—'}</td><td>${money(item.refunded) ?? '—'}</td></tr>`,
  )}</tbody>
</table></div>`
}

/**
 * What became of one item's money, from the whole result: a cancel voids the whole payment (so every
 * item), a refund shows on the item it was made for. Without a refund check the item's state is unknown.
 */
function itemRefundState(ctx: PageContext, payment: NormalizedPayment, refunded: Money | undefined): string {
  const { t } = ctx
  if (payment.status === 'CANCELLED') return t.itemRefunds.cancelled
  if (refunded !== undefined) return t.itemRefunds.refunded.replace('{amount}', money(refunded)!)
  if (payment.status === 'REFUNDED') return t.itemRefunds.refundedWithPayment
  return payment.refundsChecked === true ? t.itemRefunds.none : t.itemRefunds.notChecked
}

/**
 * Every answer the providers gave while durum worked out this result, in order: for a cancel or a
 * refund the last one is usually the reporting answer that decided it, while the first (shown below
 * as the raw body) may still say SUCCESS. Each body is shown as the provider wrote it (redacted), so
 * its numbers keep every digit.
 */
function providerAnswers(
  ctx: PageContext,
  result: NormalizedResult,
  answers: readonly ProviderAnswer[],
): Html {
  const { t } = ctx
  return html`<section class="answers" aria-labelledby="answers-heading">
  <h3 id="answers-heading">${t.result.answersHeading}</h3>
  <p class="note">${t.result.answersNote}</p>
  <ol>${answers.map(
    (answer, index) => html`<li data-source="${answer.source}">
      <details${index === answers.length - 1 && answer.source !== result.source ? ' open' : ''}>
        <summary><code>${answer.source}</code> · HTTP ${answer.status}${
          answer.source === result.source ? '' : html` · <strong>${t.result.alsoAsked}</strong>`
        }</summary>
        <pre class="json" tabindex="0">${answer.body}</pre>
      </details>
    </li>`,
  )}</ol>
</section>`
}

function attemptsTimeline(ctx: PageContext, payment: NormalizedPayment): Html {
  return html`<section class="attempts" aria-labelledby="attempts-heading">
  <h3 id="attempts-heading">${ctx.t.result.attempts}</h3>
  <ol class="timeline">${(payment.attempts ?? []).map(
    (attempt) =>
      html`<li>
      ${(attempt.updatedAt ?? attempt.createdAt) ? timeTag(ctx, (attempt.updatedAt ?? attempt.createdAt)!) : ''}
      ${statusBadge(ctx, attempt.status)} <code>${attempt.rawStatus}</code>
      ${attempt.amount ? html`<span>${money(attempt.amount)}</span>` : ''}
      ${attempt.reference ? html`<span>ref <code>${attempt.reference}</code></span>` : ''}
      ${attempt.transactionId ? html`<span>tx <code>${attempt.transactionId}</code></span>` : ''}
      ${
        attempt.failure?.message && attempt.failure.message !== attempt.rawStatus
          ? html`<span class="failure">${attempt.failure.message}</span>`
          : ''
      }
    </li>`,
  )}</ol>
</section>`
}

/** A failed query: the typed error, said plainly, and why it is not a payment status. */
export function renderError(ctx: PageContext, body: ErrorBody, httpStatus: number): Html {
  const { error } = body
  const { t } = ctx
  return html`<section class="query-error" role="alert" data-code="${error.code}" data-http-status="${httpStatus}">
  <h2>${statusBadge(ctx, 'ERROR', t.errors.codes[error.code] ?? error.code)} ${t.errors.heading}</h2>
  <p data-testid="error-message">${error.message}</p>
  ${typeof error.reason === 'string' ? html`<p><span class="label">${t.result.reason}:</span> <code data-testid="reason">${error.reason}</code></p>` : ''}
  <p class="note">${t.errors.note}</p>
  <pre class="json" tabindex="0">${JSON.stringify(body, null, 2)}</pre>
</section>`
}
