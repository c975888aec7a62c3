import ts from 'typescript'
import { isValueComment } from './comment-match.ts'
import type { ReadmeBlock } from './readme-blocks.ts'

/** A claim a README makes about a value: the comment after a `console.log` or an expression. */
export interface ReadmeCheck {
  readonly id: number
  readonly line: number
  readonly comment: string
}

export interface InstrumentedReadme {
  /** One ES module (JavaScript) running every runnable block, importing `./readme-harness.mjs`. */
  readonly module: string
  /** The same module before it is compiled, for tsc to check the examples' types. */
  readonly typescript: string
  readonly checks: ReadmeCheck[]
  /** Blocks that are not TypeScript a module can hold (placeholders such as `iyzico({...})`). */
  readonly unparsable: { readonly line: number; readonly reason: string }[]
}

/** Names an example may use without defining them; readme-harness.mjs's `free` defines each. */
const FREE_NAMES = [
  'durum',
  'ship',
  'queries',
  'readStatus',
  'query',
  'request',
  'answerForReal',
  'app',
  'firstTimeSeen',
  'handle',
]

const PROVIDERS = ['paytr', 'esnekpos', 'iyzico']

/** Starts the line before a block's first line, naming the README line that block starts on. */
export const README_LINE = '//@readme-line '

/**
 * Turns a README's blocks into one module. Each block runs in its own scope nested in the previous
 * block's, so a later block sees what an earlier one set up (as a reader does) and may redeclare
 * it; imports are hoisted and merged. `environment: 'sandbox' | 'production'` in a provider's
 * options becomes the provider's simulator; `export`ed handlers are handed to the harness to call.
 * A block with a top-level `return` (a function body shown alone) runs inside an async function.
 */
export function instrumentReadme(blocks: readonly ReadmeBlock[]): InstrumentedReadme {
  const imports = new ImportSet()
  const checks: ReadmeCheck[] = []
  const unparsable: InstrumentedReadme['unparsable'] = []
  const declared = new Set<string>()
  const used = new Set<string>()
  let body = ''
  let closing = ''
  for (const block of blocks) {
    const syntax = ts.transpileModule(block.code, { reportDiagnostics: true }).diagnostics ?? []
    if (syntax.length > 0) {
      const first = syntax[0] as ts.Diagnostic
      unparsable.push({ line: block.line, reason: ts.flattenDiagnosticMessageText(first.messageText, ' ') })
      continue
    }
    const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
    const edits: Edit[] = []
    const after: string[] = []
    const lineOf = (node: ts.Node) => block.line + source.getLineAndCharacterOfPosition(node.getStart()).line
    const check = (node: ts.Node) => {
      const comment = commentAfter(block.code, node.end)
      if (comment === undefined || !isValueComment(comment)) return undefined
      const id = checks.length
      checks.push({ id, line: lineOf(node), comment })
      return id
    }
    for (const statement of source.statements) {
      collectDeclared(statement, declared)
      if (ts.isImportDeclaration(statement)) {
        imports.add(statement)
        edits.push({ start: statement.getStart(), end: statement.end, text: '' })
      } else if (ts.isExportAssignment(statement)) {
        edits.push({
          start: statement.getStart(),
          end: statement.expression.getStart(),
          text: '__durum.exported(',
        })
        edits.push({ start: statement.expression.end, end: statement.expression.end, text: ')' })
      } else if (ts.isExpressionStatement(statement) && !isConsoleLog(statement.expression)) {
        const id = check(statement)
        if (id !== undefined) {
          edits.push({
            start: statement.expression.getStart(),
            end: statement.expression.getStart(),
            text: `__durum.valueAt(${id})(`,
          })
          edits.push({ start: statement.expression.end, end: statement.expression.end, text: ')' })
        }
      }
      const exported = ts.canHaveModifiers(statement)
        ? ts.getModifiers(statement)?.find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
        : undefined
      if (exported !== undefined) {
        edits.push({ start: exported.getStart(), end: exported.end, text: '' })
        if (ts.isFunctionDeclaration(statement) && statement.name)
          after.push(`__durum.exported({ ${statement.name.text} })`)
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) used.add(node.text)
      if (ts.isCallExpression(node) && isConsoleLog(node)) {
        const id = check(node)
        if (id !== undefined)
          edits.push({
            start: node.expression.getStart(),
            end: node.expression.end,
            text: `__durum.logAt(${id})`,
          })
      }
      const provider = environmentOf(node)
      if (provider !== undefined)
        edits.push({ start: node.getStart(), end: node.end, text: `baseUrl: __durum.baseUrl('${provider}')` })
      ts.forEachChild(node, visit)
    }
    visit(source)
    const code = [applyEdits(block.code, edits), ...after].join('\n')
    // The marker maps tsc's line numbers back to the README's (the edits keep every line in place).
    const enter = `__durum.enter(${block.line})\n${README_LINE}${block.line}\n`
    if (hasTopLevelReturn(source)) body += `await (async () => {\n${enter}${code}\n})()\n`
    else {
      body += `{\n${enter}${code}\n`
      closing += '}\n'
    }
  }
  const free = FREE_NAMES.filter((name) => used.has(name) && !declared.has(name))
  const typescript = [
    ...imports.statements(),
    "import { __durum } from './readme-harness.mjs'",
    free.length > 0 ? `const { ${free.join(', ')} } = __durum.free` : '',
    `try {\n${body}${closing}} catch (error) {\n  await __durum.finish(error)\n}\nawait __durum.finish()`,
  ].join('\n')
  const module = ts.transpileModule(typescript, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
  return { module, typescript, checks: checks.sort((a, b) => a.line - b.line), unparsable }
}

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  let result = code
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

const isConsoleLog = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && node.expression.getText() === 'console.log'

/**
 * The comment stating a value: after the node on its own line (`x // 1`), or, when nothing follows
 * the node there, the `//` lines right below it.
 */
function commentAfter(code: string, end: number): string | undefined {
  const lineEnd = code.indexOf('\n', end) === -1 ? code.length : code.indexOf('\n', end)
  const rest = code.slice(end, lineEnd)
  const sameLine = /^[\s,;)\]}]*\/\/ ?(.*)$/.exec(rest)
  if (sameLine) return sameLine[1]?.trim()
  if (!/^[\s,;)\]}]*$/.test(rest)) return undefined
  const below: string[] = []
  for (const line of code.slice(lineEnd + 1).split('\n')) {
    const comment = /^\s*\/\/ ?(.*)$/.exec(line)
    if (!comment) break
    below.push(comment[1] ?? '')
  }
  return below.length > 0 ? below.join(' ').trim() : undefined
}

/** The provider whose `environment: '…'` option this node is, to point at its simulator. */
function environmentOf(node: ts.Node): string | undefined {
  if (!ts.isPropertyAssignment(node) || node.name.getText() !== 'environment') return undefined
  if (!ts.isStringLiteral(node.initializer)) return undefined
  const call = node.parent.parent
  if (!ts.isCallExpression(call)) return undefined
  const callee = call.expression.getText().toLowerCase()
  return PROVIDERS.find((provider) => callee.includes(provider))
}

function hasTopLevelReturn(node: ts.Node): boolean {
  if (ts.isReturnStatement(node)) return true
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false
  return ts.forEachChild(node, hasTopLevelReturn) ?? false
}

/** The names a block's top-level statement declares: what a later block, or the harness, would clash with. */
function collectDeclared(statement: ts.Statement, declared: Set<string>): void {
  const names: ts.Node[] = []
  if (ts.isVariableStatement(statement))
    for (const declaration of statement.declarationList.declarations) names.push(declaration.name)
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
    names.push(statement.name)
  const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined
  if (clause?.name) names.push(clause.name)
  if (clause?.namedBindings) names.push(clause.namedBindings)
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) declared.add(node.text)
    else if (!ts.isPropertyName(node) || ts.isComputedPropertyName(node)) ts.forEachChild(node, visit)
  }
  for (const name of names) visit(name)
}

interface ModuleImports {
  namespace?: string
  default?: string
  readonly named: Map<string, string>
}

/** The blocks' imports merged by module, each local name once; type imports kept for tsc (compiling drops them). */
class ImportSet {
  readonly #modules = new Map<string, ModuleImports>()
  readonly #typeOnly = new Set<string>()
  readonly #names = new Set<string>()

  add(declaration: ts.ImportDeclaration): void {
    const from = (declaration.moduleSpecifier as ts.StringLiteral).text
    const clause = declaration.importClause
    const bindings = clause?.namedBindings
    if (clause?.isTypeOnly && (clause.name || (bindings && ts.isNamespaceImport(bindings)))) {
      this.#typeOnly.add(declaration.getText())
      return
    }
    const entry: ModuleImports = this.#modules.get(from) ?? { named: new Map() }
    this.#modules.set(from, entry)
    if (clause === undefined) return
    // A name two blocks import from different packages (DurumError from core, then from
    // status-normalizer, which re-exports it) is imported once, from the first.
    const fresh = (name: string) => !this.#names.has(name) && this.#names.add(name)
    if (clause.name && fresh(clause.name.text)) entry.default = clause.name.text
    if (bindings && ts.isNamespaceImport(bindings)) {
      if (fresh(bindings.name.text)) entry.namespace = bindings.name.text
    } else if (bindings)
      for (const element of bindings.elements) {
        const text = element.getText()
        if (fresh(element.name.text))
          entry.named.set(element.name.text, clause.isTypeOnly && !element.isTypeOnly ? `type ${text}` : text)
      }
  }

  statements(): string[] {
    const merged = [...this.#modules].flatMap(([from, entry]) => {
      const lines: string[] = []
      if (entry.namespace) lines.push(`import * as ${entry.namespace} from '${from}'`)
      const named = entry.named.size > 0 ? `{ ${[...entry.named.values()].join(', ')} }` : ''
      const clause = [entry.default, named].filter(Boolean).join(', ')
      if (clause !== '') lines.push(`import ${clause} from '${from}'`)
      else if (!entry.namespace) lines.push(`import '${from}'`)
      return lines
    })
    return [...merged, ...this.#typeOnly]
  }
}
