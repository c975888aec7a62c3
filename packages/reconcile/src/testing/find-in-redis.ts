import { Redis } from 'ioredis'

/** Every value a key holds, as text; `undefined` for a type this scan cannot read. */
async function valuesOf(redis: Redis, key: string, type: string): Promise<string[] | undefined> {
  switch (type) {
    case 'string':
      return [(await redis.get(key)) ?? '']
    case 'hash':
      return Object.entries(await redis.hgetall(key)).flat()
    case 'list':
      return redis.lrange(key, 0, -1)
    case 'set':
      return redis.smembers(key)
    case 'zset':
      return redis.zrange(key, 0, -1, 'WITHSCORES')
    case 'stream':
      return (await redis.xrange(key, '-', '+')).flatMap(([id, fields]) => [id, ...fields])
    default:
      return undefined
  }
}

/**
 * Scans every key of the Redis at `url` (SCAN, then each key's values by type) and answers where
 * any of `needles` occurs, as `<key> holds <needle>`: for tests that no credential reached Redis.
 * A key of a type it cannot read is reported too, so nothing goes unchecked.
 */
export async function findInRedis(url: string, needles: readonly string[]): Promise<string[]> {
  const redis = new Redis(url, { maxRetriesPerRequest: null })
  const found: string[] = []
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'COUNT', 500)
      cursor = next
      for (const key of keys) {
        const type = await redis.type(key)
        const values = await valuesOf(redis, key, type)
        if (values === undefined) {
          found.push(`${key} is a ${type}, which this scan cannot read`)
          continue
        }
        const text = [key, ...values].join('\n')
        for (const needle of needles) if (text.includes(needle)) found.push(`${key} holds ${needle}`)
      }
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
  return found
}
