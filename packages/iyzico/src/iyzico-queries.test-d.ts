import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type { IyzicoQueryVariant } from './iyzico-provider'
import type {
  IyzicoCheckoutFormQuery,
  IyzicoCheckoutFormQuerySchema,
  IyzicoPaymentConversationIdQuery,
  IyzicoPaymentConversationIdQuerySchema,
  IyzicoPaymentDetailQuery,
  IyzicoPaymentDetailQuerySchema,
  IyzicoPaymentIdQuery,
  IyzicoPaymentIdQuerySchema,
  IyzicoReportingQuerySchema,
  IyzicoStatusQuery,
  IyzicoStatusQuerySchema,
  IyzicoTokenizationSessionQuery,
  IyzicoTokenizationSessionQuerySchema,
} from './iyzico-queries'

// Equality holds both ways: a key added to, dropped from or retyped in a named query or its schema
// alone fails here.
describe('the named iyzico query types are their schemas', () => {
  it('holds each query shape', () => {
    expectTypeOf<IyzicoPaymentIdQuery>().toEqualTypeOf<v.InferOutput<typeof IyzicoPaymentIdQuerySchema>>()
    expectTypeOf<IyzicoPaymentConversationIdQuery>().toEqualTypeOf<
      v.InferOutput<typeof IyzicoPaymentConversationIdQuerySchema>
    >()
    expectTypeOf<IyzicoCheckoutFormQuery>().toEqualTypeOf<
      v.InferOutput<typeof IyzicoCheckoutFormQuerySchema>
    >()
    expectTypeOf<IyzicoTokenizationSessionQuery>().toEqualTypeOf<
      v.InferOutput<typeof IyzicoTokenizationSessionQuerySchema>
    >()
  })

  it('holds the one-of queries', () => {
    expectTypeOf<IyzicoPaymentDetailQuery>().toEqualTypeOf<
      v.InferOutput<typeof IyzicoPaymentDetailQuerySchema>
    >()
    expectTypeOf<v.InferOutput<typeof IyzicoReportingQuerySchema>>().toEqualTypeOf<IyzicoPaymentDetailQuery>()
    expectTypeOf<IyzicoStatusQuery>().toEqualTypeOf<v.InferOutput<typeof IyzicoStatusQuerySchema>>()
  })

  it('lets getStatus take exactly the shapes the schema accepts', () => {
    expectTypeOf<IyzicoQueryVariant['query']>().toEqualTypeOf<IyzicoStatusQuery>()
  })
})
