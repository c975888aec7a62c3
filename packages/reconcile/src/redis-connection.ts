import { Redis } from 'ioredis'
import type { RedisConnection } from './reconcile-types'

/**
 * An ioredis client. A worker's waits out any Redis outage (`maxRetriesPerRequest: null`, as BullMQ
 * requires of workers). Enqueue and report clients ride out a restart too, but give up after ten
 * reconnection attempts (about 20 s) so a wrong URL or a Redis that is gone fails instead of
 * hanging; options given as an object may say otherwise.
 */
export function createRedisClient(connection: RedisConnection, role: 'worker' | 'client'): Redis {
  const retries = role === 'worker' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 10 }
  const client =
    typeof connection === 'string'
      ? new Redis(connection, retries)
      : new Redis(role === 'worker' ? { ...connection, ...retries } : { ...retries, ...connection })
  // ioredis reconnects by itself; a lost connection reaches callers as the commands it fails (and a
  // worker's through BullMQ's 'error' event), so the client's own event would only be console noise.
  client.on('error', () => {})
  return client
}
