import { connect } from 'node:net'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { EXIT } from './exit-codes'

/**
 * Refuses a Redis URL that is not one, or a Redis that does not answer, before BullMQ is handed it
 * (its clients retry for ever, as workers must survive a Redis restart). Messages name the host and
 * port only: the URL may hold a password.
 */
export async function checkRedisReachable(context: CliContext, redisUrl: string): Promise<void> {
  let url: URL
  try {
    url = new URL(redisUrl)
  } catch {
    throw new CliFailure(EXIT.usage, context.text('redisUrlInvalid'))
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new CliFailure(EXIT.usage, context.text('redisUrlInvalid'))
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1'
  const port = Number(url.port || 6379)
  const problem = await new Promise<string | undefined>((resolve) => {
    const socket = connect(port, host)
    socket.setTimeout(5000, () => {
      socket.destroy()
      resolve('timeout')
    })
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })
  if (problem !== undefined) {
    throw new CliFailure(
      EXIT.config,
      context.text('redisUnreachable', { address: `${host}:${port}`, problem }),
    )
  }
}
