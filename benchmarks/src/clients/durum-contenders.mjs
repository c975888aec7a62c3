import { createStatusNormalizer } from '@durum/status-normalizer'

/**
 * durum's two contenders for one provider: on the Node build's path, and on the default build's path
 * (over `fetch`), as Bun, Deno and edge runtimes run it. Each resolves once the status reads SUCCEEDED.
 */
export function durumContenders(createProvider, query) {
  const durumWith = (options) => {
    const normalizer = createStatusNormalizer({ providers: [createProvider(options)] })
    return async () => {
      const result = await normalizer.getStatus(query)
      if (result.status !== 'SUCCEEDED') throw new Error(`durum read ${result.status}`)
    }
  }
  return { durum: durumWith({}), 'durum (fetch)': durumWith({ fetch: globalThis.fetch }) }
}
