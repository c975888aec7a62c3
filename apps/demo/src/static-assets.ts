import { readFile } from 'node:fs/promises'
import type { Context } from 'hono'

// A Map, not an object literal: a name every object inherits (`__proto__`, `toString`) must not be found.
const TYPES: ReadonlyMap<string, string> = new Map([
  ['app.js', 'text/javascript; charset=utf-8'],
  ['style.css', 'text/css; charset=utf-8'],
])

// Beside this module in src/ (tests) and beside dist/main.js once built (tsdown copies src/public).
const publicDir = new URL('./public/', import.meta.url)

/** The browser files: plain JS and CSS, served as written. Only the listed names, so no path tricks. */
export async function serveAsset(c: Context): Promise<Response> {
  const name = c.req.param('name') ?? ''
  const type = TYPES.get(name)
  if (type === undefined) return c.notFound()
  const body = await readFile(new URL(name, publicDir), 'utf8')
  return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' })
}
