import { createHmac } from 'node:crypto'
import { paytr } from '@durum/paytr'
import { PAYTR, PAYTR_MERCHANT_OID } from '../credentials.mjs'
import { durumContenders } from './durum-contenders.mjs'
import { createFetchPost, createFloorPost } from './floor.mjs'

const PATH = '/odeme/durum-sorgu'

function expectPaid(body) {
  if (body?.status !== 'success')
    throw new Error(`unexpected PayTR answer: ${JSON.stringify(body).slice(0, 200)}`)
}

/** `paytr_token` as every PayTR sample makes it: base64(HMAC-SHA256(merchant_key, id + oid + salt)). */
function paytrForm() {
  const token = createHmac('sha256', PAYTR.merchantKey)
    .update(`${PAYTR.merchantId}${PAYTR_MERCHANT_OID}${PAYTR.merchantSalt}`)
    .digest('base64')
  return new URLSearchParams({
    merchant_id: PAYTR.merchantId,
    merchant_oid: PAYTR_MERCHANT_OID,
    paytr_token: token,
  }).toString()
}

/** PayTR has no official Node client: durum against the floor and plain fetch, as for EsnekPOS. */
export function paytrContenders(baseUrl, concurrency) {
  // The floor signs every request, as durum does (the token is the same each time, but a client
  // asking for many orders computes one per order).
  const plain = (post) => async () =>
    expectPaid((await post(PATH, paytrForm(), { 'content-type': 'application/x-www-form-urlencoded' })).body)

  return {
    ...durumContenders((options) => paytr({ ...PAYTR, baseUrl, ...options }), {
      provider: 'paytr',
      merchantOid: PAYTR_MERCHANT_OID,
    }),
    floor: plain(createFloorPost(baseUrl, { maxSockets: concurrency })),
    fetch: plain(createFetchPost(baseUrl)),
  }
}
