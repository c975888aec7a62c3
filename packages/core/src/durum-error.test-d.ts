import { describe, expectTypeOf, it } from 'vitest'
import { DurumError, type DurumErrorCode, type ValidationError } from './durum-error'

describe('DurumError types', () => {
  it('types code as the named union a caller branches on', () => {
    expectTypeOf<DurumError['code']>().toEqualTypeOf<DurumErrorCode>()
    expectTypeOf<'timeout'>().not.toExtend<DurumErrorCode>()
  })

  it('narrows with isInstance and types each field', () => {
    const caught: unknown = new DurumError({ code: 'transport', message: 'timed out' })
    if (DurumError.isInstance(caught)) {
      expectTypeOf(caught).toEqualTypeOf<DurumError>()
      expectTypeOf(caught.reason).toEqualTypeOf<string>()
      expectTypeOf(caught.retryable).toEqualTypeOf<boolean>()
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>()
      expectTypeOf(caught.providerCode).toEqualTypeOf<string | undefined>()
    }
  })

  it('gives a ValidationError its field', () => {
    expectTypeOf<ValidationError['field']>().toEqualTypeOf<string>()
    expectTypeOf<DurumError['field']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ValidationError>().toExtend<DurumError>()
  })
})
