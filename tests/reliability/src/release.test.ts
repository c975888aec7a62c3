import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { mismatches, runReadme } from '@durum/consumer-tests/readme'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocalRegistry, startLocalRegistry } from './support/local-registry.ts'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'durum-release-'))

interface Manifest {
  name: string
  version: string
  private?: boolean
  types?: string
  bin?: string | Record<string, string>
  exports?: unknown
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

const workspacePackages = ['packages', 'apps', 'tests'].flatMap((group) =>
  readdirSync(join(root, group))
    .filter((dir) => existsSync(join(root, group, dir, 'package.json')))
    .map((dir) => ({
      dir: join(root, group, dir),
      manifest: readJson<Manifest>(join(root, group, dir, 'package.json')),
    })),
)
const publicPackages = workspacePackages.filter(({ manifest }) => !manifest.private)
const versionOf = (name: string) =>
  workspacePackages.find(({ manifest }) => manifest.name === name)?.manifest.version

/** What a merchant installs for each provider: the README's install line for iyzico, the package alone for the rest. */
const installs = [
  ['iyzico', ['@durum/iyzico', '@durum/status-normalizer']],
  ['esnekpos', ['@durum/esnekpos']],
  ['paytr', ['@durum/paytr']],
].filter(([provider]) => existsSync(join(root, 'packages', provider as string, 'package.json'))) as [
  string,
  string[],
][]
const providers = installs.map(([provider]) => provider)

/** Every file a manifest points to (exports, types, bin), as `npm pack` lists it. */
function entryPoints(manifest: Manifest): string[] {
  const targets: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value)
    else if (value !== null && typeof value === 'object')
      for (const nested of Object.values(value)) walk(nested)
  }
  walk([manifest.exports, manifest.types, manifest.bin])
  return [...new Set(targets.map((target) => `package/${target.replace(/^\.\//, '')}`))].sort()
}

/** A package's directory as the workspace installed it (pnpm's store), found the way Node finds it. */
function locate(name: string, from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = basename(dir) === 'node_modules' ? join(dir, name) : join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
  }
  throw new Error(`${name} is not installed below ${from}`)
}

/** The third-party packages the installs below need, with what they need in turn, from the workspace's own copies. */
function thirdPartyClosure(): string[] {
  const found = new Map<string, string>()
  const visit = (dir: string) => {
    for (const name of Object.keys(readJson<Manifest>(join(dir, 'package.json')).dependencies ?? {})) {
      if (name.startsWith('@durum/')) visit(join(root, 'packages', name.slice('@durum/'.length)))
      else if (!found.has(name)) {
        found.set(name, locate(name, dir))
        visit(found.get(name) as string)
      }
    }
  }
  for (const [, names] of installs)
    for (const name of names) visit(join(root, 'packages', name.slice('@durum/'.length)))
  return [...found.values()]
}

/** The machine's Node (20.19+), not the `node` devDependency pnpm puts first on PATH: durum must run on both. */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node')
  }
  throw new Error('No node on PATH outside node_modules')
}

const failureTail = (what: string) => (error: { stdout?: string; stderr?: string }) => {
  const tail = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.split('\n').slice(-40).join('\n')
  throw new Error(`${what} failed:\n${tail}`)
}

describe('release round trip through a local registry (verdaccio)', () => {
  let registry: LocalRegistry
  let publishOutput: string

  beforeAll(async () => {
    const unbuilt = publicPackages.flatMap(({ dir, manifest }) =>
      entryPoints(manifest)
        .map((file) => file.replace(/^package\//, ''))
        .filter((file) => !existsSync(join(dir, file)))
        .map((file) => `${manifest.name}: ${file}`),
    )
    if (unbuilt.length > 0) throw new Error(`Build first (pnpm build); missing:\n${unbuilt.join('\n')}`)
    registry = await startLocalRegistry(work)
    // valibot and the like come from the copies the workspace built and tested against, published to
    // this registry: it has no uplink, so the round trip needs no network and sees no other version.
    for (const dir of thirdPartyClosure()) {
      await exec('npm', ['publish', '--ignore-scripts', '--loglevel=error', dir], {
        cwd: work,
        env: registry.env,
        timeout: 60_000,
      }).catch(failureTail(`npm publish ${dir}`))
    }
    // The maintainer's command (see docs/RELEASING.md), without the git tags it would add to this checkout.
    const { stdout, stderr } = await exec('pnpm', ['exec', 'changeset', 'publish', '--no-git-tag'], {
      cwd: root,
      env: registry.env,
      timeout: 120_000,
      maxBuffer: 1 << 24,
    }).catch(failureTail('changeset publish'))
    publishOutput = `${stdout}\n${stderr}`
  }, 150_000)

  afterAll(async () => {
    await registry?.close()
    rmSync(work, { recursive: true, force: true })
  })

  const packument = async (name: string) => {
    const response = await fetch(`${registry.url}/${name.replace('/', '%2f')}`)
    return {
      status: response.status,
      body: response.status === 200 ? ((await response.json()) as Packument) : undefined,
    }
  }
  interface Packument {
    'dist-tags': Record<string, string>
    versions: Record<string, Manifest & { dist: { tarball: string } }>
  }

  it('changeset publish puts every public package on the registry at its version, and no private one', async () => {
    const latest = async (name: string) => (await packument(name)).body?.['dist-tags'].latest ?? null
    const publicOnes = Object.fromEntries(
      publicPackages.map(({ manifest }) => [manifest.name, manifest.version]),
    )
    const privateOnes = Object.fromEntries(
      workspacePackages
        .filter(({ manifest }) => manifest.private)
        .map(({ manifest }) => [manifest.name, null]),
    )
    const names = [...Object.keys(publicOnes), ...Object.keys(privateOnes)]
    const onRegistry = Object.fromEntries(
      await Promise.all(names.map(async (name) => [name, await latest(name)])),
    )
    expect(onRegistry).toEqual({ ...publicOnes, ...privateOnes })
    expect(publishOutput).toContain('packages published successfully')
  })

  describe.each(publicPackages.map(({ manifest }) => [manifest.name, manifest] as const))(
    '%s',
    (name, manifest) => {
      const published = async () => (await packument(name)).body?.versions[manifest.version]

      it('ships its manifest, README and every file the manifest points to; no sources, tests or source maps', async () => {
        const tarball = join(work, `${name.replace('/', '-')}.tgz`)
        const response = await fetch((await published())?.dist.tarball ?? '')
        writeFileSync(tarball, new Uint8Array(await response.arrayBuffer()))
        const files = (await exec('tar', ['-tzf', tarball])).stdout.trim().split('\n')
        expect(files).toEqual(
          expect.arrayContaining(['package/package.json', 'package/README.md', ...entryPoints(manifest)]),
        )
        expect(
          files.filter((file) => /\/src\/|\.test\.|__fixtures__|tsconfig|\.turbo|\.map$/.test(file)),
        ).toEqual([])
      })

      it('names its @durum dependencies by the released versions, not workspace: ranges', async () => {
        const version = await published()
        const ranges = { ...version?.dependencies, ...version?.peerDependencies }
        const durum = Object.entries(ranges).filter(([dependency]) => dependency.startsWith('@durum/'))
        expect(durum).toEqual(durum.map(([dependency]) => [dependency, `^${versionOf(dependency)}`]))
        expect(Object.values(ranges).filter((range) => range.startsWith('workspace:'))).toEqual([])
      })
    },
  )

  describe('npm install from the registry into empty projects', () => {
    const projects = new Map<string, Promise<string>>()
    beforeAll(() => {
      // All at once: they only share the registry and npm's cache.
      for (const [provider, names] of installs) {
        const dir = join(work, `${provider}-project`)
        mkdirSync(dir)
        writeFileSync(
          join(dir, 'package.json'),
          JSON.stringify({ name: `${provider}-project`, private: true, type: 'module' }),
        )
        projects.set(
          provider,
          exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...names], {
            cwd: dir,
            env: registry.env,
            timeout: 120_000,
          }).then(() => dir, failureTail(`npm install ${names.join(' ')}`)),
        )
      }
    })
    const project = (provider: string) => projects.get(provider) as Promise<string>

    it.each(installs)(
      '%s: installs %j with core and valibot, and no other provider',
      async (provider, names) => {
        const dir = await project(provider)
        const durum = readdirSync(join(dir, 'node_modules/@durum')).map((name) => `@durum/${name}`)
        expect(durum.sort()).toEqual(
          [...new Set(['@durum/core', '@durum/status-normalizer', ...names])].sort(),
        )
        const thirdParty = readdirSync(join(dir, 'node_modules')).filter(
          (name) => !name.startsWith('.') && name !== '@durum',
        )
        expect(thirdParty).toEqual(['valibot'])
      },
    )

    // The example builds on the package's ./testing simulator; vitest is not installed (see above),
    // so this also shows the simulators run without it.
    it.each(providers)(
      "%s: the README's first example runs as written on the system Node, against the installed simulator",
      async (provider) => {
        const run = await runReadme(join(root, 'packages', provider, 'README.md'), {
          project: await project(provider),
          node: systemNode(),
          select: (_, index) => index === 0,
        })
        expect(run.failure).toBeUndefined()
        expect(mismatches(run)).toEqual([])
        // It states values (status, isPaid, amounts…) for the comparison above to hold it to.
        expect(run.checks).not.toEqual([])
      },
    )
  })
})
