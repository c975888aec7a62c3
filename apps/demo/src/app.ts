import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { toErrorResponse } from './api/error-response'
import { errorReply, logUnexpected } from './api/reply'
import { statusRoute } from './api/status-route'
import { type BatchSettings, statusesRoute } from './api/statuses-route'
import type { DemoNormalizer, DemoQuery, DemoScenario, ProviderMode } from './demo-types'
import { type HostRule, isAllowedHost, LOOPBACK_HOSTNAMES } from './host-check'
import { MESSAGES, pickLang } from './i18n/pick-lang'
import { apiPage } from './pages/api-page'
import { batchPage } from './pages/batch-page'
import { notFoundPage } from './pages/not-found-page'
import type { PageContext } from './pages/page-context'
import { queryPage } from './pages/query-page'
import { scenariosPage } from './pages/scenarios-page'
import { parseStatusQuery } from './query/parse-status-query'
import { ID_PARAMS } from './query/query-fields'
import { refuseRepeatedParams } from './query/refuse-repeated-params'
import { createResponseScrubber } from './scrub-secrets'
import { serveAsset } from './static-assets'

export interface DemoAppOptions {
  /** `createStatusNormalizer(...)` over the providers in `modes`. */
  normalizer: DemoNormalizer
  /** The simulator scenarios shown in the gallery. */
  scenarios: readonly DemoScenario[]
  /** Every configured provider and where its answers come from; the keys are the provider names. */
  modes: Readonly<Record<string, ProviderMode>>
  batch?: Partial<BatchSettings>
  /**
   * The `Host` values the demo answers to, read per request (a server on port 0 knows its port only
   * once bound). Default: the loopback names on any port.
   */
  hostRules?: () => readonly HostRule[]
  /** The credentials the providers sign with: no answer of the demo holds them, in any form. */
  secrets?: readonly string[]
}

const LOOPBACK_RULES: readonly HostRule[] = LOOPBACK_HOSTNAMES.map((hostname) => ({ hostname }))

const HOST_REFUSED =
  'This demo answers only to the names it listens on (its own address, localhost, 127.0.0.1 and [::1]) and those in ALLOWED_HOSTS: a page reaching it under another name may be a DNS-rebinding attack.'
const JSON_ONLY =
  'POST /api/statuses takes only application/json, so that a page on another site cannot start a batch: send {"queries": [...]}, or {"text": "<ids or CSV>", "provider": "…", "by": "…"}.'
const NO_CONTENT_TYPE =
  "POST /api/statuses got a body without a Content-Type header. Send it as JSON: add -H 'content-type: application/json' to curl, or headers: { 'content-type': 'application/json' } to fetch."

/** Each path and the methods it takes (HEAD is answered wherever GET is); any other method is a 405. */
const ALLOWED_METHODS: ReadonlyArray<readonly [string, string]> = [
  ['/', 'GET, HEAD'],
  ['/batch', 'GET, HEAD'],
  ['/scenarios', 'GET, HEAD'],
  ['/api', 'GET, HEAD'],
  ['/assets/:name', 'GET, HEAD'],
  ['/favicon.ico', 'GET, HEAD'],
  ['/api/status', 'GET, HEAD'],
  ['/api/statuses', 'POST'],
]

const MAX_BODY_BYTES = 1024 * 1024

/** The demo's web app: pages and JSON API. All status logic lives in the normalizer it is given. */
export function createApp(options: DemoAppOptions): Hono {
  const { normalizer, scenarios, modes } = options
  const providers = Object.keys(modes)
  const batch: BatchSettings = { concurrency: 8, maxQueries: 1000, ...options.batch }
  const hostRules = options.hostRules ?? (() => LOOPBACK_RULES)
  const scrub = createResponseScrubber(options.secrets ?? [])
  const app = new Hono()

  // First in, last out: it sees every answer, errors and refusals included.
  app.use(async (c, next) => {
    await next()
    c.res = await scrub(c.res)
  })
  // DNS rebinding: a page on another site, its name pointed at this machine, is same-origin with
  // the demo in the browser's eyes; only the Host header it sends gives it away.
  app.use(async (c, next) => {
    if (!isAllowedHost(c.req.header('host') ?? new URL(c.req.url).host, hostRules())) {
      return c.json({ error: { code: 'host_not_allowed', message: HOST_REFUSED } }, 403)
    }
    await next()
  })
  app.use(async (c, next) => {
    await next()
    c.header('x-content-type-options', 'nosniff')
    c.header('referrer-policy', 'no-referrer')
    c.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    )
  })

  const context = (c: Context): PageContext => {
    const lang = pickLang(c.req.query('lang'), c.req.header('accept-language'))
    return { lang, t: MESSAGES[lang], url: new URL(c.req.url), modes }
  }

  app.get('/', async (c) => {
    const ctx = context(c)
    const params = new URL(c.req.url).searchParams
    const asked = params.has('by') || ID_PARAMS.some((name) => params.has(name))
    if (!asked) return c.html(queryPage(ctx, { state: 'empty' }, scenarios))
    let query: DemoQuery | undefined
    try {
      refuseRepeatedParams(params, ctx.lang)
      query = parseStatusQuery((name) => params.get(name) ?? undefined, providers, ctx.lang)
      const { result, answers } = await normalizer.getStatusWithAnswers(query, {
        signal: c.req.raw.signal,
        locale: ctx.lang,
      })
      const receivedAt = new Date().toISOString()
      return c.html(queryPage(ctx, { state: 'result', query, result, receivedAt, answers }, scenarios))
    } catch (error) {
      logUnexpected(error)
      const response = toErrorResponse(error)
      return c.html(
        queryPage(
          ctx,
          { state: 'error', query, params, error: response.body, httpStatus: response.status },
          scenarios,
        ),
        response.status as ContentfulStatusCode,
      )
    }
  })
  app.get('/batch', (c) => c.html(batchPage(context(c))))
  app.get('/scenarios', (c) => c.html(scenariosPage(context(c), scenarios)))
  app.get('/api', (c) => c.html(apiPage(context(c), scenarios)))
  app.get('/assets/:name', serveAsset)
  app.get('/favicon.ico', (c) => c.body(null, 204))

  const localeOf = (c: Context) => pickLang(c.req.query('lang'), c.req.header('accept-language'))
  app.get('/api/status', statusRoute(normalizer, providers, localeOf))
  app.post(
    '/api/statuses',
    // A cross-site page can POST text/plain or a form without asking; JSON needs a CORS preflight,
    // which the demo never grants. So only JSON may start a batch of live queries.
    async (c, next) => {
      const header = c.req.header('content-type')
      if (header === undefined || header.trim() === '') {
        return c.json({ error: { code: 'unsupported_media_type', message: NO_CONTENT_TYPE } }, 415)
      }
      const type = header.split(';')[0]!.trim().toLowerCase()
      if (type !== 'application/json') {
        return c.json({ error: { code: 'unsupported_media_type', message: JSON_ONLY } }, 415)
      }
      await next()
    },
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          {
            error: {
              code: 'validation',
              field: 'body',
              message: `The body is larger than ${MAX_BODY_BYTES} bytes; split the list.`,
            },
          },
          413,
        ),
    }),
    statusesRoute(normalizer, providers, batch, localeOf),
  )

  // The right path with the wrong method: say which methods it takes.
  for (const [path, allow] of ALLOWED_METHODS) app.all(path, (c) => methodNotAllowed(c, allow))
  app.notFound((c) => {
    const message = `No page or API at ${c.req.path}.`
    // A browser asking for a page gets one, with the way back; a program gets the JSON error.
    if (prefersHtml(c.req.header('accept'))) return c.html(notFoundPage(context(c), c.req.path), 404)
    return c.json({ error: { code: 'not_found', message } }, 404)
  })
  app.onError((error, c) => errorReply(c, error))
  return app
}

function methodNotAllowed(c: Context, allow: string): Response {
  return c.json(
    {
      error: {
        code: 'method_not_allowed',
        message: `${c.req.path} takes ${allow.replace(', ', ' or ')} requests, not ${c.req.method}.`,
      },
    },
    405,
    { allow },
  )
}

/** Whether an `Accept` header asks for HTML before JSON, as a browser's navigation does. */
export function prefersHtml(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase())
  const html = types.indexOf('text/html')
  const json = types.indexOf('application/json')
  return html !== -1 && (json === -1 || html < json)
}
