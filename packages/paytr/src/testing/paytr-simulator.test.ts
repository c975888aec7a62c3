import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { store } from '../__test__/paytr-test-kit'
import { paytrStatusToken } from '../sign-paytr-request'
import { verifyPaytrNotification } from '../verify-paytr-notification'
import { createPaytrSimulator } from './paytr-simulator'

const simulator = () => createPaytrSimulator(store)
const URL_ = 'https://www.paytr.com/odeme/durum-sorgu'

async function ask(fields: Record<string, string>, init: { contentType?: string; body?: string } = {}) {
  const response = await simulator().fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': init.contentType ?? 'application/x-www-form-urlencoded' },
    body: init.body ?? new URLSearchParams(fields).toString(),
  })
  return { status: response.status, body: await response.json() }
}

async function signed(merchantOid: string, overrides: Record<string, string> = {}) {
  const paytr_token = await paytrStatusToken({ ...store, merchantOid })
  return { merchant_id: store.merchantId, merchant_oid: merchantOid, paytr_token, ...overrides }
}

const INVALID_REQUEST = { status: 'error', err_no: '001', err_msg: 'Gecersiz istek veya magaza aktif degil' }
const INVALID_TOKEN = { status: 'error', err_no: '003', err_msg: 'paytr_token gonderilmedi veya gecersiz' }

describe('createPaytrSimulator: the status query, as strict as PayTR', () => {
  it('answers a seeded order signed right', async () => {
    const { body } = await ask(await signed('PAYTR0001PAID'))
    expect(body.status).toBe('success')
    expect(body.payment_total).toBe('10,8')
  })

  it('answers 004 (no transaction) for an order it does not know', async () => {
    expect((await ask(await signed('UNKNOWN1'))).body).toEqual({
      status: 'error',
      err_no: '004',
      err_msg: 'merchant_oid ile islem bulunamadi',
    })
  })

  it('answers 003 to a token made with another key, or none', async () => {
    const token = await paytrStatusToken({
      ...store,
      merchantKey: 'another-key-00000',
      merchantOid: 'PAYTR0001PAID',
    })
    expect((await ask(await signed('PAYTR0001PAID', { paytr_token: token }))).body).toEqual(INVALID_TOKEN)
    const { paytr_token: _, ...unsigned } = await signed('PAYTR0001PAID')
    expect((await ask(unsigned)).body).toEqual(INVALID_TOKEN)
  })

  it('answers 003 to a token over another order', async () => {
    const token = await paytrStatusToken({ ...store, merchantOid: 'PAYTR0002TAKSIT' })
    expect((await ask(await signed('PAYTR0001PAID', { paytr_token: token }))).body).toEqual(INVALID_TOKEN)
  })

  it('answers 001 to another store, and 002 without an order id', async () => {
    expect((await ask(await signed('PAYTR0001PAID', { merchant_id: '654321' }))).body).toEqual(
      INVALID_REQUEST,
    )
    expect((await ask(await signed('', {}))).body).toEqual({
      status: 'error',
      err_no: '002',
      err_msg: 'Gecersiz merchant_oid',
    })
  })

  it('answers 001 to a posted key or salt, a repeated field, or a JSON body', async () => {
    const fields = await signed('PAYTR0001PAID')
    expect((await ask({ ...fields, merchant_key: store.merchantKey })).body).toEqual(INVALID_REQUEST)
    expect((await ask({ ...fields, merchant_salt: store.merchantSalt })).body).toEqual(INVALID_REQUEST)
    const twice = `${new URLSearchParams(fields).toString()}&merchant_oid=PAYTR0002TAKSIT`
    expect((await ask({}, { body: twice })).body).toEqual(INVALID_REQUEST)
    expect((await ask({}, { contentType: 'application/json', body: JSON.stringify(fields) })).body).toEqual(
      INVALID_REQUEST,
    )
  })

  it('refuses another method and another path', async () => {
    const shell = simulator()
    expect((await shell.fetch(URL_)).status).toBe(405)
    expect((await shell.fetch('https://www.paytr.com/odeme/iade', { method: 'POST' })).status).toBe(404)
  })
})

describe('createPaytrSimulator: notifications', () => {
  const servers: { close(): void }[] = []
  afterEach(() => {
    for (const server of servers.splice(0)) server.close()
  })

  /** A merchant's Bildirim URL on a real socket: verifies, answers OK, and acts once per order. */
  async function bildirimUrl(reply = 'OK') {
    const handled: string[] = []
    const seen = new Set<string>()
    const server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => {
        body += chunk
      })
      request.on('end', async () => {
        try {
          const notification = await verifyPaytrNotification({ body, ...store })
          if (!seen.has(notification.merchantOid)) {
            seen.add(notification.merchantOid)
            handled.push(`${notification.merchantOid} ${notification.payment.status}`)
          }
          response.end(reply)
        } catch (error) {
          response.statusCode = 400
          response.end(String((error as Error).message))
        }
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    const { port } = server.address() as { port: number }
    return { url: `http://127.0.0.1:${port}/paytr/bildirim`, handled }
  }

  it('posts a signed notification the merchant verifies, and reads its OK; a repeat is answered but not acted on', async () => {
    const merchant = await bildirimUrl()
    const paytr = simulator()
    const notification = { merchantOid: 'PAYTR0001PAID', status: 'success', totalAmount: '1080' } as const
    expect(await paytr.notify(merchant.url, notification)).toEqual({
      status: 200,
      text: 'OK',
      acknowledged: true,
    })
    expect(await paytr.notify(merchant.url, notification)).toEqual({
      status: 200,
      text: 'OK',
      acknowledged: true,
    })
    expect(
      await paytr.notify(merchant.url, {
        merchantOid: 'PAYTR0008NOPAYMENT',
        status: 'failed',
        totalAmount: '0',
        failedReasonCode: '6',
        failedReasonMsg: 'Müşteri ödeme yapmaktan vazgeçti ve ödeme sayfasından ayrıldı.',
      }),
    ).toEqual({ status: 200, text: 'OK', acknowledged: true })
    expect(merchant.handled).toEqual(['PAYTR0001PAID SUCCEEDED', 'PAYTR0008NOPAYMENT FAILED'])
  })

  it('sees a reply other than the bare OK as not acknowledged, and a forged hash rejected', async () => {
    const chatty = await bildirimUrl('<p>OK</p>')
    const paytr = simulator()
    const reply = await paytr.notify(chatty.url, { merchantOid: 'X1', status: 'success', totalAmount: '100' })
    expect(reply.acknowledged).toBe(false)
    const strict = await bildirimUrl()
    const forged = await paytr.notify(strict.url, {
      merchantOid: 'X1',
      status: 'success',
      totalAmount: '100',
      hash: 'XTJN/nzg+IEpmCboH/mgYemSxq1XkbQuJiinJV4CIgM=',
    })
    expect([forged.status, forged.acknowledged]).toEqual([400, false])
    expect(strict.handled).toEqual([])
  })
})
