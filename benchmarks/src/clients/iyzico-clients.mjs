import { iyzico } from '@durum/iyzico'
import { createStatusNormalizer } from '@durum/status-normalizer'
import Iyzipay from 'iyzipay'
import { IYZICO, IYZICO_PAYMENT_ID } from '../credentials.mjs'
import { createFetchPost, createFloorPost, iyzicoHeaders } from './floor.mjs'

const PATH = '/payment/detail'

function expectSuccess(body) {
  if (body?.paymentStatus !== 'SUCCESS')
    throw new Error(`unexpected iyzico answer: ${JSON.stringify(body).slice(0, 200)}`)
}

/** One function per contender, each resolving once the payment's status is known. */
export function iyzicoContenders(baseUrl, concurrency) {
  const floorPost = createFloorPost(baseUrl, { maxSockets: concurrency })
  const fetchPost = createFetchPost(baseUrl)
  const plain = (post) => async () => {
    const body = JSON.stringify({ locale: 'tr', paymentId: IYZICO_PAYMENT_ID })
    const answer = await post(PATH, body, iyzicoHeaders(IYZICO, PATH, body))
    expectSuccess(answer.body)
  }

  const official = new Iyzipay({ ...IYZICO, uri: baseUrl })
  const iyzipay = () =>
    new Promise((resolve, reject) => {
      official.payment.retrieve({ locale: 'tr', paymentId: IYZICO_PAYMENT_ID }, (error, body) => {
        if (error) return reject(error)
        try {
          expectSuccess(body)
          resolve()
        } catch (failure) {
          reject(failure)
        }
      })
    })

  // The payment-detail status alone: the reporting look-up for refunds is a second request, off here.
  const durumWith = (options) => {
    const normalizer = createStatusNormalizer({
      providers: [iyzico({ ...IYZICO, baseUrl, refunds: 'skip', ...options })],
    })
    return async () => {
      const result = await normalizer.getStatus({ provider: 'iyzico', paymentId: IYZICO_PAYMENT_ID })
      if (result.status !== 'SUCCEEDED') throw new Error(`durum read ${result.status}`)
    }
  }

  return {
    durum: durumWith({}),
    // The default build's path (fetch), as on Bun, Deno and edge runtimes.
    'durum (fetch)': durumWith({ fetch: globalThis.fetch }),
    iyzipay,
    floor: plain(floorPost),
    fetch: plain(fetchPost),
  }
}
