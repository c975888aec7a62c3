import { DurumError, type Locale, queryIdSchema } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import { rejectedDurumError } from './__test__/rejected-durum-error'
import { createStatusNormalizer } from './create-status-normalizer'
import { defineProvider, type ProviderCallOptions } from './define-provider'
import type { NormalizedPayment } from './normalized-result'

/** A provider recording the locale of each call, and failing id `no` with a message in both languages. */
function localeRecorder() {
  const seen: (Locale | undefined)[] = []
  const provider = fakeProvider(async (query, options?: ProviderCallOptions) => {
    seen.push(options?.locale)
    if (query.id === 'no') {
      throw new DurumError({
        code: 'not_found',
        provider: 'fake',
        reason: 'fake.no_payment',
        message: { en: 'fake has no payment no.', tr: "fake'te no ödemesi yok." },
      })
    }
    return fakePayment('SUCCEEDED')
  })
  return { provider, seen }
}

const query = { provider: 'fake', id: '1' } as const
const missing = { provider: 'fake', id: 'no' } as const

describe('locale', () => {
  it('gives the provider en by default, the normalizer’s locale, or the call’s, at every door', async () => {
    const { provider, seen } = localeRecorder()
    const english = createStatusNormalizer({ providers: [provider] })
    const turkish = createStatusNormalizer({ providers: [provider], locale: 'tr' })
    await english.getStatus(query)
    await turkish.getStatus(query)
    await turkish.getStatus(query, { locale: 'en' })
    await english.getStatus(query, { locale: 'tr' })
    for await (const _ of turkish.getStatuses([query])) {
      // What matters is the locale the provider was called with.
    }
    for await (const _ of turkish.getStatuses([query], { locale: 'en' })) {
      // Likewise.
    }
    await turkish.waitForStatus(query, { timeoutMs: 1000 })
    await english.waitForStatus(query, { timeoutMs: 1000, locale: 'tr' })
    expect(seen).toEqual(['en', 'tr', 'en', 'tr', 'tr', 'en', 'tr', 'tr'])
  })

  it("shows a provider's error in the call's locale, same code and reason, at every door", async () => {
    const { provider } = localeRecorder()
    const durum = createStatusNormalizer({ providers: [provider], locale: 'tr' })
    const batch: DurumError[] = []
    for await (const entry of durum.getStatuses([missing])) if (!entry.ok) batch.push(entry.error)
    const errors = [
      await rejectedDurumError(durum.getStatus(missing)),
      ...batch,
      await rejectedDurumError(durum.waitForStatus(missing, { timeoutMs: 1000 })),
    ]
    expect(errors.map(({ code, reason, message }) => ({ code, reason, message }))).toEqual(
      Array(3).fill({ code: 'not_found', reason: 'fake.no_payment', message: "fake'te no ödemesi yok." }),
    )
    expect((await rejectedDurumError(durum.getStatus(missing, { locale: 'en' }))).message).toBe(
      'fake has no payment no.',
    )
  })

  it('refuses a locale it does not write, naming the field, before anything is sent', async () => {
    const { provider, seen } = localeRecorder()
    expect(() => createStatusNormalizer({ providers: [provider], locale: 'de' as never })).toThrow(
      expect.objectContaining({
        code: 'validation',
        reason: 'core.invalid_locale',
        field: 'locale',
        message: `locale must be 'en' or 'tr', not "de".`,
      }),
    )
    const durum = createStatusNormalizer({ providers: [provider], locale: 'tr' })
    expect(await rejectedDurumError(durum.getStatus(query, { locale: 'TR' as never }))).toMatchObject({
      field: 'locale',
      message: `locale 'en' ya da 'tr' olmalı; verilen: "TR".`,
    })
    expect(() => durum.getStatuses([query], { locale: 7 as never })).toThrow(
      expect.objectContaining({
        field: 'locale',
        message: `locale 'en' ya da 'tr' olmalı; verilen: number.`,
      }),
    )
    expect(
      await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 1000, locale: null as never })),
    ).toMatchObject({ field: 'locale', message: `locale 'en' ya da 'tr' olmalı; verilen: null.` })
    expect(seen).toEqual([])
  })

  it('writes the engine’s own refusals in the call’s language, each with its reason', async () => {
    const { provider } = localeRecorder()
    const durum = createStatusNormalizer({ providers: [provider], locale: 'tr' })
    const refusals = [
      await rejectedDurumError(durum.getStatus(query, null as never)),
      await rejectedDurumError(durum.getStatus({ provider: 'nope', id: '1' } as never)),
      await rejectedDurumError(durum.getStatus(query, { signal: AbortSignal.abort() })),
      await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: -1 })),
    ]
    expect(refusals.map(({ reason, message }) => ({ reason, message }))).toEqual([
      {
        reason: 'core.options_not_object',
        message: 'getStatus seçenekleri bir nesne olmalı; verilen: null.',
      },
      {
        reason: 'core.unknown_provider',
        message:
          'Bu normalizer\'da "nope" adında kayıtlı bir sağlayıcı yok: "fake" içinden birini kullanın ya da createStatusNormalizer({ providers }) listesine ekleyin.',
      },
      {
        reason: 'core.cancelled',
        message: "Çağıranın AbortSignal'i ile iptal edildi; bundan sonra gelen hiçbir yanıt okunmaz.",
      },
      {
        reason: 'core.invalid_milliseconds',
        message:
          'timeoutMs en fazla 86400000 (bir gün) olan pozitif bir milisaniye sayısı olmalı; verilen: -1.',
      },
    ])
  })

  it('refuses a batch input that is no list of queries in the batch’s language', () => {
    const { provider } = localeRecorder()
    const durum = createStatusNormalizer({ providers: [provider] })
    expect(() => durum.getStatuses('ab' as never, { locale: 'tr' })).toThrow(
      expect.objectContaining({
        reason: 'core.queries_not_iterable',
        message:
          'getStatuses bir dizi, yinelenebilir (iterable) ya da async iterable sorgu listesi bekler; verilen: string türünde bir değer.',
      }),
    )
  })

  it('refuses an invalid id in the call’s language, the shared id schema included', async () => {
    const ids = defineProvider<'ids', { query: { id: string }; result: NormalizedPayment }>({
      name: 'ids',
      querySchema: v.strictObject({ id: queryIdSchema }),
      getStatus: async () => fakePayment('SUCCEEDED', 'ids'),
    })
    const durum = createStatusNormalizer({ providers: [ids] })
    const turkish = await rejectedDurumError(durum.getStatus({ provider: 'ids', id: ' ' }, { locale: 'tr' }))
    const english = await rejectedDurumError(durum.getStatus({ provider: 'ids', id: ' ' }))
    expect([turkish.reason, turkish.field, turkish.message]).toEqual([
      'core.invalid_query',
      'id',
      'ids sorgusu `id` alanında geçersiz: boş olmamalı. ids tarafına hiçbir şey gönderilmedi.',
    ])
    expect(english.message).toBe(
      'The ids query is invalid at `id`: must not be empty. Nothing was sent to ids.',
    )
  })
})
