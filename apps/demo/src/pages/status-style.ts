/**
 * How each status looks: a tone (its colour, in style.css) and an icon. Colour is never the only
 * signal: the badge always carries the translated name as text, and the icon is decorative.
 */
export const STATUS_STYLE: Readonly<Record<string, { tone: string; icon: string }>> = {
  SUCCEEDED: { tone: 'success', icon: '✓' },
  PARTIALLY_REFUNDED: { tone: 'success', icon: '◐' },
  AUTHORIZED: { tone: 'info', icon: '◔' },
  REFUNDED: { tone: 'neutral', icon: '↩' },
  CANCELLED: { tone: 'neutral', icon: '⊘' },
  PENDING: { tone: 'waiting', icon: '◷' },
  REQUIRES_ACTION: { tone: 'warning', icon: '!' },
  UNDER_REVIEW: { tone: 'warning', icon: '⚑' },
  FAILED: { tone: 'danger', icon: '✕' },
  UNKNOWN: { tone: 'unknown', icon: '?' },
  ACTIVE: { tone: 'success', icon: '●' },
  INACTIVE: { tone: 'neutral', icon: '○' },
  ERROR: { tone: 'danger', icon: '⚠' },
}

export function styleOf(status: string): { tone: string; icon: string } {
  return STATUS_STYLE[status] ?? { tone: 'unknown', icon: '?' }
}
