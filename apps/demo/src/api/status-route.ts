import type { Context } from 'hono'
import type { DemoNormalizer } from '../demo-types'
import { parseStatusQuery } from '../query/parse-status-query'
import { errorReply } from './reply'

/** `GET /api/status?provider=…&<id>=…`: the normalized result, or a typed error with a fitting status. */
export function statusRoute(normalizer: DemoNormalizer, providers: readonly string[]) {
  return async (c: Context) => {
    try {
      const query = parseStatusQuery((name) => c.req.query(name), providers)
      const result = await normalizer.getStatus(query, { signal: c.req.raw.signal })
      return c.json(result)
    } catch (error) {
      return errorReply(c, error)
    }
  }
}
