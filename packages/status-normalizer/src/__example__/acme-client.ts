import {
  bindingMessages,
  createProviderApi,
  createTransport,
  type EndpointCallOptions,
  type ProviderApi,
  type ProviderEndpoint,
  providerConnection,
} from '@durum/core'
import { acmeMessages } from './acme-messages'
import {
  type AcmeCredentials,
  type AcmeOptions,
  type ResolvedAcmeOptions,
  resolveAcmeOptions,
} from './acme-options'
import {
  type AcmePaymentBody,
  AcmePaymentBodySchema,
  type AcmePaymentQuery,
  AcmePaymentQuerySchema,
  type AcmeSessionBody,
  AcmeSessionBodySchema,
  type AcmeSessionQuery,
  AcmeSessionQuerySchema,
} from './acme-schemas'
import { mapAcmeError } from './map-acme-error'

type AcmeEndpoint<TQuery, TBody> = ProviderEndpoint<TQuery, TBody, AcmeCredentials>

/** The acme endpoints durum asks: what the kit needs to send each query and read its answer. */
export const ACME_ENDPOINTS = {
  payment: {
    method: 'POST',
    path: '/v1/payments/status',
    source: 'acme.payment-status',
    querySchema: AcmePaymentQuerySchema,
    schema: AcmePaymentBodySchema,
    fields: (query) => ({ id: query.paymentId }),
    // Words, so in every locale; a bare `key value` (iyzico's `paymentId 42`) may be one string.
    describe: ({ paymentId }) => ({ en: `payment "${paymentId}"`, tr: `"${paymentId}" ödemesi` }),
    refusal: mapAcmeError,
    // acme signs nothing: the echoed id is all that ties an answer to its question.
    bind: (query, body, bind) => bind('id', query.paymentId, body.id, true),
  } satisfies AcmeEndpoint<AcmePaymentQuery, AcmePaymentBody>,
  session: {
    method: 'POST',
    path: '/v1/sessions/status',
    source: 'acme.session-status',
    querySchema: AcmeSessionQuerySchema,
    schema: AcmeSessionBodySchema,
    fields: (query) => ({ token: query.session.token }),
    describe: ({ session }) => ({ en: `session "${session.token}"`, tr: `"${session.token}" oturumu` }),
    refusal: mapAcmeError,
    bind: (query, body, bind) => bind('token', query.session.token, body.token, true),
  } satisfies AcmeEndpoint<AcmeSessionQuery, AcmeSessionBody>,
} as const

/** The kit, configured for acme: what the provider and the client build on. */
export function createAcmeApi(resolved: ResolvedAcmeOptions): ProviderApi<AcmeCredentials> {
  return createProviderApi<AcmeCredentials>({
    provider: 'acme',
    providerLabel: 'acme',
    // The base URL, the transport options, the credentials read per call, and a redactor that
    // scrubs every secret credential from errors, hooks and `raw`.
    ...providerConnection(resolved),
    // As imported here: under Node's `node` export condition it is the node:http transport.
    createTransport,
    headers: { 'content-type': 'application/json' },
    // The key is read per call (ACME_API_KEY may be set late), so it goes in through `sign`, which the
    // kit calls for every attempt; a provider whose signature covers the request computes it here.
    sign: async (_request, { apiKey }) => ({ authorization: `Bearer ${apiKey}` }),
    // Without `unreadableHint`, an answer that is not JSON ends with "retry, then ask acme support".
    // The sentences for an answer about another payment (`acme.another_answer`) or naming none (`acme.unbound_answer`).
    binding: bindingMessages(acmeMessages, 'acme'),
  })
}

/** One method per acme query. Each validates its input (the client's public door), then returns acme's typed body. */
export interface AcmeClient {
  getPaymentStatus(query: AcmePaymentQuery, options?: EndpointCallOptions): Promise<AcmePaymentBody>
  getSessionStatus(query: AcmeSessionQuery, options?: EndpointCallOptions): Promise<AcmeSessionBody>
}

export function createAcmeClient(options: AcmeOptions = {}): AcmeClient {
  const api = createAcmeApi(resolveAcmeOptions(options))
  return {
    getPaymentStatus: api.method(ACME_ENDPOINTS.payment),
    getSessionStatus: api.method(ACME_ENDPOINTS.session),
  }
}
