import { createServer } from 'node:http'

const CONVERSATION_ID = /"conversationId"\s*:\s*"[^"\\]*"/

/**
 * A plain node:http server answering each path with one fixed body, without checking anything: it
 * costs next to nothing, so a run against it shows each client's own cost. The one thing it does is
 * what iyzico does: echo the request's `conversationId` in the answer, since a client that binds
 * answers to their request refuses one that carries another.
 */
export function serveStatic(bodies) {
  const answers = new Map(Object.entries(bodies))
  const server = createServer((request, response) => {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const answer = answers.get(request.url.split('?')[0])
      if (answer === undefined) {
        response.writeHead(404).end()
        return
      }
      const sent = CONVERSATION_ID.exec(Buffer.concat(chunks).toString('utf8'))?.[0]
      const body = Buffer.from(sent === undefined ? answer : answer.replace(CONVERSATION_ID, sent))
      response.writeHead(200, {
        'content-type': 'application/json;charset=UTF-8',
        'content-length': body.length,
      })
      response.end(body)
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
