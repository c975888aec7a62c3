// A verdaccio registry for the release round trip: the config file given as the first argument,
// listening on 127.0.0.1 at a port the system picks. Prints `{"url": …}` once it accepts requests,
// and stops when its parent closes stdin.
import { runServer } from 'verdaccio'

const server = await runServer(process.argv[2])
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`)
})
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
