/** The longest provider value an error message quotes whole. */
const quotedMax = 40

/**
 * A provider value for an error message: quoted whole when short (where the redactor finds any key
 * in it), else only its length. Never a cut-off quote, whose first characters could be the start of
 * a key no redactor can recognise.
 */
export function quotedValue(text: string): string {
  return text.length > quotedMax ? `a text of ${text.length} characters` : `"${text}"`
}
