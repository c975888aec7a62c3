// The `node` export condition: the same API, with a transport on `node:http`.
export * from './index'
export { createTransport } from './transport-node'
