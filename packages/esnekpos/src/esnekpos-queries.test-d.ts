import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type { EsnekposQueryVariant } from './esnekpos-provider'
import type {
  EsnekposOrderQuery,
  EsnekposOrderQuerySchema,
  EsnekposPaymentRequestQuery,
  EsnekposPaymentRequestQuerySchema,
  EsnekposStatusQuery,
  EsnekposStatusQuerySchema,
} from './esnekpos-queries'

// Equality holds both ways: a key added to, dropped from or retyped in a named query or its schema
// alone fails here.
describe('the named EsnekPOS query types are their schemas', () => {
  it('holds each query shape', () => {
    expectTypeOf<EsnekposPaymentRequestQuery>().toEqualTypeOf<
      v.InferOutput<typeof EsnekposPaymentRequestQuerySchema>
    >()
    expectTypeOf<EsnekposOrderQuery>().toEqualTypeOf<v.InferOutput<typeof EsnekposOrderQuerySchema>>()
    expectTypeOf<EsnekposStatusQuery>().toEqualTypeOf<v.InferOutput<typeof EsnekposStatusQuerySchema>>()
  })

  it('lets getStatus take exactly the shapes the schema accepts', () => {
    expectTypeOf<EsnekposQueryVariant['query']>().toEqualTypeOf<EsnekposStatusQuery>()
  })
})
