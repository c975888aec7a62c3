import { coreMessages } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { engineMessages, shownValue } from './engine-messages'
import { catalogGaps } from './testing/catalog-gaps'

const attempt = { provider: 'iyzico', source: 'iyzico.payment-detail', attempt: 2, attempts: 3 }
const answered = { provider: 'iyzico', status: 503, source: 'iyzico.payment-detail' }

describe('engineMessages', () => {
  it('has every sentence in English and Turkish, each reason core.<snake_case>', () => {
    expect(
      catalogGaps('core', engineMessages, {
        'core.invalid_locale': [{ field: 'locale', shown: '"de"' }],
        'core.duplicate_provider': [{ name: 'iyzico' }],
        'core.options_not_object': [
          { method: 'getStatus', value: shownValue(null) },
          { method: 'getStatus', value: shownValue('x') },
        ],
        'core.not_a_function': [{ field: 'until', value: shownValue(1) }],
        'core.unreadable_input': [{ what: 'the signal', field: 'signal', thrown: 'TypeError' }],
        'core.invalid_milliseconds': [
          { field: 'timeoutMs', max: 86_400_000, span: 'day', value: shownValue(-1) },
          { field: 'intervalMs', max: 3_600_000, span: 'hour', value: shownValue([]) },
        ],
        'core.invalid_concurrency': [{ max: 1000, value: shownValue(0) }],
        'core.invalid_rate': [{ field: 'ratePerMinute', max: 1_000_000, value: shownValue(true) }],
        'core.unknown_provider': [
          { name: 'nope', names: ['iyzico'] },
          { name: 'nope', names: [] },
        ],
        'core.query_not_object': [{ names: ['iyzico', 'esnekpos'], value: shownValue([]) }],
        'core.no_provider': [{ names: ['iyzico'] }],
        'core.not_a_result': (['word', 'null', 'array', 'object', 'type'] as const).map((kind) => ({
          name: 'isPaid',
          wordPredicate: 'statusWordIsPaid',
          given:
            kind === 'word'
              ? { kind, word: 'SUCCEEDED' }
              : kind === 'type'
                ? { kind, type: 'string' }
                : { kind },
        })),
        'core.missing_timeout': [{ max: 86_400_000 }],
        'core.wait_timed_out': [
          {
            provider: 'iyzico',
            query: '{"paymentId":"1"}',
            timeoutMs: 5,
            seen: { kind: 'nothing', lastError: undefined },
          },
          {
            provider: 'iyzico',
            query: '{"paymentId":"1"}',
            timeoutMs: 5,
            seen: { kind: 'nothing', lastError: 'x' },
          },
          {
            provider: 'iyzico',
            query: '{"paymentId":"1"}',
            timeoutMs: 5,
            seen: { kind: 'status', status: 'PENDING', rawStatus: 'INIT_THREEDS' },
          },
        ],
        'core.provider_bug': [{ provider: 'acme', thrown: 'TypeError' }],
        'core.queries_not_iterable': [{ value: undefined }, { value: shownValue('x') }],
        'core.input_failed': [{ thrown: 'RangeError' }],
        'core.held_off': [
          { provider: 'iyzico', seconds: 7200, maxSeconds: 3600 },
          { provider: 'iyzico', seconds: undefined, maxSeconds: 3600 },
        ],
      }),
    ).toEqual([])
  })

  it('names a value by its type in both languages, never by its content', () => {
    expect(
      [null, 'secret', [], {}, 7, undefined].map((value) =>
        engineMessages['core.not_a_function'].tr({ field: 'until', value: shownValue(value) }),
      ),
    ).toEqual([
      'until bir fonksiyon olmalı; verilen: null.',
      'until bir fonksiyon olmalı; verilen: string türünde bir değer.',
      'until bir fonksiyon olmalı; verilen: array türünde bir değer.',
      'until bir fonksiyon olmalı; verilen: object türünde bir değer.',
      'until bir fonksiyon olmalı; verilen: 7.',
      'until bir fonksiyon olmalı; verilen: undefined.',
    ])
  })
})

describe('coreMessages', () => {
  it('has every sentence in English and Turkish, each reason core.<snake_case>', () => {
    expect(
      catalogGaps('core', coreMessages, {
        'core.timeout': [{ ...attempt, timeout: 10_000 }],
        'core.unreachable': [{ ...attempt, detail: 'ECONNRESET' }],
        'core.request_cancelled': [{ provider: 'iyzico', source: 'iyzico.payment-detail' }],
        'core.retry_after_too_long': [
          { ...answered, status: 429, retryAfterMs: 120_000, bound: { kind: 'durum', ms: 1000 } },
          { ...answered, status: 429, retryAfterMs: 5000, bound: { kind: 'caller', ms: 20 } },
        ],
        'core.http_unauthorized': [answered],
        'core.http_not_found': [answered],
        'core.http_rate_limited': [
          { ...answered, retryAfterMs: undefined },
          { ...answered, retryAfterMs: 7000 },
        ],
        'core.http_server_error': [answered],
        'core.response_too_large': [{ ...answered, status: 200, max: 2_097_152 }],
        'core.redirect_refused': [{ ...answered, status: 302 }],
        'core.http_unexpected': [answered],
        'core.invalid_query': [{ label: 'iyzico', field: 'paymentId', issue: 'must not be empty.' }],
        'core.invalid_option': [
          { label: 'EsnekPOS', field: 'merchant', issue: { en: 'must not be empty', tr: 'boş olmamalı' } },
        ],
        'core.missing_credential': [
          {
            label: 'iyzico',
            name: 'API key',
            field: 'apiKey',
            factory: 'iyzico()',
            client: 'createIyzicoClient()',
            variable: 'IYZICO_API_KEY',
          },
        ],
        'core.answer_not_json': [
          {
            label: 'iyzico',
            subject: { en: 'paymentId 1', tr: 'paymentId 1' },
            empty: true,
            hint: { en: 'Retry.', tr: 'Yeniden deneyin.' },
          },
          {
            label: 'iyzico',
            subject: { en: 'paymentId 1', tr: 'paymentId 1' },
            empty: false,
            hint: { en: 'Retry.', tr: 'Retry.' },
          },
        ],
        'core.answer_too_deep': [
          {
            label: 'iyzico',
            subject: { en: 'paymentId 1', tr: 'paymentId 1' },
            max: 512,
            hint: { en: 'Retry.', tr: 'Yeniden deneyin.' },
          },
        ],
        'core.answer_shape': [
          {
            label: 'iyzico',
            subject: { en: 'paymentId 1', tr: 'paymentId 1' },
            path: 'status',
            issue: 'Invalid type',
          },
        ],
      }),
    ).toEqual([])
  })
})
