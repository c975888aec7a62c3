import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url))

// Tests run against the workspace packages' sources, so a package's tests never wait for, or get
// fooled by, a stale `dist/` of its dependencies. The built output is checked separately
// (publint, attw, the runtime and install tests).
export const workspaceAliases = [
  { find: /^@durum\/core$/, replacement: src('core/src/index.ts') },
  {
    find: /^@durum\/status-normalizer\/simulator$/,
    replacement: src('status-normalizer/src/testing/simulator.ts'),
  },
  {
    find: /^@durum\/status-normalizer\/testing$/,
    replacement: src('status-normalizer/src/testing/index.ts'),
  },
  { find: /^@durum\/status-normalizer$/, replacement: src('status-normalizer/src/index.ts') },
  { find: /^@durum\/iyzico\/testing$/, replacement: src('iyzico/src/testing/index.ts') },
  { find: /^@durum\/iyzico$/, replacement: src('iyzico/src/index.ts') },
  { find: /^@durum\/esnekpos\/testing$/, replacement: src('esnekpos/src/testing/index.ts') },
  { find: /^@durum\/esnekpos$/, replacement: src('esnekpos/src/index.ts') },
  { find: /^@durum\/paytr\/testing$/, replacement: src('paytr/src/testing/index.ts') },
  { find: /^@durum\/paytr$/, replacement: src('paytr/src/index.ts') },
  { find: /^@durum\/reconcile\/testing$/, replacement: src('reconcile/src/testing/index.ts') },
  { find: /^@durum\/reconcile$/, replacement: src('reconcile/src/index.ts') },
]

export function definePackageProject(name: string) {
  return defineProject({
    resolve: { alias: workspaceAliases },
    test: { name, include: ['src/**/*.test.ts', 'test/**/*.test.ts'], typecheck: { enabled: false } },
  })
}
