import { mergeConfig } from 'vitest/config'
import { definePackageProject } from '../../vitest.shared.ts'

// Each test starts `durum` as a process (and some a Redis and workers): on a busy machine that takes
// seconds, not the milliseconds vitest's default timeout is made for.
export default mergeConfig(definePackageProject('@durum/cli'), { test: { testTimeout: 60_000 } })
