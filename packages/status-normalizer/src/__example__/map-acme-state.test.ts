import { describe, expect, it } from 'vitest'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

// One row per row of acme's mapping table: the state, and exactly what the rule says.
describe('mapAcmePaymentState', () => {
  it.each([
    ['created', { status: 'PENDING', explanation: 'acme state "created": the customer has not paid yet.' }],
    [
      'action_required',
      {
        status: 'REQUIRES_ACTION',
        nextAction: 'customer_3ds',
        explanation: 'acme state "action_required": waiting for the customer to finish 3-D Secure.',
      },
    ],
    ['paid', { status: 'SUCCEEDED', explanation: 'acme state "paid": the payment was captured.' }],
    [
      'refunded',
      { status: 'REFUNDED', explanation: 'acme state "refunded": the payment was refunded in full.' },
    ],
    [
      'on_hold',
      { status: 'UNKNOWN', explanation: 'acme reported state "on_hold", which this version does not know.' },
    ],
  ])('%s', (state, mapping) => {
    expect(mapAcmePaymentState(state)).toEqual(mapping)
  })

  it('declined, keeping the bank’s reason', () => {
    expect(mapAcmePaymentState('declined', 'insufficient funds')).toEqual({
      status: 'FAILED',
      failure: { category: 'declined', message: 'insufficient funds' },
      explanation: 'acme state "declined": the bank declined the payment.',
    })
  })
})

describe('mapAcmeSessionState', () => {
  it.each([
    ['active', 'ACTIVE'],
    ['inactive', 'INACTIVE'],
    ['expired', 'UNKNOWN'],
  ])('%s → %s', (state, status) => {
    expect(mapAcmeSessionState(state)).toBe(status)
  })
})
