import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RedisServerOptions {
  /** Append-only file on, so a restart on the same directory keeps every job. Default true. */
  appendOnly?: boolean
  /** A port to listen on; default: a free loopback port. */
  port?: number
  /** The data directory; default: a new temporary directory, removed by `stop()`. */
  dir?: string
  /** The server binary; default `REDIS_SERVER` from the environment, else `redis-server` on PATH. */
  command?: string
  /** How long to wait for the server to accept connections. Default 10 000 ms. */
  readyTimeoutMs?: number
  /**
   * Run the server in a process group of its own, so a terminal's Ctrl-C (sent to the whole
   * foreground group) leaves it to its owner, which can then close its clients and `stop()` it.
   * The owner must stop it on every way out. Default false: it gets the terminal's signals too.
   */
  ownProcessGroup?: boolean
}

/** A redis-server this process started on 127.0.0.1, for tests and local runs. */
export interface RedisServer {
  readonly host: '127.0.0.1'
  readonly port: number
  /** `redis://127.0.0.1:<port>` */
  readonly url: string
  readonly dir: string
  readonly pid: number | undefined
  /** `halt()` then `start()`: the same port and directory, so with the append-only file on, the same data. */
  restart(): Promise<void>
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and keeps the data directory. */
  halt(): Promise<void>
  /** Starts it again after `halt()`, on the same port and directory. */
  start(): Promise<void>
  /** Stops the process and removes the data directory if this helper made it. */
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/** Resolves once the server answers PING with PONG (it also answers LOADING while reading its AOF). */
async function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1')
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
    socket.write('PING\r\n')
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts Debian's `redis-server` on a free 127.0.0.1 port with its own temporary directory and no RDB
 * snapshots (`--save ''`), append-only file on by default, and resolves once it answers PING.
 * Installs nothing: when the binary is missing it throws, saying how to install it.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const command = options.command ?? process.env.REDIS_SERVER ?? 'redis-server'
  const madeDir = options.dir === undefined
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'durum-redis-')))
  const port = options.port ?? (await freePort())
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000
  let child: ChildProcess | undefined
  let output = ''

  async function start(): Promise<void> {
    if (child !== undefined) return
    output = ''
    const started = spawn(
      command,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        options.appendOnly === false ? 'no' : 'yes',
        '--appendfsync',
        'everysec',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: options.ownProcessGroup === true },
    )
    child = started
    const exited = new Promise<Error>((resolve) => {
      started.once('error', (error) =>
        resolve(
          new Error(
            `could not run ${command} (${error.message}); install it (the redis-server package on Debian) or set REDIS_SERVER`,
          ),
        ),
      )
      started.once('exit', (code, signal) =>
        resolve(new Error(`${command} exited (${signal ?? code}) before it was ready:\n${output}`)),
      )
    })
    const collect = (chunk: Buffer) => {
      if (output.length < 10_000) output += chunk.toString()
    }
    started.stdout?.on('data', collect)
    started.stderr?.on('data', collect)
    const deadline = Date.now() + readyTimeoutMs
    let failure: Error | undefined
    void exited.then((error) => {
      failure = error
    })
    while (failure === undefined) {
      if (await pingOnce(port)) return
      if (Date.now() > deadline) {
        await halt()
        throw new Error(
          `${command} did not answer PING on port ${port} within ${readyTimeoutMs} ms:\n${output}`,
        )
      }
      await pause(25)
    }
    child = undefined
    throw failure
  }

  async function halt(): Promise<void> {
    const running = child
    if (running === undefined) return
    child = undefined
    if (running.exitCode !== null || running.signalCode !== null) return
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()))
    running.kill('SIGTERM')
    const killed = setTimeout(() => running.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(killed)
  }

  try {
    await start()
  } catch (error) {
    if (madeDir) await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    host: '127.0.0.1',
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    get pid() {
      return child?.pid
    },
    async restart() {
      await halt()
      await start()
    },
    halt,
    start,
    async stop() {
      await halt()
      if (madeDir) await rm(dir, { recursive: true, force: true })
    },
  }
}
