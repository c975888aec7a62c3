import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const child = fileURLToPath(new URL('./signing-child.mjs', import.meta.url))
const benchmarks = fileURLToPath(new URL('../..', import.meta.url))
/** Bun and Deno are devDependencies of tests/reliability; a clone that did not install them skips them. */
const bin = (name) =>
  fileURLToPath(new URL(`../../../tests/reliability/node_modules/.bin/${name}`, import.meta.url))

const note = (message) => process.stderr.write(`bench: signing: ${message}\n`)

const runtimes = [
  { runtime: 'node', command: process.execPath, args: [child] },
  { runtime: 'bun', command: bin('bun'), args: [child] },
  // Deno 2 resolves @durum/iyzico from node_modules by itself (package.json in the cwd); read for that.
  { runtime: 'deno', command: bin('deno'), args: ['run', '--no-lock', '--allow-read', '--allow-env', child] },
]

/**
 * Case 4: each of signIyzicoRequest's paths against node:crypto HMAC, on Node, Bun and Deno, each
 * child measuring side by side in one process. One entry per runtime × path × signatures in flight
 * (1: one request's wait; `inFlight`: a batch's burst), every ratio's baseline from the same process.
 */
export function signing({ rounds, durationMs, inFlight = 64 }) {
  const entries = []
  for (const { runtime, command, args } of runtimes) {
    if (!existsSync(command)) {
      note(`${runtime} skipped: no binary at ${command} (pnpm install installs it)`)
      continue
    }
    for (const path of ['node', 'web']) {
      let measured
      try {
        measured = JSON.parse(
          execFileSync(command, [...args, path, String(rounds), String(durationMs), String(inFlight)], {
            cwd: benchmarks,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
          }),
        )
      } catch (error) {
        // Node is the case itself; another runtime failing leaves its rows out, said on stderr.
        if (runtime === 'node') throw error
        note(`${runtime} ${path} path failed: ${String(error.message).split('\n')[0]}`)
        continue
      }
      const { version, taken, opsPerSecond } = measured
      for (const concurrency of [1, inFlight]) {
        const suffix = concurrency === 1 ? '' : 'InFlight'
        entries.push({
          runtime,
          version,
          path,
          taken,
          inFlight: concurrency,
          durumOpsPerSecond: opsPerSecond[`durum${suffix}`],
          nodeCryptoOpsPerSecond: opsPerSecond.nodeCrypto,
          ...(path === 'web' ? { webCryptoOpsPerSecond: opsPerSecond[`webCrypto${suffix}`] } : {}),
        })
      }
    }
  }
  return entries
}
