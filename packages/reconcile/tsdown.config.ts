import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/testing/index.ts'],
  format: 'esm',
  platform: 'node',
  dts: true,
  checks: { pluginTimings: false },
  fixedExtension: false,
})
