import { DurumError, idSchema, integerSchema, localizeReason, parseJson } from '@durum/core'
import * as v from 'valibot'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'

// valibot schemas of iyzico's three webhook formats, and the reading of a body into one of them.

const text = v.pipe(v.string(), v.nonEmpty('Expected a non-empty string but received an empty one'))
const optionalText = v.nullish(v.string())

const common = {
  merchantId: v.nullish(idSchema),
  iyziReferenceCode: optionalText,
  iyziEventType: text,
  /** Epoch milliseconds of the first notification. */
  iyziEventTime: v.nullish(integerSchema),
}

/** Direct format: API and 3-D Secure payments. */
export const IyzicoDirectWebhookSchema = v.object({
  ...common,
  paymentId: idSchema,
  paymentConversationId: v.string(),
  status: text,
  iyziPaymentId: v.nullish(idSchema),
})

/** HPP format: hosted pages (checkout form, pay with iyzico). */
export const IyzicoHppWebhookSchema = v.object({
  ...common,
  iyziPaymentId: idSchema,
  token: text,
  paymentConversationId: v.string(),
  status: text,
})

/** Subscription format. */
export const IyzicoSubscriptionWebhookSchema = v.object({
  ...common,
  merchantId: idSchema,
  subscriptionReferenceCode: text,
  orderReferenceCode: text,
  customerReferenceCode: text,
})

export type IyzicoWebhookPayload =
  | ({ format: 'direct' } & v.InferOutput<typeof IyzicoDirectWebhookSchema>)
  | ({ format: 'hpp' } & v.InferOutput<typeof IyzicoHppWebhookSchema>)
  | ({ format: 'subscription' } & v.InferOutput<typeof IyzicoSubscriptionWebhookSchema>)

/**
 * A webhook refused before it is trusted: `authentication` or `response_format`, about `iyzico.webhook`,
 * with its reason and its message in every locale.
 */
export function iyzicoWebhookRejected(
  code: 'authentication' | 'response_format',
  why: IyzicoWhy,
  cause?: unknown,
): DurumError {
  return new DurumError({
    code,
    provider: 'iyzico',
    source: 'iyzico.webhook',
    reason: why.reason,
    message: localizeReason(iyzicoMessages, why),
    cause,
  })
}

/** Reads a webhook body into its format. Throws `response_format` when it is none of them. */
export function parseIyzicoWebhookPayload(body: string): IyzicoWebhookPayload {
  let json: unknown
  try {
    json = parseJson(body)
  } catch (cause) {
    throw iyzicoWebhookRejected('response_format', { reason: 'iyzico.webhook_not_json' }, cause)
  }
  const record =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
  const [format, schema] =
    record.subscriptionReferenceCode !== undefined
      ? (['subscription', IyzicoSubscriptionWebhookSchema] as const)
      : record.token !== undefined
        ? (['hpp', IyzicoHppWebhookSchema] as const)
        : (['direct', IyzicoDirectWebhookSchema] as const)
  const result = v.safeParse(schema, json)
  if (!result.success) {
    const path = v.getDotPath(result.issues[0]) ?? '(the whole body)'
    throw iyzicoWebhookRejected('response_format', {
      reason: 'iyzico.webhook_shape',
      params: { format, path, issue: result.issues[0].message },
    })
  }
  return { format, ...result.output } as IyzicoWebhookPayload
}
