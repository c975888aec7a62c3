import { defineConfig } from 'vitest/config'

// One vitest project per workspace package, so `pnpm vitest` at the root runs everything
// and each package can still run its own tests in isolation.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'benchmarks', 'tests/*'],
  },
})
