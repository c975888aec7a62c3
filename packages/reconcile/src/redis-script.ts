import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'

export interface RedisScript {
  run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown>
}

/**
 * A Lua script sent by its SHA-1 (EVALSHA), and in full only when the server does not know it yet:
 * after a restart without the script cache, for instance.
 */
export function redisScript(lua: string): RedisScript {
  const sha = createHash('sha1').update(lua).digest('hex')
  return {
    async run(redis, keys, args) {
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...args)
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error
        return redis.eval(lua, keys.length, ...keys, ...args)
      }
    },
  }
}
