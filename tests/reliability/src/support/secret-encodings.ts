/**
 * How a hostile or careless provider may echo a secret back: each encoding turns the secret into the
 * text it sends. `source: 'value'` puts that text in a JSON string value (so it survives parsing);
 * `source: 'json'` writes it into the body's JSON source as is, where it is a valid escape that
 * parses back to the plain secret (PHP's `\/`, .NET's `\u002B`): only the raw text shows the form.
 */
export interface SecretEncoding {
  name: string
  source: 'value' | 'json'
  encode(secret: string): string
}

const hex = (char: string, width: number) =>
  char.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0')
const eachSpecial = (secret: string, encode: (char: string) => string) =>
  secret.replace(/[^A-Za-z0-9]/g, encode)

export const SECRET_ENCODINGS: readonly SecretEncoding[] = [
  { name: 'plain', source: 'value', encode: (secret) => secret },
  { name: 'upper-case %XX', source: 'value', encode: encodeURIComponent },
  {
    name: 'lower-case %xx',
    source: 'value',
    encode: (secret) =>
      encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (percent) => percent.toLowerCase()),
  },
  {
    name: 'double URL-encoding',
    source: 'value',
    encode: (secret) => encodeURIComponent(encodeURIComponent(secret)),
  },
  {
    name: 'HTML entities, decimal',
    source: 'value',
    encode: (secret) => eachSpecial(secret, (char) => `&#${char.charCodeAt(0)};`),
  },
  {
    name: 'HTML entities, hex',
    source: 'value',
    encode: (secret) => eachSpecial(secret, (char) => `&#x${hex(char, 2)};`),
  },
  { name: 'HTML entities, named', source: 'value', encode: (secret) => eachSpecial(secret, namedEntity) },
  { name: '\\/ kept in the string', source: 'value', encode: (secret) => secret.replaceAll('/', '\\/') },
  {
    name: '\\u002B kept in the string',
    source: 'value',
    encode: (secret) => eachSpecial(secret, (char) => `\\u${hex(char, 4)}`),
  },
  { name: 'base64', source: 'value', encode: (secret) => btoa(secret) },
  {
    name: 'base64url inside a longer text',
    source: 'value',
    encode: (secret) =>
      btoa(`merchant:${secret}&at:1`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''),
  },
  { name: "PHP's JSON (\\/ in the body)", source: 'json', encode: (secret) => secret.replaceAll('/', '\\/') },
  {
    name: ".NET's JSON (\\u002B in the body)",
    source: 'json',
    encode: (secret) => eachSpecial(secret, (char) => `\\u${hex(char, 4)}`),
  },
]

function namedEntity(char: string): string {
  switch (char) {
    case '+':
      return '&plus;'
    case '/':
      return '&sol;'
    case '=':
      return '&equals;'
    default:
      return `&#${char.charCodeAt(0)};`
  }
}

/** The text of a JSON string literal (quotes included) that carries `secrets` encoded as `encoding` says. */
export function encodedLiteral(
  secrets: readonly string[],
  encoding: SecretEncoding,
  prefix = 'key ',
): string {
  const text = `${prefix}${secrets.map((secret) => encoding.encode(secret)).join(' ')}`
  return encoding.source === 'json' ? `"${text}"` : JSON.stringify(text)
}
