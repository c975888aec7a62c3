import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

// What a merchant's editor shows: a consumer file is compiled against the packages, and the checker
// is asked what it prints for a result and which fields carry no doc. Once against the sources, and
// once against the built declarations a user installs, since the declaration bundler can lose a doc
// the sources have. turbo builds a package before its tests; a local run before any build skips the
// second (under CI=true it fails).
const packages = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const consumerFile = packages('status-normalizer/src/__consumer__.ts')
const consumer = `
import type { DurumError, GetStatusesOptions, NormalizedPayment, NormalizedSession, StatusNormalizer,
  StatusNormalizerOptions, StatusProvider, WaitForStatusOptions } from '@durum/status-normalizer'

type Acme = StatusProvider<'acme',
  | { query: { paymentId: string }; result: NormalizedPayment }
  | { query: { session: { token: string } }; result: NormalizedSession }>
declare const durum: StatusNormalizer<Acme>
export async function read() {
  const payment = await durum.getStatus({ provider: 'acme', paymentId: '1' })
  const session = await durum.getStatus({ provider: 'acme', session: { token: 't' } })
  const status = payment.status
  const failure = payment.failure
  const item = payment.items?.[0]
  const attempt = payment.attempts?.[0]
  const ids = payment.ids
  const card = payment.card
  const money = payment.paidAmount
  return { payment, session, status, failure, item, attempt, ids, card, money }
}
export type Options = [StatusNormalizerOptions<[]>, GetStatusesOptions, WaitForStatusOptions, DurumError]
`

const builds = [
  { name: 'the sources', core: 'core/src/index.ts', normalizer: 'status-normalizer/src/index.ts' },
  {
    name: 'the built declarations',
    core: 'core/dist/index.d.ts',
    normalizer: 'status-normalizer/dist/index.d.ts',
  },
]

/** The consumer's declarations by name, and the checker that read them against `build`. */
function compile(build: (typeof builds)[number]) {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    exactOptionalPropertyTypes: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    paths: {
      '@durum/core': [packages(build.core)],
      '@durum/status-normalizer': [packages(build.normalizer)],
    },
  }
  const host = ts.createCompilerHost(options)
  const readSource = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, language) =>
    fileName === consumerFile
      ? ts.createSourceFile(fileName, consumer, language)
      : readSource(fileName, language)
  const program = ts.createProgram([consumerFile], options, host)
  const declarations = new Map<string, ts.Node>()
  const visit = (node: ts.Node) => {
    if ((ts.isVariableDeclaration(node) || ts.isTypeAliasDeclaration(node)) && ts.isIdentifier(node.name)) {
      declarations.set(node.name.text, node.name)
    }
    ts.forEachChild(node, visit)
  }
  const source = program.getSourceFile(consumerFile)
  if (source) visit(source)
  return { checker: program.getTypeChecker(), declarations }
}

const unbuilt = (build: (typeof builds)[number]) =>
  [build.core, build.normalizer].filter((entry) => !existsSync(packages(entry)))

describe.each(builds)('the public types as an editor shows them, from $name', (build) => {
  const absent = unbuilt(build)
  const skip = absent.length > 0 && process.env.CI !== 'true'
  let checker: ts.TypeChecker
  let declarations: Map<string, ts.Node>
  beforeAll(() => {
    if (skip) return
    if (absent.length > 0)
      throw new Error(`${absent.join(', ')} missing: build the packages first (pnpm build).`)
    const compiled = compile(build)
    checker = compiled.checker
    declarations = compiled.declarations
  })
  const typeOf = (name: string) => {
    const node = declarations.get(name)
    if (node === undefined) throw new Error(`the consumer declares no ${name}`)
    return checker.getTypeAtLocation(node)
  }
  const printed = (name: string) => checker.typeToString(typeOf(name))

  /** The fields (of the `index`th member, for a tuple) that have no doc comment. */
  const undocumented = (name: string, index = 0): string[] => {
    let type = checker.getNonNullableType(typeOf(name))
    if (checker.isTupleType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[index] as ts.Type
    return (
      type
        .getProperties()
        .filter((property) => property.getDocumentationComment(checker).length === 0)
        // A symbol-keyed member (the cross-copy marker) is no field a caller reads; lib's own
        // members (`message`, `stack`) are documented by the lib.
        .filter((property) => !property.name.startsWith('__@'))
        .filter((property) =>
          property.declarations?.some((d) => !d.getSourceFile().fileName.includes('/typescript/lib/')),
        )
        .map((property) => property.name)
    )
  }

  it.skipIf(skip)('shows each result and its parts by name, not as an anonymous object', () => {
    expect(printed('payment')).toBe('NormalizedPayment')
    expect(printed('session')).toBe('NormalizedSession')
    expect(printed('status')).toBe('PaymentStatus')
    expect(printed('failure')).toBe('Failure | undefined')
    expect(printed('item')).toBe('PaymentItem | undefined')
    expect(printed('money')).toBe('Money | undefined')
  })

  it.skipIf(skip)('has a doc on every field of a result but its kind', () => {
    expect(undocumented('payment')).toEqual(['kind'])
    expect(undocumented('session')).toEqual(['kind'])
    expect(undocumented('failure')).toEqual([])
    expect(undocumented('item')).toEqual([])
    expect(undocumented('attempt')).toEqual([])
    expect(undocumented('ids')).toEqual([])
    expect(undocumented('card')).toEqual([])
    expect(undocumented('money')).toEqual([])
  })

  it.skipIf(skip)('has a doc on every option and on every field of DurumError', () => {
    expect(undocumented('Options', 0)).toEqual([])
    expect(undocumented('Options', 1)).toEqual([])
    expect(undocumented('Options', 2)).toEqual([])
    expect(undocumented('Options', 3)).toEqual([])
  })
})
