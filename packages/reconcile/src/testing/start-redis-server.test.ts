import { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import { redisTestsSkipReason } from './redis-test-plan'
import { type RedisServer, startRedisServer } from './start-redis-server'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping startRedisServer's own Redis tests: ${noRedis}.`)

describe('startRedisServer', () => {
  let server: RedisServer | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it.skipIf(noRedis !== undefined)(
    'serves on loopback and keeps data across a restart when the append-only file is on',
    async () => {
      server = await startRedisServer()
      expect(server.url).toBe(`redis://127.0.0.1:${server.port}`)
      const client = new Redis(server.url, { maxRetriesPerRequest: null })
      try {
        await client.set('order-42', 'kept')
        await server.restart()
        expect(await client.get('order-42')).toBe('kept')
      } finally {
        client.disconnect()
      }
    },
  )

  it.skipIf(noRedis !== undefined)(
    'loses data across a restart when the append-only file is off',
    async () => {
      server = await startRedisServer({ appendOnly: false })
      const client = new Redis(server.url, { maxRetriesPerRequest: null })
      try {
        await client.set('order-42', 'lost')
        await server.restart()
        expect(await client.get('order-42')).toBeNull()
      } finally {
        client.disconnect()
      }
    },
  )

  it('says how to install redis-server when the binary is missing', async () => {
    await expect(startRedisServer({ command: '/nonexistent/redis-server' })).rejects.toThrow(
      'install it (the redis-server package on Debian) or set REDIS_SERVER',
    )
  })
})
