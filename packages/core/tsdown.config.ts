import { defineConfig } from 'tsdown'

export default defineConfig({
  // `node` is the `node` export condition's entry; only it may import `node:` modules.
  entry: ['src/index.ts', 'src/node.ts'],
  format: 'esm',
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  dts: true,
  // Declaration bundling is the slow part of every build by design; rolldown's timing table only repeats that.
  checks: { pluginTimings: false },
  fixedExtension: false,
})
