import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const allowListFile = fileURLToPath(new URL('../supply-chain-allowlist.json', import.meta.url))
const { packages: allowList, installScripts: installScriptAllowList } = JSON.parse(
  readFileSync(allowListFile, 'utf8'),
) as { packages: Record<string, string>; installScripts: Record<string, string> }

interface Manifest {
  name: string
  version: string
  private?: boolean
  scripts?: Record<string, string>
  gypfile?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

/** The public packages: every workspace package under packages/ that is not private. */
const publicPackages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')) && !readManifest(dir).private)

/**
 * What a consumer's installer puts on disk for a package: its dependencies, optional dependencies and
 * required peers (npm ≥ 7 installs those), never devDependencies or optional peers.
 */
function productionDependencies(manifest: Manifest): string[] {
  const optionalPeers = new Set(
    Object.entries(manifest.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta.optional)
      .map(([name]) => name),
  )
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}).filter((name) => !optionalPeers.has(name)),
  ]
}

/** Node's lookup: `node_modules/<name>` in the package's real directory, then each parent. */
function resolvePackageDir(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    if (dirname(dir) === dir) return undefined
  }
}

interface TreeEntry {
  name: string
  version: string
  dir: string
  /** How it is reached, e.g. `@durum/iyzico > @durum/core > ky`. */
  via: string
}

/** The production tree of the package in `dir`, walked on disk (pnpm's layout, symlinks resolved). */
function productionTree(dir: string): { entries: TreeEntry[]; missing: string[] } {
  const entries = new Map<string, TreeEntry>()
  const missing: string[] = []
  const visit = (packageDir: string, via: string) => {
    const manifest = readManifest(packageDir)
    for (const name of productionDependencies(manifest)) {
      const found = resolvePackageDir(packageDir, name)
      if (found === undefined) {
        const optional = name in (manifest.optionalDependencies ?? {})
        if (!optional) missing.push(`${via} > ${name}`)
        continue
      }
      const dependency = readManifest(found)
      const key = `${dependency.name}@${dependency.version}`
      if (entries.has(key)) continue
      entries.set(key, {
        name: dependency.name,
        version: dependency.version,
        dir: found,
        via: `${via} > ${name}`,
      })
      visit(found, `${via} > ${name}`)
    }
  }
  visit(realpathSync(dir), readManifest(dir).name)
  return { entries: [...entries.values()], missing }
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall']

/** Whether every package that depends on `entry` in this tree lists it as an optional dependency. */
function isOptionalWhereUsed(entries: TreeEntry[], entry: TreeEntry): boolean {
  const parents = entries
    .map((parent) => readManifest(parent.dir))
    .filter(
      (manifest) =>
        entry.name in (manifest.dependencies ?? {}) || entry.name in (manifest.optionalDependencies ?? {}),
    )
  return (
    parents.length > 0 && parents.every((manifest) => entry.name in (manifest.optionalDependencies ?? {}))
  )
}

const trees = publicPackages.map((dir) => ({ name: readManifest(dir).name, ...productionTree(dir) }))
const thirdParty = (entries: TreeEntry[]) => entries.filter((entry) => !entry.name.startsWith('@durum/'))

describe('supply chain of the public packages', () => {
  it('finds the seven public packages', () => {
    expect(trees.map((tree) => tree.name).sort()).toEqual([
      '@durum/cli',
      '@durum/core',
      '@durum/esnekpos',
      '@durum/iyzico',
      '@durum/paytr',
      '@durum/reconcile',
      '@durum/status-normalizer',
    ])
  })

  it.each(trees)('$name: every production dependency is installed and allow-listed', (tree) => {
    expect(tree.missing).toEqual([])
    const unlisted = thirdParty(tree.entries)
      .filter((entry) => !(entry.name in allowList))
      .map((entry) => `${entry.name}@${entry.version} (${entry.via})`)
    expect(unlisted, `add each to ${allowListFile} with a reason, or drop the dependency`).toEqual([])
  })

  it.each(trees)('$name: nothing in the production tree runs a script at install', (tree) => {
    const running = tree.entries
      .map((entry) => ({ entry, manifest: readManifest(entry.dir) }))
      .filter(
        ({ entry, manifest }) =>
          INSTALL_SCRIPTS.some((script) => manifest.scripts?.[script] !== undefined) ||
          manifest.gypfile === true ||
          // npm runs `node-gyp rebuild` for any package with a binding.gyp, script or not.
          existsSync(join(entry.dir, 'binding.gyp')),
      )
      .map(({ entry }) => entry)
    // Only an allow-listed package may, and only where it is optional to the one that brings it in.
    const unexpected = running
      .filter((entry) => !(entry.name in installScriptAllowList) || !isOptionalWhereUsed(tree.entries, entry))
      .map((entry) => `${entry.name}@${entry.version}`)
    expect(unexpected).toEqual([])
  })

  it('the public packages themselves run no script at install', () => {
    for (const dir of publicPackages) {
      const manifest = readManifest(dir)
      expect(
        INSTALL_SCRIPTS.filter((script) => manifest.scripts?.[script] !== undefined),
        manifest.name,
      ).toEqual([])
    }
  })

  it('keeps the allow-list tight: each entry is needed and has a one-line reason', () => {
    const used = new Set(trees.flatMap((tree) => thirdParty(tree.entries).map((entry) => entry.name)))
    expect(Object.keys(allowList).filter((name) => !used.has(name))).toEqual([])
    expect(Object.keys(installScriptAllowList).filter((name) => !used.has(name))).toEqual([])
    for (const [name, reason] of Object.entries(allowList)) {
      expect(reason.trim().length, name).toBeGreaterThan(20)
      expect(reason.includes('\n'), name).toBe(false)
    }
  })

  it('would catch a package that is not allowed (the walker sees transitive dependencies)', () => {
    // vitest is only an optional peer of status-normalizer: not production, and deep when it is walked.
    const statusNormalizer = trees.find((tree) => tree.name === '@durum/status-normalizer')
    expect(statusNormalizer?.entries.map((entry) => entry.name)).not.toContain('vitest')
    const vitestDir = resolvePackageDir(realpathSync(join(root, 'packages/status-normalizer')), 'vitest')
    expect(vitestDir).toBeDefined()
    const { entries } = productionTree(vitestDir as string)
    expect(entries.length).toBeGreaterThan(10)
    expect(entries.filter((entry) => !(entry.name in allowList)).length).toBeGreaterThan(10)
  })
})
