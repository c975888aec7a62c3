import { describe, expect, it } from 'vitest'
import { fixtureText } from '../__test__/test-fixtures'
import * as bodies from './iyzico-fixture-bodies'

// The simulator serves these strings; the tests read src/__fixtures__. Both must stay the same
// bytes, or the simulator would drift from what iyzico really sends.
const embedded: Readonly<Record<string, string>> = { ...bodies }
const fileOf: Readonly<Record<string, string>> = {
  paymentDetailDocs2023: 'payment-detail.success.fraud-1.docs-2023.json',
  paymentDetailSigned: 'payment-detail.success.fraud-1.signature.sandbox.json',
  paymentDetailAfterCancel: 'payment-detail.success.after-cancel.sandbox.json',
  paymentDetailNotFound: 'payment-detail.error-5087-payment-not-found.sandbox.json',
  paymentDetailInvalidRequest: 'payment-detail.error-11-invalid-request.sandbox.json',
  paymentPreAuth: 'payment-preauth.success.phase-PRE_AUTH.sandbox.json',
  paymentPostAuth: 'payment-postauth.success.phase-POST_AUTH.sandbox.json',
  paymentCreateFraudReview: 'payment-create.success.fraud-0.docs-2018.json',
  checkoutFormMarketplace: 'checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json',
  checkoutFormTokenNotFound: 'checkout-form.error-5124-token-not-found.docs.json',
  checkoutFormTokenRequired: 'checkout-form.error-5132-token-required.docs.json',
  checkoutFormSdkMockFailure: 'checkout-form.sdk-mock.status-failure-with-payment-fields.json',
  reportingTotallyRefundedByCancel: 'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
  reportingEmpty: 'reporting-payment-details.empty-payments.sandbox.json',
  sessionPassiveCard: 'session.success.passive-card.docs.json',
  sessionNotFound: 'session.error-260016-session-not-found.docs.json',
  errorInvalidSignature: 'error.1000-invalid-signature.sandbox.json',
  errorCredentialsNotFound: 'error.1001-api-credentials-not-found.json',
  error3dsRequired: 'error.5010-3ds-required.json',
}

describe('the simulator bodies', () => {
  it('name a fixture file for every embedded body', () => {
    expect(Object.keys(fileOf).sort()).toEqual(Object.keys(embedded).sort())
  })

  it.each(Object.entries(fileOf))('%s is %s, byte for byte', (name, file) => {
    expect(embedded[name]).toBe(fixtureText(file).replace(/\n$/, ''))
  })
})
