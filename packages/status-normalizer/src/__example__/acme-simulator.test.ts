import { describe, expect, it } from 'vitest'
import { createAcmeSimulator } from './acme-simulator'

const apiKey = 'sk_test_acme_sim'
const url = 'https://api.acme.example/v1/payments/status'
const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }

async function ask(init: RequestInit): Promise<[number, unknown]> {
  const response = await createAcmeSimulator({ apiKey }).fetch(url, init)
  return [response.status, await response.json()]
}

describe('the acme simulator refuses what acme refuses', () => {
  it('serves a seeded payment to a well-formed request', async () => {
    const [status, body] = await ask({ method: 'POST', headers, body: JSON.stringify({ id: 'pay-paid' }) })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: 'pay-paid', state: 'paid' })
  })

  it.each<[string, RequestInit, number, string]>([
    [
      'a wrong key',
      { method: 'POST', headers: { ...headers, authorization: 'Bearer nope' }, body: '{"id":"pay-paid"}' },
      401,
      'invalid_api_key',
    ],
    ['a GET', { method: 'GET', headers }, 405, 'method_not_allowed'],
    [
      'a form body',
      {
        method: 'POST',
        headers: {
          authorization: headers.authorization,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'id=pay-paid',
      },
      415,
      'unsupported_media_type',
    ],
    ['a numeric id', { method: 'POST', headers, body: '{"id":42}' }, 400, 'invalid_request'],
    [
      'a field beside the id',
      { method: 'POST', headers, body: '{"id":"pay-paid","extra":1}' },
      400,
      'invalid_request',
    ],
    ['an unknown id', { method: 'POST', headers, body: '{"id":"pay-missing"}' }, 404, 'not_found'],
  ])('%s → %i %s', async (_, init, status, error) => {
    const [answered, body] = await ask(init)
    expect(answered).toBe(status)
    expect(body).toMatchObject({ error })
  })
})
