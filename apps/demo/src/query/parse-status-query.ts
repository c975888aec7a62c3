import { ValidationError } from '@durum/status-normalizer'
import type { DemoQuery } from '../demo-types'
import { fieldsOf, ID_PARAMS, OPTION_PARAMS, QUERY_FIELDS, SESSION_PARAMS } from './query-fields'

export type ParamSource = (name: string) => string | undefined

/**
 * Builds an engine query from URL parameters (or a CSV row). Two spellings are accepted:
 * the API's `provider=iyzico&paymentId=1` (session: `sessionCheckoutFormToken` + `sessionPaymentId`),
 * and the page form's `provider=iyzico&by=paymentId&value=1`. Throws `ValidationError` naming the
 * parameter at fault; the engine then validates the ids themselves.
 */
export function parseStatusQuery(get: ParamSource, providers: readonly string[]): DemoQuery {
  const provider = get('provider')?.trim()
  if (!provider) {
    throw new ValidationError({ field: 'provider', message: `Choose a provider: ${providers.join(' or ')}.` })
  }
  if (!providers.includes(provider)) {
    throw new ValidationError({
      field: 'provider',
      message: `Unknown provider "${provider}". This demo knows ${providers.join(' and ')}.`,
    })
  }
  const by = get('by')?.trim()
  const query = by ? fromForm(provider, by, get) : fromParams(provider, get)
  return withOptions(query, get)
}

/** Adds the provider's optional parameters that are given; another provider's are refused by name. */
function withOptions(query: DemoQuery, get: ParamSource): DemoQuery {
  const mine = OPTION_PARAMS[query.provider] ?? []
  for (const [owner, names] of Object.entries(OPTION_PARAMS)) {
    for (const name of names) {
      const value = get(name)?.trim()
      if (!value) continue
      if (!mine.includes(name)) {
        throw new ValidationError({
          field: name,
          message: `${name} is a ${owner} option; ${query.provider} does not take it.`,
        })
      }
      query[name] = value
    }
  }
  return query
}

function fromForm(provider: string, by: string, get: ParamSource): DemoQuery {
  const fields = fieldsOf(provider)
  if (!fields.includes(by)) {
    throw new ValidationError({
      field: 'by',
      message: `${provider} cannot be queried by "${by}"; use one of ${fields.join(', ')}.`,
    })
  }
  const value = required(get('value'), 'value', `Enter the ${by === 'session' ? 'checkout form token' : by}.`)
  if (by === 'session') {
    const paymentId = required(
      get(SESSION_PARAMS.paymentId),
      SESSION_PARAMS.paymentId,
      'A session query also needs the payment id.',
    )
    return { provider, session: { checkoutFormToken: value, paymentId } }
  }
  return { provider, [by]: value }
}

function fromParams(provider: string, get: ParamSource): DemoQuery {
  const given = ID_PARAMS.filter((name) => get(name) !== undefined)
  const fields = fieldsOf(provider)
  const foreign = given.find((name) => !fields.includes(sessionField(name)))
  if (foreign !== undefined) {
    const owner = Object.keys(QUERY_FIELDS).find((p) => fieldsOf(p).includes(sessionField(foreign)))
    throw new ValidationError({
      field: foreign,
      message: `${foreign} is ${owner === undefined ? 'not a query field' : `an ${owner} id`}; ${provider} takes ${describeFields(fields)}.`,
    })
  }
  const asked = [...new Set(given.map(sessionField))]
  if (asked.length === 0) {
    throw new ValidationError({
      field: paramOf(fields[0] ?? 'paymentId'),
      message: `Give one id to look up: ${describeFields(fields)}.`,
    })
  }
  if (asked.length > 1) {
    throw new ValidationError({
      field: paramOf(asked[1]!),
      message: `Give only one of ${asked.map(paramOf).join(' and ')}: each names the payment on its own.`,
    })
  }
  const field = asked[0]!
  if (field === 'session') {
    const checkoutFormToken = required(
      get(SESSION_PARAMS.checkoutFormToken),
      SESSION_PARAMS.checkoutFormToken,
      'A session query needs sessionCheckoutFormToken.',
    )
    const paymentId = required(
      get(SESSION_PARAMS.paymentId),
      SESSION_PARAMS.paymentId,
      'A session query needs sessionPaymentId.',
    )
    return { provider, session: { checkoutFormToken, paymentId } }
  }
  return { provider, [field]: required(get(field), field, `${field} is empty.`) }
}

function required(value: string | undefined, field: string, message: string): string {
  const trimmed = value?.trim()
  if (!trimmed) throw new ValidationError({ field, message })
  return trimmed
}

function sessionField(param: string): string {
  return param === SESSION_PARAMS.checkoutFormToken || param === SESSION_PARAMS.paymentId ? 'session' : param
}

function paramOf(field: string): string {
  return field === 'session' ? SESSION_PARAMS.checkoutFormToken : field
}

function describeFields(fields: readonly string[]): string {
  return fields
    .map((f) => (f === 'session' ? `${SESSION_PARAMS.checkoutFormToken} + ${SESSION_PARAMS.paymentId}` : f))
    .join(', ')
}
