/*
 * Characters that can forge or disguise a log line when echoed: C0 and C1 controls and DEL (CR and
 * LF start a new line), the line and paragraph separators, and the invisible and bidi formatting
 * characters (marks, embeddings, overrides, isolates, zero-width, BOM) that reorder or hide text.
 */
function isUnprintable(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  if (code < 0x61c) return false
  return (
    code === 0x61c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x206f) ||
    code === 0xfeff
  )
}

function escaped(code: number): string {
  return `\\u{${code.toString(16).toUpperCase().padStart(4, '0')}}`
}

/**
 * The text with every control, bidi and invisible formatting character written as a visible
 * `\u{000A}`-style escape; any other text (Turkish letters included) is left as it is.
 */
export function printable(text: string): string {
  let output: string | undefined
  let copiedUpTo = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isUnprintable(code)) continue
    output = (output ?? '') + text.slice(copiedUpTo, index) + escaped(code)
    copiedUpTo = index + 1
  }
  return output === undefined ? text : output + text.slice(copiedUpTo)
}
