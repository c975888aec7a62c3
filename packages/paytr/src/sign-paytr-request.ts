/*
 * PayTR's tokens: base64(HMAC-SHA256(key merchant_key, fields concatenated with merchant_salt)), as
 * every PayTR sample computes them, through the kit's HMAC (`node:crypto` where the runtime has it).
 */
import { constantTimeEqual, hmacSha256 } from '@durum/core'

/** A base64 HMAC-SHA256 as PayTR sends it: 32 bytes, standard alphabet, padded. */
const hmacBase64 = /^[A-Za-z0-9+/]{43}=$/

/**
 * Whether `given` is `base64(HMAC-SHA256(merchantKey, message))`, compared in constant time, so the
 * time taken does not tell how much of a forged hash matched.
 */
export async function verifyPaytrHmac(merchantKey: string, message: string, given: string): Promise<boolean> {
  if (!hmacBase64.test(given)) return false
  return constantTimeEqual(await hmacSha256(merchantKey, message, 'base64'), given)
}

export interface PaytrStatusTokenInput {
  merchantId: string
  merchantOid: string
  merchantKey: string
  merchantSalt: string
}

/** The text the status query's `paytr_token` signs: merchant_id + merchant_oid + merchant_salt. */
export function paytrStatusTokenText(input: Omit<PaytrStatusTokenInput, 'merchantKey'>): string {
  return `${input.merchantId}${input.merchantOid}${input.merchantSalt}`
}

/** `paytr_token` for `POST /odeme/durum-sorgu`. */
export function paytrStatusToken(input: PaytrStatusTokenInput): Promise<string> {
  return hmacSha256(input.merchantKey, paytrStatusTokenText(input), 'base64')
}

export interface PaytrNotificationHashInput {
  merchantOid: string
  status: string
  /** As posted: integer kuruş text (`"3456"`). */
  totalAmount: string
  merchantKey: string
  merchantSalt: string
}

/** The text a notification's `hash` signs: merchant_oid + merchant_salt + status + total_amount (the salt second). */
export function paytrNotificationHashText(input: Omit<PaytrNotificationHashInput, 'merchantKey'>): string {
  return `${input.merchantOid}${input.merchantSalt}${input.status}${input.totalAmount}`
}

/** The `hash` PayTR sends with a notification: for simulators and tests. */
export function paytrNotificationHash(input: PaytrNotificationHashInput): Promise<string> {
  return hmacSha256(input.merchantKey, paytrNotificationHashText(input), 'base64')
}
