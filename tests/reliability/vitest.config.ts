import { definePackageProject } from '../../vitest.shared'

export default definePackageProject('reliability')
