import { Redis } from 'ioredis'
import type { RedisConnection } from './reconcile-types'

/**
 * An ioredis client that waits out a Redis restart instead of failing commands
 * (`maxRetriesPerRequest: null`, as BullMQ requires of its workers' connections).
 */
export function createRedisClient(connection: RedisConnection): Redis {
  return typeof connection === 'string'
    ? new Redis(connection, { maxRetriesPerRequest: null })
    : new Redis({ ...connection, maxRetriesPerRequest: null })
}
