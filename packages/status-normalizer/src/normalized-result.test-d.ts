import type { Money } from '@durum/core'
import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  Card,
  CardSchema,
  Failure,
  FailureCategory,
  FailureCategorySchema,
  FailureSchema,
  FraudVerdict,
  FraudVerdictSchema,
  MoneySchema,
  NextAction,
  NextActionSchema,
  NormalizedPayment,
  NormalizedPaymentSchema,
  NormalizedResult,
  NormalizedResultSchema,
  NormalizedSession,
  NormalizedSessionSchema,
  PaymentAttempt,
  PaymentAttemptSchema,
  PaymentIds,
  PaymentIdsSchema,
  PaymentItem,
  PaymentItemSchema,
  PaymentItemStatus,
  PaymentItemStatusSchema,
  SessionPaymentMethod,
  SessionPaymentMethodSchema,
  SessionStatus,
  SessionStatusSchema,
} from './normalized-result'
import type { PaymentStatus, PaymentStatusSchema } from './payment-status'

// Each named type is what its schema accepts, field for field: equality holds both ways, so a field
// added to, dropped from or retyped in either one alone fails here.
describe('the named result types are their schemas', () => {
  it('holds the results', () => {
    expectTypeOf<NormalizedPayment>().toEqualTypeOf<v.InferOutput<typeof NormalizedPaymentSchema>>()
    expectTypeOf<NormalizedSession>().toEqualTypeOf<v.InferOutput<typeof NormalizedSessionSchema>>()
    expectTypeOf<NormalizedResult>().toEqualTypeOf<v.InferOutput<typeof NormalizedResultSchema>>()
  })

  it('holds the parts of a payment', () => {
    expectTypeOf<Money>().toEqualTypeOf<v.InferOutput<typeof MoneySchema>>()
    expectTypeOf<Failure>().toEqualTypeOf<v.InferOutput<typeof FailureSchema>>()
    expectTypeOf<PaymentIds>().toEqualTypeOf<v.InferOutput<typeof PaymentIdsSchema>>()
    expectTypeOf<Card>().toEqualTypeOf<v.InferOutput<typeof CardSchema>>()
    expectTypeOf<PaymentItem>().toEqualTypeOf<v.InferOutput<typeof PaymentItemSchema>>()
    expectTypeOf<PaymentAttempt>().toEqualTypeOf<v.InferOutput<typeof PaymentAttemptSchema>>()
  })

  it('holds the words', () => {
    expectTypeOf<PaymentStatus>().toEqualTypeOf<v.InferOutput<typeof PaymentStatusSchema>>()
    expectTypeOf<NextAction>().toEqualTypeOf<v.InferOutput<typeof NextActionSchema>>()
    expectTypeOf<FailureCategory>().toEqualTypeOf<v.InferOutput<typeof FailureCategorySchema>>()
    expectTypeOf<FraudVerdict>().toEqualTypeOf<v.InferOutput<typeof FraudVerdictSchema>>()
    expectTypeOf<PaymentItemStatus>().toEqualTypeOf<v.InferOutput<typeof PaymentItemStatusSchema>>()
    expectTypeOf<SessionStatus>().toEqualTypeOf<v.InferOutput<typeof SessionStatusSchema>>()
    expectTypeOf<SessionPaymentMethod>().toEqualTypeOf<v.InferOutput<typeof SessionPaymentMethodSchema>>()
  })

  it('keeps a result assignable to a plain record, as an inferred object type was', () => {
    expectTypeOf<NormalizedPayment>().toExtend<Record<string, unknown>>()
    expectTypeOf<NormalizedSession>().toExtend<Record<string, unknown>>()
    expectTypeOf<PaymentItem>().toExtend<Record<string, unknown>>()
  })

  it('tells a payment from a session by kind', () => {
    expectTypeOf<Extract<NormalizedResult, { kind: 'payment' }>>().toEqualTypeOf<NormalizedPayment>()
    expectTypeOf<Extract<NormalizedResult, { kind: 'session' }>>().toEqualTypeOf<NormalizedSession>()
  })
})
