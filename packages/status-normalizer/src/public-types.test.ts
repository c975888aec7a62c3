import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

// What a merchant's editor shows: a consumer file is compiled against the packages' sources, and the
// checker is asked what it prints for a result and which fields carry no doc.
const packages = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const consumerFile = packages('status-normalizer/src/__consumer__.ts')
const consumer = `
import { createStatusNormalizer, type DurumError, type GetStatusesOptions, type StatusNormalizerOptions,
  type WaitForStatusOptions } from '@durum/status-normalizer'
import { acme } from './__example__/acme-provider'

const durum = createStatusNormalizer({ providers: [acme({ apiKey: 'k' })] })
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

let checker: ts.TypeChecker
let declarations: Map<string, ts.Node>

beforeAll(() => {
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
      '@durum/core': [packages('core/src/index.ts')],
      '@durum/status-normalizer': [packages('status-normalizer/src/index.ts')],
    },
  }
  const host = ts.createCompilerHost(options)
  const readSource = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, language) =>
    fileName === consumerFile
      ? ts.createSourceFile(fileName, consumer, language)
      : readSource(fileName, language)
  const program = ts.createProgram([consumerFile], options, host)
  checker = program.getTypeChecker()
  declarations = new Map()
  const source = program.getSourceFile(consumerFile)
  const visit = (node: ts.Node) => {
    if ((ts.isVariableDeclaration(node) || ts.isTypeAliasDeclaration(node)) && ts.isIdentifier(node.name)) {
      declarations.set(node.name.text, node.name)
    }
    ts.forEachChild(node, visit)
  }
  if (source) visit(source)
}, 60_000)

const printed = (name: string) => {
  const node = declarations.get(name)
  if (node === undefined) throw new Error(`the consumer declares no ${name}`)
  return checker.typeToString(checker.getTypeAtLocation(node))
}

/** The fields of the type named `name` in the consumer that have no doc comment. */
const undocumented = (name: string, index = 0): string[] => {
  const node = declarations.get(name)
  if (node === undefined) throw new Error(`the consumer declares no ${name}`)
  let type = checker.getNonNullableType(checker.getTypeAtLocation(node))
  if (checker.isTupleType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[index] as ts.Type
  return (
    type
      .getProperties()
      .filter((property) => property.getDocumentationComment(checker).length === 0)
      // A symbol-keyed member (the cross-copy marker) is no field a caller reads.
      .filter((property) => !property.name.startsWith('__@'))
      .filter((property) => property.declarations?.some((d) => !d.getSourceFile().isDeclarationFile))
      .map((property) => property.name)
  )
}

describe('the public types as an editor shows them', () => {
  it('shows each result and its parts by name, not as an anonymous object', () => {
    expect(printed('payment')).toBe('NormalizedPayment')
    expect(printed('session')).toBe('NormalizedSession')
    expect(printed('status')).toBe('PaymentStatus')
    expect(printed('failure')).toBe('Failure | undefined')
    expect(printed('item')).toBe('PaymentItem | undefined')
    expect(printed('money')).toBe('Money | undefined')
  })

  it('has a doc on every field of a result but its kind', () => {
    expect(undocumented('payment')).toEqual(['kind'])
    expect(undocumented('session')).toEqual(['kind'])
    expect(undocumented('failure')).toEqual([])
    expect(undocumented('item')).toEqual([])
    expect(undocumented('attempt')).toEqual([])
    expect(undocumented('ids')).toEqual([])
    expect(undocumented('card')).toEqual([])
    expect(undocumented('money')).toEqual([])
  })

  it('has a doc on every option and on every field of DurumError', () => {
    expect(undocumented('Options', 0)).toEqual([])
    expect(undocumented('Options', 1)).toEqual([])
    expect(undocumented('Options', 2)).toEqual([])
    expect(undocumented('Options', 3)).toEqual([])
  })
})
