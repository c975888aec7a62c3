import { esnekpos } from '@durum/esnekpos'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID } from '../credentials.mjs'
import { durumContenders } from './durum-contenders.mjs'
import { createFetchPost, createFloorPost } from './floor.mjs'

const PATH = '/api/services/SendPaymentRequestQuery'

function expectPaid(body) {
  if (body?.RETURN_CODE !== '0' || !Array.isArray(body.PAYMENTS)) {
    throw new Error(`unexpected EsnekPOS answer: ${JSON.stringify(body).slice(0, 200)}`)
  }
}

/** EsnekPOS has no official Node client: durum against the floor and plain fetch. */
export function esnekposContenders(baseUrl, concurrency) {
  const body = JSON.stringify({
    MERCHANT: ESNEKPOS.merchant,
    MERCHANT_KEY: ESNEKPOS.merchantKey,
    SEND_PAYMENT_REQUEST_ID: ESNEKPOS_PAYMENT_REQUEST_ID,
  })
  const plain = (post) => async () =>
    expectPaid((await post(PATH, body, { accept: 'application/json' })).body)

  return {
    ...durumContenders((options) => esnekpos({ ...ESNEKPOS, baseUrl, ...options }), {
      provider: 'esnekpos',
      sendPaymentRequestId: ESNEKPOS_PAYMENT_REQUEST_ID,
    }),
    floor: plain(createFloorPost(baseUrl, { maxSockets: concurrency })),
    fetch: plain(createFetchPost(baseUrl)),
  }
}
