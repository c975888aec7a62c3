import { defineConfig } from 'tsdown'

// One executable; the durum packages and the CLI libraries stay dependencies, not bundled in.
export default defineConfig({
  entry: ['src/bin.ts'],
  format: 'esm',
  platform: 'node',
  dts: false,
  checks: { pluginTimings: false },
  fixedExtension: false,
})
