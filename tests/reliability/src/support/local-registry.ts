import { type ChildProcessByStdio, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'

const server = fileURLToPath(new URL('../../runtime/verdaccio.mjs', import.meta.url))

export interface LocalRegistry {
  readonly url: string
  /** The environment npm, pnpm and changesets need to use only this registry, as its one user. */
  readonly env: NodeJS.ProcessEnv
  close(): Promise<void>
}

/**
 * A verdaccio registry on 127.0.0.1, its storage, users and npm settings all under `dir`. It has no
 * uplink: it serves only what is published to it, so nothing is fetched from (or leaks to) npmjs.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  writeFileSync(
    join(dir, 'verdaccio.yaml'),
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: json, level: error }',
      '',
    ].join('\n'),
  )
  const child = spawn(process.execPath, [server, join(dir, 'verdaccio.yaml')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const close = () => stop(child)
  try {
    const url = await firstLine(child)
    // A maintainer's account, made the way `npm adduser` makes one; its token publishes.
    const response = await fetch(`${url}/-/user/org.couchdb.user:durum-maintainer`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'durum-maintainer',
        password: 'round-trip-only',
        type: 'user',
        roles: [],
      }),
    })
    const { token } = (await response.json()) as { token?: string }
    if (response.status !== 201 || token === undefined)
      throw new Error(`verdaccio refused the maintainer account (HTTP ${response.status})`)
    const npmrc = join(dir, '.npmrc')
    writeFileSync(npmrc, `registry=${url}/\n${url.replace(/^http:/, '')}/:_authToken=${token}\n`)
    const env = {
      // The settings pnpm exports to scripts (its own userconfig among them) would win over ours.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_config_/i.test(key))),
      npm_config_userconfig: npmrc,
      npm_config_registry: `${url}/`,
      npm_config_cache: join(dir, 'npm-cache'),
      npm_config_update_notifier: 'false',
      // A proxy set for the real registry must not be asked for this one.
      npm_config_noproxy: '127.0.0.1',
      NO_PROXY: ['127.0.0.1', process.env.NO_PROXY].filter(Boolean).join(','),
      no_proxy: ['127.0.0.1', process.env.no_proxy].filter(Boolean).join(','),
      FORCE_COLOR: '0',
    }
    return { url, env, close }
  } catch (error) {
    await close()
    throw error
  }
}

function firstLine(child: ChildProcessByStdio<Writable, Readable, null>): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => reject(new Error('verdaccio did not start within 30 s')), 30_000)
    child.once('exit', (code) => reject(new Error(`verdaccio exited (${code}) before listening`)))
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const line = text.split('\n').find((candidate) => candidate.startsWith('{"url"'))
      if (line === undefined) return
      clearTimeout(timer)
      resolve((JSON.parse(line) as { url: string }).url)
    })
  })
}

/** Closes verdaccio's stdin (it exits on that), and kills it if it has not gone within 5 s. */
function stop(child: ChildProcessByStdio<Writable, Readable, null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.stdin.end()
  })
}
