import { constantTimeEqual, DurumError, hmacSha256, type LocalizedText, localizeReason } from '@durum/core'
import { iyzicoMessages } from './iyzico-messages'
import type { IyzicoCheckoutFormResult, IyzicoPaymentDetail } from './iyzico-schemas'

/** iyzico signs prices without trailing zeros or a trailing dot: `1.00000000` → `1`, `1.20` → `1.2`. */
export function iyzicoSignaturePrice(decimal: string | null | undefined): string {
  if (decimal == null) return ''
  return decimal.includes('.') ? decimal.replace(/0+$/, '').replace(/\.$/, '') : decimal
}

/** `hex(HMAC-SHA256(secretKey, params joined by ":"))`, the response-signature formula. */
export function computeIyzicoResponseSignature(
  secretKey: string,
  params: readonly string[],
): Promise<string> {
  return hmacSha256(secretKey, params.join(':'), 'hex')
}

/** The documented fields, in order, that iyzico signs in a payment-detail answer. */
export function paymentDetailSignatureParams(body: IyzicoPaymentDetail): string[] {
  return [
    body.paymentId ?? '',
    body.currency ?? '',
    body.basketId ?? '',
    body.conversationId ?? '',
    iyzicoSignaturePrice(body.paidPrice),
    iyzicoSignaturePrice(body.price),
  ]
}

/** The documented fields, in order, that iyzico signs in a checkout-form answer. */
export function checkoutFormSignatureParams(body: IyzicoCheckoutFormResult): string[] {
  return [
    body.paymentStatus ?? '',
    body.paymentId ?? '',
    body.currency ?? '',
    body.basketId ?? '',
    body.conversationId ?? '',
    iyzicoSignaturePrice(body.paidPrice),
    iyzicoSignaturePrice(body.price),
    body.token ?? '',
  ]
}

/**
 * Checks the `signature` field of an answer, when iyzico sent one. A mismatch means the body was
 * altered on the way, or the secret key is not this account's: the answer is rejected, never used.
 */
export async function assertIyzicoResponseSignature(options: {
  secretKey: string
  signature: string | null | undefined
  params: readonly string[]
  source: string
  subject: LocalizedText
  status?: number | undefined
}): Promise<void> {
  if (options.signature == null) return
  const expected = await computeIyzicoResponseSignature(options.secretKey, options.params)
  if (constantTimeEqual(expected, options.signature.toLowerCase())) return
  throw new DurumError({
    code: 'response_format',
    provider: 'iyzico',
    source: options.source,
    status: options.status,
    reason: 'iyzico.signature_mismatch',
    message: localizeReason(iyzicoMessages, {
      reason: 'iyzico.signature_mismatch',
      params: { subject: options.subject },
    }),
  })
}
