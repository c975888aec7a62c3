import { html, raw } from 'hono/html'
import { fieldsOf } from '../query/query-fields'
import { layout } from './layout'
import type { PageContext } from './page-context'
import { STATUS_STYLE } from './status-style'

/**
 * app.js posts the form as JSON to the NDJSON batch API (which takes nothing else, so no page on
 * another site can start a batch) and fills the progress, summary and table as lines arrive. The labels app.js needs travel in a JSON block, so the browser file stays static.
 */
export function batchPage(ctx: PageContext) {
  const { t } = ctx
  const providers = Object.keys(ctx.modes)
  const clientText = {
    statuses: t.statuses,
    statusOrder: Object.keys(STATUS_STYLE),
    errors: t.errors.codes,
    errorOrder: Object.keys(t.errors.codes),
    styles: STATUS_STYLE,
    progressText: t.batch.progressText,
    done: t.batch.done,
    paid: t.result.paid,
    notPaid: t.result.notPaid,
    fields: t.fields,
  }
  return layout(
    ctx,
    t.batch.heading,
    html`<p class="intro">${t.batch.intro}</p>
<noscript><p class="note">${t.batch.noScript}</p></noscript>
<form class="batch-form" data-testid="batch-form">
  <div class="row">
    <div class="field">
      <label for="batch-provider">${t.query.provider}</label>
      <select id="batch-provider" name="provider">
        ${providers.map((p) => html`<option value="${p}">${p}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="batch-by">${t.query.by}</label>
      <select id="batch-by" name="by">
        ${providers.map(
          (p) =>
            html`<optgroup label="${p}" data-provider="${p}">${fieldsOf(p)
              .filter((f) => f !== 'session')
              .map(
                (field) => html`<option value="${field}">${t.fields[field] ?? field}</option>`,
              )}</optgroup>`,
        )}
      </select>
    </div>
  </div>
  <div class="field">
    <label for="batch-ids">${t.batch.ids}</label>
    <textarea id="batch-ids" name="ids" rows="8" spellcheck="false" aria-describedby="batch-error"></textarea>
  </div>
  <div class="field">
    <label for="batch-file">${t.batch.file}</label>
    <input id="batch-file" name="file" type="file" accept=".csv,text/csv,text/plain">
  </div>
  <button type="submit">${t.batch.submit}</button>
  <p id="batch-error" class="form-error" role="alert" hidden></p>
</form>
<section class="batch-output" aria-labelledby="batch-progress-label" hidden data-testid="batch-output">
  <div class="progress">
    <label id="batch-progress-label" for="batch-progress">${t.batch.progress}</label>
    <progress id="batch-progress" max="1" value="0"></progress>
    <p id="batch-progress-text" role="status" aria-live="polite"></p>
  </div>
  <h2>${t.batch.summary}</h2>
  <ul class="summary-list" data-testid="batch-summary"></ul>
  <p><button type="button" id="batch-download" disabled>${t.batch.download}</button></p>
  <div class="table-scroll">
  <table class="results" data-testid="batch-results">
    <caption>${t.batch.results}</caption>
    <thead><tr><th scope="col">${t.batch.index}</th><th scope="col">${t.query.provider}</th><th scope="col">${t.batch.query}</th><th scope="col">${t.batch.status}</th><th scope="col">${t.batch.detail}</th></tr></thead>
    <tbody></tbody>
  </table>
  </div>
</section>
<script type="application/json" id="durum-text">${raw(JSON.stringify(clientText).replace(/</g, '\\u003c'))}</script>`,
  )
}
