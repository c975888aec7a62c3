import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkRateLimit, createAccountRateLimiter } from './account-rate-limiter'
import { redisTestsSkipReason } from './testing/redis-test-plan'
import { type RedisServer, startRedisServer } from './testing/start-redis-server'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping the rate limiter's Redis tests: ${noRedis}.`)

let server: RedisServer
let redis: Redis
beforeAll(async () => {
  if (noRedis !== undefined) return
  server = await startRedisServer({ appendOnly: false })
  redis = new Redis(server.url, { maxRetriesPerRequest: null })
})
afterAll(async () => {
  redis?.disconnect()
  await server?.stop()
})

const names = { prefix: 'durum', queueName: 'limiter-test' }

describe.skipIf(noRedis !== undefined)('the account rate limiter', () => {
  it('admits max starts per window, then says how long until the oldest leaves it', async () => {
    const limiter = createAccountRateLimiter(redis, names)
    const limit = { max: 3, durationMs: 10_000 }
    const waits = []
    for (let index = 0; index < 4; index++) waits.push(await limiter.acquire('merchant-a', limit))
    expect(waits.slice(0, 3)).toEqual([0, 0, 0])
    expect(waits[3]).toBeGreaterThan(9_000)
    expect(waits[3]).toBeLessThanOrEqual(10_000)
    // Another account has its own window.
    expect(await limiter.acquire('merchant-b', limit)).toBe(0)
  })

  it('counts a query that sends two requests twice', async () => {
    const limiter = createAccountRateLimiter(redis, names)
    const limit = { max: 3, durationMs: 10_000, requestsPerQuery: 2 }
    expect(await limiter.acquire('merchant-c', limit)).toBe(0)
    expect(await limiter.acquire('merchant-c', limit)).toBeGreaterThan(9_000)
  })

  it('holds an account back for as long as its provider asked', async () => {
    const limiter = createAccountRateLimiter(redis, names)
    await limiter.block('merchant-d', 5_000)
    const wait = await limiter.acquire('merchant-d', { max: 100, durationMs: 1000 })
    expect(wait).toBeGreaterThan(4_000)
    expect(wait).toBeLessThanOrEqual(5_000)
  })

  it('refuses a limit no query could meet', () => {
    expect(() => checkRateLimit({ max: 1, durationMs: 1000, requestsPerQuery: 2 }, 'merchant-e')).toThrow(
      'rateLimit for account merchant-e: max, durationMs and requestsPerQuery must be positive integers, requestsPerQuery at most max',
    )
    expect(() => checkRateLimit({ max: 0, durationMs: 1000 }, 'merchant-e')).toThrow(RangeError)
  })
})
