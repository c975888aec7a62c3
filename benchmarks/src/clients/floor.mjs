import { createHmac, randomBytes } from 'node:crypto'
import { Agent, request } from 'node:http'

/**
 * The floor: the fastest plain way to ask — node:http with a keep-alive agent, node:crypto signing,
 * JSON.parse, no validation. Resolves with the parsed body.
 */
export function createFloorPost(baseUrl, { maxSockets = 64 } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets })
  const { hostname, port } = new URL(baseUrl)
  return (path, body, headers) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          hostname,
          port,
          path,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        },
        (incoming) => {
          const chunks = []
          incoming.on('data', (chunk) => chunks.push(chunk))
          incoming.on('end', () => {
            try {
              resolve({
                status: incoming.statusCode,
                body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              })
            } catch (error) {
              reject(error)
            }
          })
          incoming.on('error', reject)
        },
      )
      outgoing.on('error', reject)
      outgoing.end(body)
    })
}

/** The same exchange through Node's global fetch, still with node:crypto signing and JSON.parse. */
export function createFetchPost(baseUrl) {
  return async (path, body, headers) => {
    const response = await fetch(baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
    return { status: response.status, body: JSON.parse(await response.text()) }
  }
}

/** IYZWSv2 with node:crypto, as the official client does it. */
export function iyzicoHeaders({ apiKey, secretKey }, path, body) {
  const randomKey = `${Date.now()}${randomBytes(4).readUInt32LE(0)}`
  const signature = createHmac('sha256', secretKey)
    .update(randomKey + path + body)
    .digest('hex')
  const token = Buffer.from(`apiKey:${apiKey}&randomKey:${randomKey}&signature:${signature}`).toString(
    'base64',
  )
  return { authorization: `IYZWSv2 ${token}`, 'x-iyzi-rnd': randomKey }
}
