import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { PageContext } from './page-context'
import { href } from './page-context'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

const NAV = [
  ['/', 'query'],
  ['/batch', 'batch'],
  ['/scenarios', 'scenarios'],
  ['/api', 'api'],
] as const

/** The page shell: landmarks, skip link, navigation, language switch and the provider modes. */
export function layout(ctx: PageContext, title: string, body: Html): Html {
  const { t } = ctx
  const other = ctx.lang === 'en' ? 'tr' : 'en'
  const switchUrl = new URL(ctx.url)
  switchUrl.searchParams.set('lang', other)
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.appTitle}</title>
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site">
  <div class="brand"><a href="${href(ctx, '/')}"><strong>durum</strong></a> <span>${t.tagline}</span></div>
  <nav aria-label="${t.appTitle}">
    <ul>
      ${NAV.map(
        ([path, key]) =>
          html`<li><a href="${href(ctx, path)}"${ctx.url.pathname === path ? html` aria-current="page"` : ''}>${t.nav[key]}</a></li>`,
      )}
    </ul>
  </nav>
  <a class="lang" href="${switchUrl.pathname}${switchUrl.search}" hreflang="${other}" lang="${other}">${other === 'tr' ? 'Türkçe' : 'English'}</a>
</header>
<aside class="modes" aria-label="${t.modes.label}">
  <ul>
    ${Object.entries(ctx.modes).map(
      ([provider, mode]) =>
        html`<li data-provider="${provider}" data-mode="${mode.mode}"><strong>${provider}</strong>: ${
          mode.mode === 'live' ? html`${t.modes.live} (<code>${mode.baseUrl}</code>)` : t.modes.simulator
        }</li>`,
    )}
  </ul>
</aside>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
<footer class="site"><p>${t.footer}</p></footer>
</body>
</html>`
}
