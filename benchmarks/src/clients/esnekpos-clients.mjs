import { esnekpos } from '@durum/esnekpos'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID } from '../credentials.mjs'
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

  const durumWith = (options) => {
    const normalizer = createStatusNormalizer({ providers: [esnekpos({ ...ESNEKPOS, baseUrl, ...options })] })
    return async () => {
      const result = await normalizer.getStatus({
        provider: 'esnekpos',
        sendPaymentRequestId: ESNEKPOS_PAYMENT_REQUEST_ID,
      })
      if (result.status !== 'SUCCEEDED') throw new Error(`durum read ${result.status}`)
    }
  }

  return {
    durum: durumWith({}),
    // The default build's path (fetch), as on Bun, Deno and edge runtimes.
    'durum (fetch)': durumWith({ fetch: globalThis.fetch }),
    floor: plain(createFloorPost(baseUrl, { maxSockets: concurrency })),
    fetch: plain(createFetchPost(baseUrl)),
  }
}
