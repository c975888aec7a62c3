import { createServer } from 'node:http'

/**
 * A plain node:http server answering each path with one fixed body, without checking anything: it
 * costs next to nothing, so a run against it shows each client's own cost.
 */
export function serveStatic(bodies) {
  const answers = new Map(Object.entries(bodies).map(([path, body]) => [path, Buffer.from(body)]))
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      const body = answers.get(request.url.split('?')[0])
      if (body === undefined) {
        response.writeHead(404).end()
        return
      }
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
