export { findInRedis } from './find-in-redis'
export { type RedisServer, type RedisServerOptions, startRedisServer } from './start-redis-server'
