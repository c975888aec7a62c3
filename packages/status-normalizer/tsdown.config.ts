import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: ['src/index.ts', 'src/testing/index.ts', 'src/testing/simulator.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  fixedExtension: false,
  // `./testing` serves simulators on real sockets; the main entry stays web-standard.
  deps: { neverBundle: [/^node:/] },
})
