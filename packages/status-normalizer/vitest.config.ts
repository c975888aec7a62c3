import { definePackageProject } from '../../vitest.shared'

export default definePackageProject('@durum/status-normalizer')
