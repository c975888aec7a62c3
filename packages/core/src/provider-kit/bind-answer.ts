import { DurumError } from '../durum-error'
import type { LocalizedText, Message, MessageCatalog } from '../locale'
import { isJsonNumber, jsonNumberText } from '../parse-json'
import type { Redactor } from '../redact'

/** One id compared, for the sentence that refuses the answer. */
export interface UnboundAnswer {
  subject: LocalizedText
  field: string
  asked: string
  /** The id the answer carried, redacted; absent when it carried none. */
  answered?: string
}

/**
 * The provider's sentences for an answer about something else (reason `<provider>.another_answer`),
 * and for one that names nothing (`<provider>.unbound_answer`); in every locale, or English only.
 */
export interface BindingMessages {
  mismatch(unbound: Required<UnboundAnswer>): string | LocalizedText
  missing(unbound: UnboundAnswer): string | LocalizedText
}

/** A catalog holding a provider's two binding sentences, `<provider>.another_answer` and `<provider>.unbound_answer`. */
export type BindingCatalog<P extends string> = MessageCatalog &
  Readonly<Record<`${P}.another_answer`, Message<Required<UnboundAnswer>>>> &
  Readonly<Record<`${P}.unbound_answer`, Message<UnboundAnswer>>>

/** The binding sentences, read from the provider's catalog under their fixed reasons. */
export function bindingMessages<P extends string>(catalog: BindingCatalog<P>, provider: P): BindingMessages {
  const another = catalog[`${provider}.another_answer`] as Message<Required<UnboundAnswer>>
  const unbound = catalog[`${provider}.unbound_answer`] as Message<UnboundAnswer>
  return {
    mismatch: (params) => ({ en: another.en(params), tr: another.tr(params) }),
    missing: (params) => ({ en: unbound.en(params), tr: unbound.tr(params) }),
  }
}

export interface BindingContext {
  provider: string
  source: string
  subject: LocalizedText
  status: number
  redactor: Redactor
  messages: BindingMessages
}

/** An id as the provider sent it: a string, or a number kept exact by the lossless parser. */
function answeredText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  return isJsonNumber(value) || typeof value === 'number' ? jsonNumberText(value) : undefined
}

/**
 * Checks that one id of an answer is the one the question carried. An answer about another payment,
 * token or conversation is another question's answer (misrouted, or replayed by someone in between):
 * using it would report that payment's status as this one's. `required`: whether an answer without
 * the id is refused too, because it cannot be told from one about anything else.
 */
export function assertAnswerBound(
  context: BindingContext,
  field: string,
  asked: string,
  answered: unknown,
  required: boolean,
): void {
  const text = answeredText(answered)
  if (text === asked) return
  const absent = text === undefined || text === ''
  if (absent && !required) return
  const { subject, redactor, messages } = context
  throw new DurumError({
    code: 'response_format',
    provider: context.provider,
    source: context.source,
    status: context.status,
    reason: `${context.provider}.${absent ? 'unbound_answer' : 'another_answer'}`,
    message: absent
      ? messages.missing({ subject, field, asked })
      : messages.mismatch({ subject, field, asked, answered: redactor.text(text) }),
  })
}
