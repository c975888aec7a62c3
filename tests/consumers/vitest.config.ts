import { mergeConfig } from 'vitest/config'
import { definePackageProject } from '../../vitest.shared.ts'

// Each test spawns Node on the built packages (the way a user's project runs them), on two cores
// shared with the rest of the suite; vitest's 5 s unit-test default would only measure the machine.
export default mergeConfig(definePackageProject('consumers'), { test: { testTimeout: 90_000 } })
