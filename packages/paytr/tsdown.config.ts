import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/internal.ts', 'src/testing/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  // Declaration bundling is the slow part of every build by design; rolldown's timing table only repeats that.
  checks: { pluginTimings: false },
  fixedExtension: false,
})
