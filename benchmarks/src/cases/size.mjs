import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const benchmarksDir = new URL('../..', import.meta.url).pathname
const packagesDir = new URL('../../../packages/', import.meta.url).pathname

const entries = {
  iyzico:
    "export { iyzico } from '@durum/iyzico'\nexport { createStatusNormalizer } from '@durum/status-normalizer'\n",
  esnekpos:
    "export { esnekpos } from '@durum/esnekpos'\nexport { createStatusNormalizer } from '@durum/status-normalizer'\n",
  paytr:
    "export { paytr } from '@durum/paytr'\nexport { createStatusNormalizer } from '@durum/status-normalizer'\n",
}

/** `@durum/core`, `valibot`… for a path inside node_modules or the workspace's packages/. */
function packageOf(path) {
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path)
  if (workspace && !path.includes('node_modules')) return `@durum/${workspace[1]}`
  const modules = path.split('node_modules/').pop() ?? path
  const [scope, name] = modules.split('/')
  return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? path)
}

/** Leaves every import that is not a `@durum` package out of the bundle: what remains is durum's own code. */
const thirdPartyExternal = {
  name: 'third-party-external',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@durum/') ? undefined : { path: args.path, external: true },
    )
  },
}

async function bundled(contents, platform, plugins) {
  return build({
    stdin: { contents, resolveDir: benchmarksDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  })
}

/**
 * Minified and gzipped bytes of `import { provider } + createStatusNormalizer`, for edge (default)
 * and Node, with the minified bytes each package puts in the bundle, and the min+gz bytes of
 * durum's own code (the same bundle with third-party packages left out).
 */
async function bundleSize(contents, platform) {
  const result = await bundled(contents, platform, [])
  const own = (await bundled(contents, platform, [thirdPartyExternal])).outputFiles[0].contents
  const code = result.outputFiles[0].contents
  const minifiedBytesByPackage = {}
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput === 0) continue
      const name = packageOf(path)
      minifiedBytesByPackage[name] = (minifiedBytesByPackage[name] ?? 0) + input.bytesInOutput
    }
  }
  return {
    minifiedBytes: code.byteLength,
    gzippedBytes: gzipSync(code, { level: 9 }).byteLength,
    ownGzippedBytes: gzipSync(own, { level: 9 }).byteLength,
    minifiedBytesByPackage,
  }
}

/** Bytes on disk (file sizes) and packages under a node_modules folder, and the bytes of each package. */
function footprint(nodeModules) {
  let bytes = 0
  let packages = 0
  const bytesByPackage = {}
  const walk = (dir, depthInModules, owner) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        const isPackage = depthInModules === 0 && !entry.name.startsWith('@') && !entry.name.startsWith('.')
        const isScoped = depthInModules === 1
        if (isPackage || isScoped) packages++
        if (entry.name === 'node_modules') walk(path, 0, undefined)
        else if (depthInModules === 0 && entry.name.startsWith('@')) walk(path, 1, entry.name)
        else if (isScoped) walk(path, -1, `${owner}/${entry.name}`)
        else walk(path, -1, isPackage ? entry.name : owner)
      } else if (entry.isFile()) {
        const size = statSync(path).size
        bytes += size
        if (owner !== undefined) bytesByPackage[owner] = (bytesByPackage[owner] ?? 0) + size
      }
    }
  }
  walk(nodeModules, 0, undefined)
  return { bytes, packages, bytesByPackage }
}

function npmInstall(dir, specs) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
  execFileSync(
    'npm',
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', ...specs],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
  )
  return footprint(join(dir, 'node_modules'))
}

/** Case 6: bundle sizes, and the installed footprint of each selective install next to iyzipay's. */
export async function size({ iyzipayVersion }) {
  const bundles = {}
  for (const [provider, contents] of Object.entries(entries)) {
    bundles[provider] = {
      edge: await bundleSize(contents, 'neutral'),
      node: await bundleSize(contents, 'node'),
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'durum-size-'))
  try {
    const tarballs = join(work, 'tarballs')
    const packed = {}
    for (const name of ['core', 'status-normalizer', 'iyzico', 'esnekpos', 'paytr']) {
      const output = execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
        cwd: join(packagesDir, name),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      packed[name] = output.trim().split('\n').pop()
    }
    const shared = [packed.core, packed['status-normalizer']]
    const installs = {
      iyzico: npmInstall(join(work, 'iyzico'), [...shared, packed.iyzico]),
      esnekpos: npmInstall(join(work, 'esnekpos'), [...shared, packed.esnekpos]),
      paytr: npmInstall(join(work, 'paytr'), [...shared, packed.paytr]),
    }
    let iyzipay
    try {
      iyzipay = npmInstall(join(work, 'iyzipay'), [`iyzipay@${iyzipayVersion}`])
    } catch (error) {
      iyzipay = { error: String(error.message).split('\n')[0] }
    }
    return { bundles, installs, iyzipay }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
