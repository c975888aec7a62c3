import { defineConfig } from 'tsdown'

// The server is built (Node 20 cannot run .ts); the browser files in src/public are plain JS and CSS,
// copied as they are, so users never need a frontend build.
export default defineConfig({
  entry: ['src/main.ts'],
  format: 'esm',
  platform: 'node',
  dts: false,
  sourcemap: true,
  fixedExtension: false,
  copy: [{ from: 'src/public/*', to: 'dist/public' }],
})
