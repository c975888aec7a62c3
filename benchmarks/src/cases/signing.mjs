import { execFileSync } from 'node:child_process'

/** Case 4: each of signIyzicoRequest's paths against node:crypto HMAC, side by side in one process each. */
export function signing({ rounds, durationMs }) {
  return ['node', 'web'].map((path) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [new URL('./signing-child.mjs', import.meta.url).pathname, path, String(rounds), String(durationMs)],
        { encoding: 'utf8' },
      ),
    ),
  )
}
