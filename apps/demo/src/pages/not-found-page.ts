import { html } from 'hono/html'
import { layout } from './layout'
import { href, type PageContext } from './page-context'

/** A browser that follows a wrong link gets a page with the way back, not a JSON error. */
export function notFoundPage(ctx: PageContext, path: string) {
  const { t } = ctx
  return layout(
    ctx,
    t.notFound.heading,
    html`<p data-testid="not-found">${t.notFound.text.replace('{path}', path)}</p>
<ul>
  <li><a href="${href(ctx, '/')}">${t.nav.query}</a></li>
  <li><a href="${href(ctx, '/scenarios')}">${t.nav.scenarios}</a></li>
  <li><a href="${href(ctx, '/api')}">${t.nav.api}</a></li>
</ul>`,
  )
}
