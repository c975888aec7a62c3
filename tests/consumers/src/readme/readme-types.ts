import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { instrumentReadme, README_LINE } from './instrument-readme.ts'
import { type ReadmeBlock, readmeBlocks } from './readme-blocks.ts'

const exec = promisify(execFile)
const harness = fileURLToPath(new URL('./readme-harness.mjs', import.meta.url))
const harnessTypes = fileURLToPath(new URL('./readme-harness.d.mts', import.meta.url))
const require = createRequire(import.meta.url)

export interface ReadmeToCheck {
  /** How errors name it, e.g. `packages/iyzico/README.md`. */
  readonly name: string
  readonly path: string
  readonly select?: (block: ReadmeBlock, index: number) => boolean
}

/**
 * tsc over READMEs' examples, each README one module as `runReadme` runs it, under the settings of
 * a strict Node ESM project (`module: nodenext`). Returns each error as `README:line: TSxxxx text`.
 */
export async function readmeTypeErrors(
  readmes: readonly ReadmeToCheck[],
  project: string,
): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'durum-readme-types-'))
  try {
    symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir')
    copyFileSync(harness, join(dir, 'readme-harness.mjs'))
    copyFileSync(harnessTypes, join(dir, 'readme-harness.d.mts'))
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }')
    const files = readmes.map((readme, index) => {
      const blocks = readmeBlocks(readFileSync(readme.path, 'utf8')).filter(readme.select ?? (() => true))
      const file = `readme-${index}.ts`
      writeFileSync(join(dir, file), instrumentReadme(blocks).typescript)
      return file
    })
    const typeRoots = [dirname(dirname(require.resolve('@types/node/package.json')))]
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'ES2023',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
          typeRoots,
        },
        files,
      }),
    )
    const { stdout } = await exec(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], {
      cwd: dir,
      maxBuffer: 1 << 24,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
    return [...stdout.matchAll(/^readme-(\d+)\.ts\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
      ([, index, line, code, message]) => {
        const readme = readmes[Number(index)] as ReadmeToCheck
        const source = readFileSync(join(dir, `readme-${index}.ts`), 'utf8')
        return `${readme.name}:${readmeLine(source, Number(line))}: ${code} ${message}`
      },
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The README line of a line of the generated module, from the nearest block marker above it. */
function readmeLine(source: string, line: number): number | string {
  const lines = source.split('\n')
  for (let index = line - 1; index >= 0; index--) {
    const text = lines[index] ?? ''
    if (text.startsWith(README_LINE)) return Number(text.slice(README_LINE.length)) + (line - 1 - index - 1)
  }
  return `(generated line ${line})`
}
