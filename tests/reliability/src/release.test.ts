import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import type { ServedHandler } from '@durum/status-normalizer/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'durum-release-'))
const packDir = join(work, 'packs')

afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

const publicPackages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    manifest: readJson<Manifest>(join(root, 'packages', dir, 'package.json')),
  }))
  .filter(({ manifest }) => !manifest.private)

/**
 * The environment for a plain `npm install`, as a user's shell has it: without the `npm_config_*`
 * settings pnpm exports to scripts (its own globalconfig among them, which hides npm's own config,
 * e.g. the CA file of a registry proxy).
 */
function plainNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_config_/i.test(key)))
}

/** The machine's Node (20), not this package's `node` devDependency that pnpm puts first on PATH. */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node')
  }
  throw new Error('No node on PATH outside node_modules')
}

const tarballOf = (name: string) => join(packDir, `${name.replace('@', '').replace('/', '-')}-0.0.0.tgz`)
const tarList = async (file: string) => (await exec('tar', ['-tzf', file])).stdout.trim().split('\n')
const tarManifest = async (file: string) =>
  JSON.parse(
    (await exec('tar', ['-xzOf', file, 'package/package.json'], { maxBuffer: 1 << 24 })).stdout,
  ) as Manifest

describe('pnpm release:dry', () => {
  beforeAll(async () => {
    // The one pack step: the install tests below use these tarballs too.
    await exec('pnpm', ['run', 'release:dry'], {
      cwd: root,
      env: { ...process.env, DURUM_PACK_DIR: packDir, FORCE_COLOR: '0' },
      timeout: 150_000,
      maxBuffer: 1 << 26,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      const tail = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.split('\n').slice(-40).join('\n')
      throw new Error(`pnpm release:dry failed:\n${tail}`)
    })
  }, 160_000)

  it('packs every public package, and nothing else', () => {
    expect(readdirSync(packDir).sort()).toEqual(
      publicPackages.map(({ manifest }) => tarballOf(manifest.name).slice(packDir.length + 1)).sort(),
    )
  })

  it.each(publicPackages.map(({ manifest }) => manifest.name))(
    '%s: ships its built entry points and no sources or tests',
    async (name) => {
      const files = await tarList(tarballOf(name))
      expect(files).toEqual(
        expect.arrayContaining([
          'package/package.json',
          'package/README.md',
          'package/dist/index.js',
          'package/dist/index.d.ts',
        ]),
      )
      expect(files.filter((file) => /\/src\/|\.test\.|__fixtures__|tsconfig|\.turbo/.test(file))).toEqual([])
    },
  )

  it.each(publicPackages.map(({ manifest }) => manifest.name))(
    '%s: workspace ranges are rewritten to real versions',
    async (name) => {
      const manifest = await tarManifest(tarballOf(name))
      const ranges = { ...manifest.dependencies, ...manifest.peerDependencies }
      expect(Object.values(ranges).filter((range) => range.startsWith('workspace:'))).toEqual([])
      for (const [dependency, range] of Object.entries(ranges)) {
        if (dependency.startsWith('@durum/'))
          expect(range).toBe(
            `^${readJson<Manifest>(join(root, 'packages', dependency.slice(7), 'package.json')).version}`,
          )
      }
    },
  )

  describe('selective install from the tarballs with plain npm', { timeout: 120_000 }, () => {
    let iyzicoServer: ServedHandler
    let esnekposServer: ServedHandler
    const iyzicoKeys = { apiKey: 'install-api-key', secretKey: 'install-secret-key' }
    const esnekposKeys = { merchant: 'INSTALL', merchantKey: 'install-merchant-key' }

    beforeAll(async () => {
      iyzicoServer = await createIyzicoSimulator(iyzicoKeys).listen()
      esnekposServer = await createEsnekposSimulator(esnekposKeys).listen()
    })
    afterAll(async () => {
      await iyzicoServer?.close()
      await esnekposServer?.close()
    })

    /** An empty project with only these tarballs installed; the registry (or npm's cache) gives the rest. */
    async function install(project: string, names: string[]): Promise<string> {
      const dir = join(work, project)
      await exec('mkdir', ['-p', dir])
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: project, private: true, type: 'module' }),
      )
      await exec(
        'npm',
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          // npm also looks the @durum names up in the registry (a 404 there); fail such a lookup fast.
          '--fetch-retries=1',
          '--fetch-retry-mintimeout=1000',
          '--fetch-retry-maxtimeout=3000',
          '--loglevel=error',
          ...names.map(tarballOf),
        ],
        { cwd: dir, timeout: 120_000, env: plainNpmEnv() },
      )
      return dir
    }

    /** Runs `source` as an ES module in `dir` on the system Node and returns what it printed as JSON. */
    async function runIn(dir: string, source: string, env: Record<string, string> = {}) {
      writeFileSync(join(dir, 'query.mjs'), source)
      const { stdout } = await exec(systemNode(), ['query.mjs'], {
        cwd: dir,
        env: { ...process.env, ...env },
        timeout: 30_000,
      })
      return JSON.parse(stdout) as Record<string, unknown>
    }

    const probe = (name: string) => `await import('${name}').then(() => 'installed', (error) => error.code)`

    let iyzicoProject: Promise<string>
    let esnekposProject: Promise<string>
    beforeAll(() => {
      // Both installs at once: they only share npm's cache.
      iyzicoProject = install('iyzico-only', ['@durum/core', '@durum/status-normalizer', '@durum/iyzico'])
      esnekposProject = install('esnekpos-only', [
        '@durum/core',
        '@durum/status-normalizer',
        '@durum/esnekpos',
      ])
    })

    it('iyzico alone: installs, imports by name and queries the simulator; @durum/esnekpos is absent', async () => {
      const dir = await iyzicoProject
      expect(existsSync(join(dir, 'node_modules/@durum/esnekpos'))).toBe(false)
      const report = await runIn(
        dir,
        `import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'
import { iyzico } from '@durum/iyzico'
const durum = createStatusNormalizer({ providers: [iyzico({ apiKey: '${iyzicoKeys.apiKey}', secretKey: '${iyzicoKeys.secretKey}', baseUrl: process.env.IYZICO_URL })] })
const paid = await durum.getStatus({ provider: 'iyzico', paymentConversationId: '20260611N100' })
const missing = await durum.getStatus({ provider: 'iyzico', paymentConversationId: 'nonexistent-order-99999' }).catch((error) => error.code)
console.log(JSON.stringify({ status: paid.status, paid: isPaid(paid), missing, esnekpos: await ${probe('@durum/esnekpos')} }))
`,
        { IYZICO_URL: iyzicoServer.url },
      )
      expect(report).toEqual({
        status: 'SUCCEEDED',
        paid: true,
        missing: 'not_found',
        esnekpos: 'ERR_MODULE_NOT_FOUND',
      })
    })

    it('esnekpos alone: installs, imports by name and queries the simulator; @durum/iyzico is absent', async () => {
      const dir = await esnekposProject
      expect(existsSync(join(dir, 'node_modules/@durum/iyzico'))).toBe(false)
      const report = await runIn(
        dir,
        `import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'
import { esnekpos } from '@durum/esnekpos'
const durum = createStatusNormalizer({ providers: [esnekpos({ merchant: '${esnekposKeys.merchant}', merchantKey: '${esnekposKeys.merchantKey}', baseUrl: process.env.ESNEKPOS_URL })] })
const paid = await durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' })
const missing = await durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '999999' }).catch((error) => error.code)
console.log(JSON.stringify({ status: paid.status, paid: isPaid(paid), missing, iyzico: await ${probe('@durum/iyzico')} }))
`,
        { ESNEKPOS_URL: esnekposServer.url },
      )
      expect(report).toEqual({
        status: 'SUCCEEDED',
        paid: true,
        missing: 'not_found',
        iyzico: 'ERR_MODULE_NOT_FOUND',
      })
    })

    it('installs only the allow-listed third-party packages', async () => {
      for (const dir of [await iyzicoProject, await esnekposProject]) {
        const installed = readdirSync(join(dir, 'node_modules')).filter(
          (name) => !name.startsWith('.') && name !== '@durum',
        )
        expect(installed.sort()).toEqual(['valibot'])
      }
    })

    // The simulators once needed vitest (status-normalizer's ./testing imported it at the top), so a
    // merchant could not import them; since 98087ad they build on the vitest-free ./simulator entry.
    it.each([
      [
        'iyzico',
        () => iyzicoProject,
        `import('@durum/iyzico/testing').then((m) => m.createIyzicoSimulator({ apiKey: 'k', secretKey: 's' }).fetch('https://x/payment/detail', { method: 'POST', body: '{}' })).then((r) => r.status, (e) => e.code)`,
      ],
      [
        'esnekpos',
        () => esnekposProject,
        `import('@durum/esnekpos/testing').then((m) => m.createEsnekposSimulator({ merchant: 'm', merchantKey: 'k' }).fetch('https://x/api/services/ProcessQuery', { method: 'POST', body: '{}' })).then((r) => r.status, (e) => e.code)`,
      ],
    ])('%s: the installed simulator (./testing) works without vitest', async (_, project, expression) => {
      const dir = await project()
      const report = await runIn(dir, `console.log(JSON.stringify({ status: await ${expression} }))`)
      expect(report).toEqual({ status: 200 })
    })
  })
})
