import { spawnSync } from 'node:child_process'

/**
 * Whether the Redis tests can run here. They need a `redis-server` binary (`REDIS_SERVER`, else the
 * one on PATH) and never install one: `.ci/run` does. Without one, locally, the reason to skip them;
 * under `CI=true` a missing server is a broken setup, so `undefined` (they run, and fail saying how to
 * install it).
 */
export function redisTestsSkipReason(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  if (env.CI === 'true') return undefined
  const command = env.REDIS_SERVER ?? 'redis-server'
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 10_000 })
  if (probe.status === 0) return undefined
  return `no ${command} here (the redis-server package on Debian, or set REDIS_SERVER to its path); under CI=true they fail instead`
}
