import { DurumError, isJsonNumber, jsonNumberText, type Redactor } from '@durum/core'

/** Where an answer came from, for the error that refuses it. */
export interface IyzicoBindingContext {
  source: string
  /** What was asked, for the message: `paymentId 20885695`. */
  subject: string
  status?: number | undefined
  redactor: Redactor
}

/** An id as iyzico sent it: a string, or a number kept exact by the lossless parser. */
function answeredText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  return isJsonNumber(value) || typeof value === 'number' ? jsonNumberText(value) : undefined
}

function notBound(context: IyzicoBindingContext, message: string): DurumError {
  return new DurumError({
    code: 'response_format',
    provider: 'iyzico',
    source: context.source,
    status: context.status,
    message,
  })
}

/**
 * Checks that one id of iyzico's answer is the one the question carried. An answer about another
 * payment, token or conversation is another question's answer (misrouted, or replayed by someone in
 * between): using it would report that payment's status as this one's. `required`: whether an
 * answer without the id is refused too, because it cannot be told from one about anything else.
 */
export function assertIyzicoAnswerBound(
  context: IyzicoBindingContext,
  field: string,
  asked: string,
  answered: unknown,
  required: boolean,
): void {
  const text = answeredText(answered)
  if (text === asked) return
  if (text === undefined || text === '') {
    if (!required) return
    throw notBound(
      context,
      `iyzico's answer for ${context.subject} carries no ${field}, where the ${field} sent was ${asked}: it cannot be told from an answer to another question (a replayed one), so it was not used. Ask again.`,
    )
  }
  throw notBound(
    context,
    `iyzico's answer for ${context.subject} carries ${field} ${context.redactor.text(text)}, where the ${field} sent was ${asked}: it answers another question (misrouted, or replayed), so it was not used. Ask again.`,
  )
}
