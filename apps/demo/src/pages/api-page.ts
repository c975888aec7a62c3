import { html } from 'hono/html'
import { HTTP_STATUS_BY_CODE } from '../api/error-response'
import type { DemoScenario } from '../demo-types'
import { QUERY_FIELDS, queryToParams, SESSION_PARAMS } from '../query/query-fields'
import { layout } from './layout'
import type { PageContext } from './page-context'

/**
 * One curl line per way of asking each provider: with a real simulator id where the provider runs on
 * its simulator (so the line runs as pasted), with `…` where it is live.
 */
function statusExamples(origin: string, scenarios: readonly DemoScenario[], providers: readonly string[]) {
  return providers.flatMap((provider) =>
    (QUERY_FIELDS[provider] ?? []).map((field) => {
      const scenario = scenarios.find(
        (s) => s.provider === provider && field in s.query && 'status' in s.expect,
      )
      const params =
        scenario === undefined
          ? field === 'session'
            ? `provider=${provider}&${SESSION_PARAMS.checkoutFormToken}=…&${SESSION_PARAMS.paymentId}=…`
            : `provider=${provider}&${field}=…`
          : String(queryToParams(scenario.query))
      return `curl '${origin}/api/status?${params}'`
    }),
  )
}

/** The JSON API, described where a developer trying the demo will look for it. */
export function apiPage(ctx: PageContext, scenarios: readonly DemoScenario[]) {
  const origin = ctx.url.origin
  return layout(
    ctx,
    ctx.t.api.heading,
    html`<h2>GET /api/status</h2>
<pre tabindex="0">${statusExamples(origin, scenarios, Object.keys(ctx.modes)).join('\n')}</pre>
<p>200: the normalized result. Otherwise <code>{ "error": { "code", "message", "field"?, "param"?, "provider"?, "providerStatus"?, … } }</code>:</p>
<table>
  <thead><tr><th scope="col">code</th><th scope="col">HTTP</th></tr></thead>
  <tbody>${Object.entries(HTTP_STATUS_BY_CODE).map(([code, status]) => html`<tr><td><code>${code}</code></td><td>${status}</td></tr>`)}
  <tr><td><code>internal</code></td><td>500</td></tr>
  <tr><td><code>host_not_allowed</code></td><td>403</td></tr></tbody>
</table>
<h2>POST /api/statuses</h2>
<pre tabindex="0">curl -X POST '${origin}/api/statuses' -H 'content-type: application/json' \\
  -d '{"queries":[{"provider":"iyzico","paymentId":"…"},{"provider":"esnekpos","sendPaymentRequestId":"…"}]}'
jq -Rs '{text: ., provider: "iyzico", by: "paymentId"}' ids.txt |
  curl -X POST '${origin}/api/statuses' -H 'content-type: application/json' -d @-
jq -Rs '{text: .}' payments.csv | curl -X POST '${origin}/api/statuses' -H 'content-type: application/json' -d @-</pre>
<p>JSON only: any other content type is a 415 (<code>unsupported_media_type</code>), so no page on another site can start a batch.</p>
<p>The answer is NDJSON (<code>application/x-ndjson</code>), one JSON object per line:
<code>{"type":"start","total"}</code>, then per query <code>{"type":"result","index","query","ok","paid","result"}</code> (<code>paid</code> is <code>isPaid(result)</code>) or <code>{"type":"result","index","query","ok","error"}</code>
followed by <code>{"type":"progress","started","completed","succeeded","failed","total"}</code>, and last
<code>{"type":"done","summary"}</code> (its <code>paid</code> counts the results proven paid). Input that cannot be read is a 400 before any line.</p>`,
  )
}
