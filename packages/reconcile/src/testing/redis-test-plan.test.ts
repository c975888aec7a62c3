import { describe, expect, it } from 'vitest'
import { redisTestsSkipReason } from './redis-test-plan'

describe('redisTestsSkipReason', () => {
  it('skips locally without a redis-server, saying how to get one', () => {
    expect(redisTestsSkipReason({ REDIS_SERVER: '/nonexistent/redis-server' })).toBe(
      'no /nonexistent/redis-server here (the redis-server package on Debian, or set REDIS_SERVER to its path); under CI=true they fail instead',
    )
  })

  it('never skips under CI=true: a missing server must fail the run there', () => {
    expect(redisTestsSkipReason({ CI: 'true', REDIS_SERVER: '/nonexistent/redis-server' })).toBeUndefined()
  })

  it('runs where the binary answers', () => {
    // `node --version` exits 0 like `redis-server --version`; the probe asks no more than that.
    expect(redisTestsSkipReason({ REDIS_SERVER: process.execPath })).toBeUndefined()
  })
})
