import { iyzico } from '@durum/iyzico'
import Iyzipay from 'iyzipay'
import { IYZICO, IYZICO_PAYMENT_ID } from '../credentials.mjs'
import { durumContenders } from './durum-contenders.mjs'
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

  return {
    // The payment-detail status alone: the reporting look-up for refunds is a second request, off here.
    ...durumContenders((options) => iyzico({ ...IYZICO, baseUrl, refunds: 'skip', ...options }), {
      provider: 'iyzico',
      paymentId: IYZICO_PAYMENT_ID,
    }),
    iyzipay,
    floor: plain(floorPost),
    fetch: plain(fetchPost),
  }
}
