export { findInRedis } from './find-in-redis'
export { redisTestsSkipReason } from './redis-test-plan'
export { type RedisServer, type RedisServerOptions, startRedisServer } from './start-redis-server'
