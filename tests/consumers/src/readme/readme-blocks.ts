/** One ```ts block of a README: its code and the README line its first code line is on (1-based). */
export interface ReadmeBlock {
  readonly line: number
  readonly code: string
}

const OPENING = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\s*$/

/** Every TypeScript block of a Markdown text, in order; indented fences (inside lists) included. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = []
  let open: { line: number; indent: number; fence: string; code: string[] } | undefined
  markdown.split(/\r?\n/).forEach((text, index) => {
    if (open === undefined) {
      const match = OPENING.exec(text)
      if (match) open = { line: index + 2, indent: match[1]?.length ?? 0, fence: match[2] ?? '```', code: [] }
    } else if (text.trim().startsWith(open.fence) && text.trim().replace(/[`~]/g, '') === '') {
      blocks.push({ line: open.line, code: open.code.join('\n') })
      open = undefined
    } else {
      open.code.push(text.slice(Math.min(open.indent, text.length - text.trimStart().length)))
    }
  })
  return blocks
}
