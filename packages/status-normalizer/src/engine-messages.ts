import type { Message } from '@durum/core'

/** Every sentence the engine writes itself, by reason, in every locale. */
export const engineMessages = {
  'core.invalid_locale': {
    en: ({ field, shown }: { field: string; shown: string }) =>
      `${field} must be 'en' or 'tr', not ${shown}.`,
    tr: ({ field, shown }: { field: string; shown: string }) =>
      `${field} 'en' ya da 'tr' olmalı; verilen: ${shown}.`,
  },
} as const satisfies Record<string, Message<never>>
