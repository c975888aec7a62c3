import { inspect } from 'node:util'

/**
 * Every way a value may end up in front of someone: its JSON, its `util.inspect` (what `console.log`
 * prints), and for errors the message, stack and each `cause` down the chain.
 */
export function renderings(value: unknown): string[] {
  const texts: string[] = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true })]
  try {
    texts.push(JSON.stringify(value) ?? '')
  } catch {
    // Not serialisable (a cycle): inspect above still covers it.
  }
  const seen = new Set<unknown>()
  for (
    let current: unknown = value;
    current instanceof Error && !seen.has(current);
    current = current.cause
  ) {
    seen.add(current)
    texts.push(
      current.message,
      current.stack ?? '',
      inspect(current.cause, { depth: Number.POSITIVE_INFINITY }),
    )
  }
  return texts
}

/** The secrets (from `secrets`) found anywhere in `value`'s renderings. */
export function findSecrets(value: unknown, secrets: readonly string[]): string[] {
  const texts = renderings(value)
  return secrets.filter((secret) => secret !== '' && texts.some((text) => text.includes(secret)))
}
