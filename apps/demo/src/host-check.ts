import { ValidationError } from '@durum/status-normalizer'

/** The names a browser on this machine uses for it; a DNS-rebinding page cannot send them. */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const

/** One accepted `Host`: a host name, on one port or (port absent) on any. */
export interface HostRule {
  hostname: string
  port?: number
}

/** `Host` header text → its host name and port, normalized by the URL parser; undefined if it is anything more. */
function parseHost(text: string): { hostname: string; port: number } | undefined {
  let url: URL
  try {
    url = new URL(`http://${text}`)
  } catch {
    return undefined
  }
  // `new URL` would also take a path, a query or user info: a Host header has none of them.
  if (url.host !== text.toLowerCase().replace(/:80$/, '') || url.username !== '' || url.password !== '') {
    return undefined
  }
  return { hostname: url.hostname, port: url.port === '' ? 80 : Number(url.port) }
}

/** Reads `ALLOWED_HOSTS` entries (`demo.example`, `demo.example:8443`), refusing anything else by name. */
export function parseAllowedHosts(entries: readonly string[]): HostRule[] {
  return entries.map((entry) => {
    const parsed = parseHost(entry.trim())
    if (parsed === undefined || entry.trim() === '') {
      throw new ValidationError({
        field: 'ALLOWED_HOSTS',
        message: `ALLOWED_HOSTS lists "${entry}", which is not a host name or host:port (e.g. demo.example or demo.example:8443).`,
      })
    }
    return /:\d+$/.test(entry.trim()) ? parsed : { hostname: parsed.hostname }
  })
}

/** The rules of a demo listening on `hostname:port`: that address and the loopback names, on that port. */
export function listeningHostRules(hostname: string, port: number): HostRule[] {
  const names = new Set([hostname.toLowerCase(), ...LOOPBACK_HOSTNAMES])
  return [...names].map((name) => ({
    hostname: name.includes(':') && !name.startsWith('[') ? `[${name}]` : name,
    port,
  }))
}

/** Whether a request's `Host` header names this demo under one of `rules`. */
export function isAllowedHost(host: string | undefined, rules: readonly HostRule[]): boolean {
  const parsed = host === undefined ? undefined : parseHost(host)
  if (parsed === undefined) return false
  return rules.some(
    (rule) => rule.hostname === parsed.hostname && (rule.port === undefined || rule.port === parsed.port),
  )
}
