import { mergeConfig } from 'vitest/config'
import { definePackageProject } from '../../vitest.shared.ts'

// Whole-system tests: hundreds of simulated round trips per property, runtimes spawned, tarballs
// installed, on two cores shared with the browser tests. Each test asserts its own settle budgets;
// vitest's 5 s unit-test default only turned a busy machine into failures.
export default mergeConfig(definePackageProject('reliability'), { test: { testTimeout: 60_000 } })
