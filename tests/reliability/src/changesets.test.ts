import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))

type Bump = 'major' | 'minor' | 'patch'
interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
}
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T

/** Frontmatter as changesets reads it: `---`, one `"package": bump` per line, `---`, then the summary. */
const FRONTMATTER = /^---\r?\n((?:"[^"]+":\s*(?:major|minor|patch)\s*\r?\n)+)---\r?\n([\s\S]*)$/

function parseChangeset(text: string): { releases: Map<string, Bump>; summary: string } | undefined {
  const match = FRONTMATTER.exec(text)
  if (match === null) return undefined
  const releases = new Map<string, Bump>()
  for (const line of (match[1] ?? '').trim().split(/\r?\n/)) {
    const [, name, bump] = /^"([^"]+)":\s*(major|minor|patch)/.exec(line) ?? []
    if (name !== undefined) releases.set(name, bump as Bump)
  }
  return { releases, summary: (match[2] ?? '').trim() }
}

const changesetFiles = (dir: string) =>
  readdirSync(join(dir, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')

/** A copy of the committed tree (`git archive HEAD`), never the working tree, with the repo's node_modules linked in. */
async function copyOfRepository(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'durum-changesets-'))
  await exec('sh', ['-c', `git archive --format=tar HEAD | tar -x -C "${dir}"`], { cwd: root })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

const changesetVersion = (dir: string) =>
  exec('pnpm', ['changeset', 'version'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60_000,
  })

const bumped = (version: string, bump: Bump) => {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}
const ORDER: Bump[] = ['patch', 'minor', 'major']

const copies: string[] = []
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

describe('changesets', () => {
  // Biome once formatted Markdown and turned changeset frontmatter into a `##` heading, which made
  // `pnpm changeset version` fail (fixed in 9315060 and 17202a1). These two keep it fixed.
  it('every changeset in .changeset has frontmatter changesets can read', () => {
    const unreadable = changesetFiles(root).filter(
      (file) => parseChangeset(readFileSync(join(root, '.changeset', file), 'utf8')) === undefined,
    )
    expect(unreadable).toEqual([])
  })

  it('Biome leaves changeset files alone', async () => {
    // In a copy with a changeset of its own: right after a release the real tree has none pending.
    const dir = await copyOfRepository()
    copies.push(dir)
    const file = join('.changeset', 'biome-check.md')
    writeFileSync(join(dir, file), `---\n"@durum/core": patch\n---\n\nBiome check:  two spaces, kept.\n`)
    // `biome format` without --write only reports. Ignoring the file is fine; rewriting it is not.
    const output = await exec('pnpm', ['biome', 'format', file], { cwd: dir }).then(
      ({ stdout, stderr }) => stdout + stderr,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    )
    expect(output).not.toContain('would have printed')
    expect(output).toMatch(/ignored|No fixes applied/)
  })

  describe('pnpm changeset version in a copy of the repository', () => {
    let dir: string
    let before: Map<string, Manifest>
    let expected: Map<string, { bump: Bump; summaries: string[] }>
    const OWN = 'reliability-flow-check.md'
    // A minor change: in 0.x it leaves the dependents' `^0.y` range, so changesets must release them too
    // (a patch stays inside it, and the dependents' published range already takes it).
    const OWN_SUMMARY = 'Reliability flow check: a minor change to core, released with its dependents.'

    /** The real tree's changesets and versions, to prove the flow ran elsewhere. */
    const realTree = () => ({
      changesets: changesetFiles(root),
      versions: ['core', 'status-normalizer', 'iyzico', 'esnekpos'].map(
        (name) => readJson<Manifest>(join(root, 'packages', name, 'package.json')).version,
      ),
    })
    let realBefore: ReturnType<typeof realTree>

    beforeAll(async () => {
      realBefore = realTree()
      dir = await copyOfRepository()
      copies.push(dir)
      writeFileSync(join(dir, '.changeset', OWN), `---\n"@durum/core": minor\n---\n\n${OWN_SUMMARY}\n`)
      expected = new Map()
      for (const file of changesetFiles(dir)) {
        const changeset = parseChangeset(readFileSync(join(dir, '.changeset', file), 'utf8'))
        for (const [name, bump] of changeset?.releases ?? []) {
          const entry = expected.get(name) ?? { bump: 'patch', summaries: [] }
          if (ORDER.indexOf(bump) > ORDER.indexOf(entry.bump)) entry.bump = bump
          entry.summaries.push((changeset?.summary ?? '').split('\n')[0] ?? '')
          expected.set(name, entry)
        }
      }
      before = manifests(dir)
      await changesetVersion(dir)
    }, 90_000)

    const manifests = (at: string) =>
      new Map(
        ['packages', 'apps', 'tests'].flatMap((group) =>
          readdirSync(join(at, group))
            .filter((name) => existsSync(join(at, group, name, 'package.json')))
            .map((name): [string, Manifest] => {
              const manifest = readJson<Manifest>(join(at, group, name, 'package.json'))
              return [manifest.name, manifest]
            }),
        ),
      )
    const dirOf = (name: string) => join(dir, 'packages', name.replace('@durum/', ''))

    it('consumes every changeset', () => {
      expect(changesetFiles(dir)).toEqual([])
    })

    it('bumps each named package by its largest bump and writes its changelog', () => {
      expect(expected.size).toBeGreaterThan(0)
      const after = manifests(dir)
      for (const [name, { bump, summaries }] of expected) {
        expect(after.get(name)?.version, name).toBe(bumped(before.get(name)?.version ?? '', bump))
        const changelog = readFileSync(join(dirOf(name), 'CHANGELOG.md'), 'utf8')
        expect(changelog).toContain(`## ${after.get(name)?.version}`)
        for (const summary of summaries) expect(changelog, name).toContain(summary)
      }
      expect(readFileSync(join(dirOf('@durum/core'), 'CHANGELOG.md'), 'utf8')).toContain(OWN_SUMMARY)
    })

    it('releases the dependents of a bumped package and keeps workspace ranges', () => {
      const after = manifests(dir)
      for (const [name, manifest] of after) {
        if (manifest.private || !name.startsWith('@durum/')) continue
        const internal = Object.entries(manifest.dependencies ?? {}).filter(([dependency]) =>
          dependency.startsWith('@durum/'),
        )
        for (const [, range] of internal) expect(range, name).toMatch(/^workspace:/)
        if (internal.some(([dependency]) => expected.has(dependency))) {
          expect(manifest.version, `${name} depends on a released package`).not.toBe(
            before.get(name)?.version,
          )
          expect(readFileSync(join(dirOf(name), 'CHANGELOG.md'), 'utf8')).toMatch(/Updated dependencies/)
        }
      }
    })

    it('leaves the ignored private apps alone', () => {
      const after = manifests(dir)
      for (const name of ['@durum/demo', '@durum/benchmarks']) {
        if (before.has(name)) expect(after.get(name)?.version, name).toBe(before.get(name)?.version)
      }
    })

    it('never touches the real tree', () => {
      expect(realTree()).toEqual(realBefore)
    })
  })
})
