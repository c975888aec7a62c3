import type { NormalizedResult } from '@durum/status-normalizer'
import { html } from 'hono/html'
import type { ErrorBody } from '../api/error-response'
import type { DemoQuery, DemoScenario } from '../demo-types'
import { describeQuery, fieldToParam, SESSION_PARAMS } from '../query/query-fields'
import { layout } from './layout'
import type { PageContext } from './page-context'
import { type QueryFormValues, queryForm } from './query-form'
import { type ResultContext, renderError, renderResult } from './render-result'
import { tryLinks } from './try-links'

export type QueryOutcome =
  | { state: 'empty' }
  | ({ state: 'result'; query: DemoQuery; result: NormalizedResult } & ResultContext)
  | {
      state: 'error'
      query: DemoQuery | undefined
      params: URLSearchParams
      error: ErrorBody
      httpStatus: number
    }

export function queryPage(ctx: PageContext, outcome: QueryOutcome, scenarios: readonly DemoScenario[]) {
  const { t } = ctx
  const values = formValues(ctx, outcome)
  return layout(
    ctx,
    t.query.heading,
    html`<p class="intro">${t.query.intro}</p>
${queryForm(ctx, values)}
${tryLinks(ctx, scenarios)}
${outcome.state === 'result' ? renderResult(ctx, outcome.result, outcome) : ''}
${outcome.state === 'error' ? html`<div id="query-error">${renderError(ctx, outcome.error, outcome.httpStatus)}</div>` : ''}`,
  )
}

function formValues(ctx: PageContext, outcome: QueryOutcome): QueryFormValues {
  const first = Object.keys(ctx.modes)[0] ?? ''
  if (outcome.state === 'empty')
    return { provider: first, by: '', value: '', sessionPaymentId: '', payableUntil: '' }
  if (outcome.state === 'result' || outcome.query !== undefined) {
    const query = outcome.query!
    const session = query.session as { checkoutFormToken?: string; paymentId?: string } | undefined
    const { field, value } = describeQuery(query)
    return {
      provider: query.provider,
      by: field,
      value: session ? (session.checkoutFormToken ?? '') : value,
      sessionPaymentId: session?.paymentId ?? '',
      payableUntil: typeof query.payableUntil === 'string' ? query.payableUntil : '',
      ...invalidField(outcome),
    }
  }
  // The query did not parse: put back what the user typed, in either URL spelling.
  const params = outcome.params
  const by =
    params.get('by') ??
    [
      'paymentId',
      'paymentConversationId',
      'checkoutFormToken',
      'sendPaymentRequestId',
      'orderReference',
      'merchantOid',
    ].find((f) => params.has(f)) ??
    ''
  return {
    provider: params.get('provider') ?? first,
    by,
    value: params.get('value') ?? params.get(by) ?? params.get(SESSION_PARAMS.checkoutFormToken) ?? '',
    sessionPaymentId: params.get(SESSION_PARAMS.paymentId) ?? '',
    payableUntil: params.get('payableUntil') ?? '',
    ...invalidField(outcome),
  }
}

function invalidField(outcome: QueryOutcome): Pick<QueryFormValues, 'invalid' | 'errorId'> {
  if (outcome.state !== 'error' || outcome.error.error.code !== 'validation') return {}
  const param = fieldToParam(String(outcome.error.error.field ?? ''))
  // An id named in the API spelling is typed into the form's single value box.
  const invalid = ['provider', 'by', SESSION_PARAMS.paymentId, 'payableUntil'].includes(param)
    ? param
    : 'value'
  return { invalid, errorId: 'query-error' }
}
