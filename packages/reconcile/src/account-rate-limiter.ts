import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { accountLimitKeys, type Names } from './reconcile-keys'
import type { RateLimit } from './reconcile-types'
import { redisScript } from './redis-script'

// A sliding-window log per account, in one Lua script so every worker on every machine sees one
// count, on Redis's clock (TIME), never a worker's. A query is admitted when its `cost` starts still
// fit in the last `durationMs`; otherwise the script answers how long until they will, without
// recording anything. A provider's "slow down" (`blocked-until`) holds every worker back too.
const ACQUIRE = redisScript(`
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return blocked - now end
local max, duration, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - duration)
local used = redis.call('ZCARD', KEYS[1])
if used + cost <= max then
  for i = 1, cost do redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. i) end
  redis.call('PEXPIRE', KEYS[1], duration)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], used + cost - max - 1, used + cost - max - 1, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + duration - now)
`)

const BLOCK = redisScript(`
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], until_, 'PX', ARGV[1])
end
return until_
`)

/** A rate limit and how many of its units one query may spend (iyzico's refund check is a second request). */
export interface AccountRateLimit extends RateLimit {
  /** Requests one query may send; the default 1. */
  requestsPerQuery?: number
}

export function checkRateLimit(limit: AccountRateLimit, accountId: string): void {
  const cost = limit.requestsPerQuery ?? 1
  const fine =
    Number.isSafeInteger(limit.max) &&
    limit.max >= 1 &&
    Number.isSafeInteger(limit.durationMs) &&
    limit.durationMs >= 1 &&
    Number.isSafeInteger(cost) &&
    cost >= 1 &&
    cost <= limit.max
  if (!fine) {
    throw new RangeError(
      `rateLimit for account ${accountId}: max, durationMs and requestsPerQuery must be positive integers, requestsPerQuery at most max`,
    )
  }
}

export interface AccountRateLimiter {
  /** 0 when the query may start now (its start is recorded), else the milliseconds to wait. */
  acquire(accountId: string, limit: AccountRateLimit): Promise<number>
  /** Holds every worker back from this account for `ms` (a provider's `Retry-After`). */
  block(accountId: string, ms: number): Promise<void>
}

export function createAccountRateLimiter(redis: Redis, names: Names): AccountRateLimiter {
  return {
    async acquire(accountId, limit) {
      const keys = accountLimitKeys(names, accountId)
      const cost = limit.requestsPerQuery ?? 1
      const wait = await ACQUIRE.run(
        redis,
        [keys.starts, keys.blockedUntil],
        [limit.max, limit.durationMs, cost, randomUUID()],
      )
      return Number(wait)
    },
    async block(accountId, ms) {
      if (!(ms > 0)) return
      await BLOCK.run(redis, [accountLimitKeys(names, accountId).blockedUntil], [Math.ceil(ms)])
    },
  }
}
