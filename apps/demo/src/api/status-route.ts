import type { Locale } from '@durum/status-normalizer'
import type { Context } from 'hono'
import type { DemoNormalizer } from '../demo-types'
import { parseStatusQuery } from '../query/parse-status-query'
import { refuseRepeatedParams } from '../query/refuse-repeated-params'
import { errorReply } from './reply'

/**
 * `GET /api/status?provider=…&<id>=…`: the normalized result, or a typed error with a fitting status,
 * written in `?lang=` or the `Accept-Language` (English by default; `reason` codes are the same).
 */
export function statusRoute(
  normalizer: DemoNormalizer,
  providers: readonly string[],
  localeOf: (c: Context) => Locale,
) {
  return async (c: Context) => {
    try {
      const params = new URL(c.req.url).searchParams
      const locale = localeOf(c)
      refuseRepeatedParams(params, locale)
      const query = parseStatusQuery((name) => params.get(name) ?? undefined, providers, locale)
      const result = await normalizer.getStatus(query, { signal: c.req.raw.signal, locale })
      return c.json(result)
    } catch (error) {
      return errorReply(c, error)
    }
  }
}
