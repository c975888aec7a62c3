/**
 * Whether a README comment such as `// { amount: '10.01', currency: 'TRY' }` states what the code
 * printed. Spacing and quote style do not count (a README writes `['a']` where Node prints
 * `[ 'a' ]`); `…` stands for any text; prose after the value, set off by `:`, `,` or `(` outside
 * any bracket or quote (`// true: see "Refunds"`), is not part of the claim.
 */
export function commentMatches(comment: string, actualForms: readonly string[]): boolean {
  const claims = [comment, ...valuesBeforeProse(comment)]
  return claims.some((claim) => {
    const pattern = new RegExp(`^${squash(claim).split('…').map(escapeRegExp).join('.*')}$`, 's')
    return actualForms.some((actual) => pattern.test(squash(actual)))
  })
}

/**
 * Whether a comment states a value: it starts like one (a quote, bracket, number, `true`, `false`,
 * `null`, `undefined` or an upper-case status word such as `SUCCEEDED`) and is not an error case
 * (`{ timeout: 0 } would throw …`). Prose (`// in Turkish`, `// e.g. …`) is not a claim.
 */
export function isValueComment(comment: string): boolean {
  return (
    /^(['"{[\d]|-\d|(true|false|null|undefined|[A-Z][A-Z_]+)\b)/.test(comment.trim()) &&
    !/\bthrows?\b|\bwould throw\b/i.test(comment)
  )
}

const squash = (text: string) => text.replace(/\s+|['"]/g, '')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The comment cut before each `:`, `,` or `(` that stands outside brackets and quotes. */
function valuesBeforeProse(comment: string): string[] {
  const cuts: string[] = []
  let depth = 0
  let quote: string | undefined
  for (let index = 0; index < comment.length; index++) {
    const char = comment[index] as string
    const before = comment[index - 1] ?? ' '
    const after = comment[index + 1] ?? ' '
    if (quote !== undefined) {
      if (char === quote && /[\s,:)\]}]/.test(after)) quote = undefined
    } else if ((char === "'" || char === '"') && /[\s([{,:]/.test(before)) quote = char
    else if ('([{'.includes(char) && !(char === '(' && depth === 0)) depth++
    else if (')]}'.includes(char)) depth = Math.max(0, depth - 1)
    if (quote === undefined && depth === 0 && ':,('.includes(char) && index > 0) {
      const value = comment.slice(0, index).trim()
      if (value !== '') cuts.push(value)
    }
  }
  return cuts
}
