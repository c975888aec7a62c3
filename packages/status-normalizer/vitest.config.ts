import { mergeConfig } from 'vitest/config'
import { definePackageProject } from '../../vitest.shared.ts'

// Type tests (`*.test-d.ts`) run through vitest's typecheck mode as well as `tsc --noEmit`.
export default mergeConfig(definePackageProject('@durum/status-normalizer'), {
  test: { typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' } },
})
