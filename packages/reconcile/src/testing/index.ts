export { type RedisServer, type RedisServerOptions, startRedisServer } from './start-redis-server'
