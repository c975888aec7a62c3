import { isPaid, isSettled, NormalizedPaymentSchema } from '@durum/status-normalizer'
import { findSecrets } from '@durum/status-normalizer/testing'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { failure, fixtureText, store } from './__test__/paytr-test-kit'
import { PAYTR_NOTIFICATION_REPLY, verifyPaytrNotification } from './verify-paytr-notification'

const { merchantKey, merchantSalt } = store
const success = fixtureText('notification.success.docs.txt').trim()
const failed = fixtureText('notification.failed.docs.txt').trim()

describe('verifyPaytrNotification', () => {
  it('reads a success as SUCCEEDED that is not yet safe to ship: confirm with getStatus', async () => {
    const notification = await verifyPaytrNotification({ body: success, merchantKey, merchantSalt })
    expect(notification.merchantOid).toBe('SIP20210101A1')
    expect(notification.status).toBe('success')
    const { payment } = notification
    expect(payment).toEqual({
      kind: 'payment',
      provider: 'paytr',
      source: 'paytr.notification',
      status: 'SUCCEEDED',
      rawStatus: 'success',
      explanation:
        "PayTR's signed notification says the payment of 34.56 TRY succeeded, but a notification cannot show a later refund: confirm with getStatus({ provider: 'paytr', merchantOid: 'SIP20210101A1' }) before shipping.",
      reason: 'paytr.notification_paid',
      ids: { merchantReference: 'SIP20210101A1' },
      signed: true,
      refundsChecked: false,
      amount: { amount: '34.56', currency: 'TRY' },
      paidAmount: { amount: '34.56', currency: 'TRY' },
      testMode: false,
      checkedAt: payment.checkedAt,
      raw: Object.fromEntries(new URLSearchParams(success)),
    })
    expect(v.safeParse(NormalizedPaymentSchema, payment).issues).toBeUndefined()
    expect(isPaid(payment)).toBe(false)
    expect(PAYTR_NOTIFICATION_REPLY).toBe('OK')
  })

  it('reads a failure as FAILED with PayTR’s reason code and message, in Turkish when asked', async () => {
    const { payment } = await verifyPaytrNotification({
      body: failed,
      merchantKey,
      merchantSalt,
      locale: 'tr',
    })
    expect(payment.status).toBe('FAILED')
    expect(payment.reason).toBe('paytr.notification_failed')
    expect(payment.failure).toEqual({ code: '0', message: 'Kart limiti yetersiz', category: 'declined' })
    expect(payment.explanation).toBe(
      'PayTR\'nin imzalı bildirimi ödemenin başarısız olduğunu söylüyor (failed_reason_code 0 "Kart limiti yetersiz"): ürünü göndermeyin.',
    )
    expect(payment.paidAmount).toBeUndefined()
    expect(isSettled(payment)).toBe(true)
  })

  it.each([
    ['3', 'fraud'],
    ['6', 'cancelled_by_customer'],
    ['10', 'authentication'],
    ['99', 'technical'],
    ['42', 'other'],
  ])('files failed_reason_code %s under %s', async (code, category) => {
    // failed_reason_* are outside the hash, so the fixture's hash still verifies.
    const body = new URLSearchParams(failed)
    body.set('failed_reason_code', code)
    const { payment } = await verifyPaytrNotification({ body, merchantKey, merchantSalt })
    expect(payment.failure?.category).toBe(category)
  })

  it('takes the body as text, URLSearchParams, FormData or the fields a framework parsed', async () => {
    const fields = Object.fromEntries(new URLSearchParams(success))
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    const parsed = { ...fields, total_amount: 3456 }
    for (const body of [success, new URLSearchParams(success), form, fields, parsed]) {
      expect((await verifyPaytrNotification({ body, merchantKey, merchantSalt })).payment.status).toBe(
        'SUCCEEDED',
      )
    }
  })

  it.each([
    ['another amount', { total_amount: '345600' }],
    ['another order', { merchant_oid: 'SIP20210101A9' }],
    ['a failure turned into a success', { status: 'success' }, failed],
    ['another hash', { hash: 'xyU74IdJF3TZTmwqWhwxKYxVxPSyprrR2TpNiUnx6EU=' }],
  ])('rejects %s as authentication', async (_, change, base = success) => {
    const body = new URLSearchParams(base)
    for (const [name, value] of Object.entries(change)) body.set(name, value)
    const error = await failure(verifyPaytrNotification({ body, merchantKey, merchantSalt }))
    expect([error.code, error.reason, error.source]).toEqual([
      'authentication',
      'paytr.notification_hash_mismatch',
      'paytr.notification',
    ])
    expect(error.message).toBe(
      "The PayTR notification's hash does not match its fields: it was altered, or signed with another merchant_key or merchant_salt. It was rejected; do not act on it.",
    )
  })

  it('rejects a notification signed with another salt', async () => {
    const error = await failure(
      verifyPaytrNotification({ body: success, merchantKey, merchantSalt: 'another-salt-0000' }),
    )
    expect(error.code).toBe('authentication')
  })

  it.each(['hash', 'merchant_oid', 'status', 'total_amount'])(
    'rejects a body without %s as response_format',
    async (field) => {
      const body = new URLSearchParams(success)
      body.delete(field)
      const error = await failure(verifyPaytrNotification({ body, merchantKey, merchantSalt, locale: 'tr' }))
      expect([error.code, error.field]).toEqual(['response_format', field])
      expect(error.message).toBe(
        `PayTR bildiriminde kullanılabilir bir ${field} alanı yok; bu bir PayTR bildirimi değil ve reddedildi.`,
      )
    },
  )

  it('rejects a total_amount that is not integer kuruş', async () => {
    const body = new URLSearchParams(success)
    body.set('total_amount', '34.56')
    const error = await failure(verifyPaytrNotification({ body, merchantKey, merchantSalt }))
    expect(error.message).toBe(
      "The PayTR notification has no usable total_amount, so it is not one of PayTR's notifications and was rejected.",
    )
  })

  it('refuses a body that is neither text nor fields, naming the first field missing', async () => {
    for (const body of [undefined, null, 42]) {
      const error = await failure(verifyPaytrNotification({ body: body as never, merchantKey, merchantSalt }))
      expect([error.code, error.field]).toEqual(['response_format', 'merchant_oid'])
    }
  })

  it('leaves the amounts out of a verified notification whose currency it cannot read', async () => {
    const body = new URLSearchParams(success)
    body.set('currency', 'Türk Lirası')
    const { payment } = await verifyPaytrNotification({ body, merchantKey, merchantSalt })
    expect([payment.status, payment.paidAmount, payment.amount]).toEqual(['SUCCEEDED', undefined, undefined])
  })

  it('needs the key and the salt before reading anything', async () => {
    const error = await failure(verifyPaytrNotification({ body: success, merchantKey: '', merchantSalt }))
    expect([error.code, error.field, error.message]).toEqual([
      'validation',
      'merchantKey',
      "verifyPaytrNotification needs the PayTR merchantKey to check the notification's hash.",
    ])
  })

  it('lets no echoed secret out of the result', async () => {
    // failed_reason_msg is outside the hash: whatever it holds cannot make a verified body unsafe to log.
    const body = new URLSearchParams(failed)
    body.set('failed_reason_msg', `upstream said ${merchantKey} and ${merchantSalt}`)
    const notification = await verifyPaytrNotification({ body, merchantKey, merchantSalt })
    expect(findSecrets(notification, [merchantKey, merchantSalt])).toEqual([])
  })
})
