/*
 * How a secret's characters are spelled by the encoders a provider or proxy may apply before echoing
 * it: percent-encoding in either case (and again, `%252B`), form encoding (`+` for a space), JSON
 * escapes (`\/` from PHP, `\u002B` from .NET for `+ < > & '` and non-ASCII, each again inside
 * JSON written as a string: `\\/`) and HTML entities
 * (`&#43;`, `&#x2B;`, `&plus;`). One pattern per secret matches it however each character is written.
 */

/** Named HTML entities (HTML5) of the characters keys and ids are made of. */
const namedEntities: Readonly<Record<string, readonly string[]>> = {
  '!': ['excl'],
  '"': ['quot', 'QUOT'],
  '#': ['num'],
  $: ['dollar'],
  '%': ['percnt'],
  '&': ['amp', 'AMP'],
  "'": ['apos'],
  '(': ['lpar'],
  ')': ['rpar'],
  '*': ['ast', 'midast'],
  '+': ['plus'],
  ',': ['comma'],
  '.': ['period'],
  '/': ['sol'],
  ':': ['colon'],
  ';': ['semi'],
  '<': ['lt', 'LT'],
  '=': ['equals'],
  '>': ['gt', 'GT'],
  '?': ['quest'],
  '@': ['commat'],
  '[': ['lsqb', 'lbrack'],
  '\\': ['bsol'],
  ']': ['rsqb', 'rbrack'],
  '^': ['Hat'],
  _: ['lowbar', 'UnderBar'],
  '`': ['grave', 'DiacriticalGrave'],
  '{': ['lcub', 'lbrace'],
  '|': ['vert', 'verbar', 'VerticalLine'],
  '}': ['rcub', 'rbrace'],
  '\t': ['Tab'],
  '\n': ['NewLine'],
  Ç: ['Ccedil'],
  ç: ['ccedil'],
  Ğ: ['Gbreve'],
  ğ: ['gbreve'],
  İ: ['Idot'],
  ı: ['imath', 'inodot'],
  Ö: ['Ouml'],
  ö: ['ouml'],
  Ş: ['Scedil'],
  ş: ['scedil'],
  Ü: ['Uuml'],
  ü: ['uuml'],
}

/** JSON's two-character escapes. */
const jsonShortEscapes: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/** Hex digits of `value` (at least `width`), each letter matched in either case. */
function hexPattern(value: number, width: number): string {
  return value
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`)
}

function characterPattern(character: string): string {
  const code = character.codePointAt(0) as number
  const spellings: string[] = []
  // Percent-encoded UTF-8, once or more (`%2B`, `%2b`, `%252B`).
  let percent = ''
  for (const byte of new TextEncoder().encode(character)) percent += `%(?:25)*${hexPattern(byte, 2)}`
  spellings.push(percent)
  // JSON escapes, UTF-16 unit by unit (a surrogate pair for a character past U+FFFF). An escape's
  // backslash may itself be escaped, once per level of JSON written inside JSON (`\\/`, `\\u002B`).
  let unicode = ''
  for (let index = 0; index < character.length; index++) {
    unicode += `\\\\+u${hexPattern(character.charCodeAt(index), 4)}`
  }
  spellings.push(unicode)
  const short = jsonShortEscapes[character]
  if (short !== undefined) spellings.push(`\\\\+${escapeRegExp(short.slice(1))}`)
  // HTML character references; browsers also read them without the closing `;`.
  spellings.push(`&#0*${code}(?![0-9]);?`, `&#[xX]0*${hexPattern(code, 1)}(?![0-9a-fA-F]);?`)
  const named = namedEntities[character]
  if (named !== undefined) spellings.push(`&(?:${named.join('|')});?`)
  // The character as it is comes last: tried first, a literal `&` or `%` would end a match before the
  // rest of its own entity or escape.
  if (character === ' ') spellings.push('\\+')
  spellings.push(escapeRegExp(character))
  return `(?:${spellings.join('|')})`
}

/** A regular-expression source matching `secret` however each of its characters is encoded. */
export function secretPattern(secret: string): string {
  let pattern = ''
  for (const character of secret) pattern += characterPattern(character)
  return pattern
}
