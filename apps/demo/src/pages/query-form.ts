import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { fieldsOf, SESSION_PARAMS } from '../query/query-fields'
import type { PageContext } from './page-context'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export interface QueryFormValues {
  provider: string
  by: string
  value: string
  sessionPaymentId: string
  payableUntil: string
  /** The form field a validation error names, to mark it invalid. */
  invalid?: string | undefined
  errorId?: string | undefined
}

/** A plain GET form: works without JavaScript; app.js only hides the id types of the other provider. */
export function queryForm(ctx: PageContext, values: QueryFormValues): Html {
  const { t } = ctx
  const providers = Object.keys(ctx.modes)
  const invalid = (field: string) =>
    values.invalid === field ? html` aria-invalid="true" aria-describedby="${values.errorId ?? ''}"` : ''
  return html`<form class="query-form" method="get" action="/" data-testid="query-form">
  <input type="hidden" name="lang" value="${ctx.lang}">
  <div class="field">
    <label for="provider">${t.query.provider}</label>
    <select id="provider" name="provider"${invalid('provider')}>
      ${providers.map((p) => html`<option value="${p}"${p === values.provider ? ' selected' : ''}>${p}</option>`)}
    </select>
  </div>
  <div class="field">
    <label for="by">${t.query.by}</label>
    <select id="by" name="by"${invalid('by')}>
      ${providers.map(
        (p) =>
          html`<optgroup label="${p}" data-provider="${p}">${fieldsOf(p).map(
            (field) =>
              html`<option value="${field}"${field === values.by && p === values.provider ? ' selected' : ''}>${t.fields[field] ?? field}</option>`,
          )}</optgroup>`,
      )}
    </select>
  </div>
  <div class="field">
    <label for="value" data-label="${t.query.value}" data-session-label="${t.fields.checkoutFormToken}">${
      values.by === 'session' ? t.fields.checkoutFormToken : t.query.value
    }</label>
    <input id="value" name="value" value="${values.value}" autocomplete="off" spellcheck="false"${invalid('value')}>
  </div>
  <div class="field" data-session-only>
    <label for="${SESSION_PARAMS.paymentId}">${t.query.sessionPaymentId}</label>
    <input id="${SESSION_PARAMS.paymentId}" name="${SESSION_PARAMS.paymentId}" value="${values.sessionPaymentId}" autocomplete="off" spellcheck="false"${invalid(SESSION_PARAMS.paymentId)}>
  </div>
  <div class="field" data-provider-only="paytr"${values.provider === 'paytr' ? '' : ' hidden'}>
    <label for="payableUntil">${t.query.payableUntil}</label>
    <input id="payableUntil" name="payableUntil" value="${values.payableUntil}" placeholder="2026-12-07T10:30:00+03:00" autocomplete="off" spellcheck="false"${invalid('payableUntil')}>
  </div>
  <button type="submit">${t.query.submit}</button>
</form>`
}
