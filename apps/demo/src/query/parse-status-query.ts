import type { DemoQuery } from '../demo-types'
import { demoError } from '../i18n/demo-messages'
import type { Lang } from '../i18n/pick-lang'
import { fieldsOf, ID_PARAMS, OPTION_PARAMS, QUERY_FIELDS, SESSION_PARAMS } from './query-fields'

export type ParamSource = (name: string) => string | undefined

/**
 * Builds an engine query from URL parameters (or a CSV row). Two spellings are accepted:
 * the API's `provider=iyzico&paymentId=1` (session: `sessionCheckoutFormToken` + `sessionPaymentId`),
 * and the page form's `provider=iyzico&by=paymentId&value=1`. Throws `ValidationError` naming the
 * parameter at fault; the engine then validates the ids themselves.
 */
export function parseStatusQuery(
  get: ParamSource,
  providers: readonly string[],
  lang: Lang = 'en',
): DemoQuery {
  const provider = get('provider')?.trim()
  if (!provider) throw demoError(lang, 'demo.provider_missing', 'provider', { providers })
  if (!providers.includes(provider)) {
    throw demoError(lang, 'demo.provider_unknown', 'provider', { provider, providers })
  }
  const by = get('by')?.trim()
  const query = by ? fromForm(provider, by, get, lang) : fromParams(provider, get, lang)
  return withOptions(query, get, lang)
}

/** Adds the provider's optional parameters that are given; another provider's are refused by name. */
function withOptions(query: DemoQuery, get: ParamSource, lang: Lang): DemoQuery {
  const mine = OPTION_PARAMS[query.provider] ?? []
  for (const [owner, names] of Object.entries(OPTION_PARAMS)) {
    for (const name of names) {
      const value = get(name)?.trim()
      if (!value) continue
      if (!mine.includes(name)) {
        throw demoError(lang, 'demo.option_foreign', name, { param: name, owner, provider: query.provider })
      }
      query[name] = value
    }
  }
  return query
}

function fromForm(provider: string, by: string, get: ParamSource, lang: Lang): DemoQuery {
  const fields = fieldsOf(provider)
  if (!fields.includes(by)) throw demoError(lang, 'demo.id_type_unknown', 'by', { provider, by, fields })
  const value = get('value')?.trim()
  if (!value) {
    const label = by === 'session' ? 'checkoutFormToken' : by
    throw demoError(lang, 'demo.value_missing', 'value', { label })
  }
  if (by === 'session') {
    const paymentId = get(SESSION_PARAMS.paymentId)?.trim()
    if (!paymentId) {
      throw demoError(lang, 'demo.session_part_missing', SESSION_PARAMS.paymentId, {
        param: SESSION_PARAMS.paymentId,
      })
    }
    return { provider, session: { checkoutFormToken: value, paymentId } }
  }
  return { provider, [by]: value }
}

function fromParams(provider: string, get: ParamSource, lang: Lang): DemoQuery {
  const given = ID_PARAMS.filter((name) => get(name) !== undefined)
  const fields = fieldsOf(provider)
  const foreign = given.find((name) => !fields.includes(sessionField(name)))
  if (foreign !== undefined) {
    const owner = Object.keys(QUERY_FIELDS).find((p) => fieldsOf(p).includes(sessionField(foreign)))
    throw demoError(lang, 'demo.foreign_id', foreign, {
      param: foreign,
      owner,
      provider,
      fields: describeFields(fields),
    })
  }
  const asked = [...new Set(given.map(sessionField))]
  if (asked.length === 0) {
    throw demoError(lang, 'demo.id_missing', paramOf(fields[0] ?? 'paymentId'), {
      fields: describeFields(fields),
    })
  }
  if (asked.length > 1) {
    throw demoError(lang, 'demo.ids_conflict', paramOf(asked[1]!), { params: asked.map(paramOf) })
  }
  const field = asked[0]!
  if (field === 'session') {
    const checkoutFormToken = required(
      get,
      SESSION_PARAMS.checkoutFormToken,
      'demo.session_part_missing',
      lang,
    )
    const paymentId = required(get, SESSION_PARAMS.paymentId, 'demo.session_part_missing', lang)
    return { provider, session: { checkoutFormToken, paymentId } }
  }
  return { provider, [field]: required(get, field, 'demo.id_empty', lang) }
}

function required(
  get: ParamSource,
  param: string,
  reason: 'demo.session_part_missing' | 'demo.id_empty',
  lang: Lang,
): string {
  const value = get(param)?.trim()
  if (!value) throw demoError(lang, reason, param, { param })
  return value
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
