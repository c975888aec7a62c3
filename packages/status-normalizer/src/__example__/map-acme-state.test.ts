import { describe, expect, it } from 'vitest'
import { mapAcmePaymentState, mapAcmeSessionState } from './map-acme-state'

// One row per row of acme's mapping table: the state, and exactly what the rule says.
describe('mapAcmePaymentState', () => {
  it.each([
    [
      'created',
      {
        status: 'PENDING',
        reason: 'acme.created',
        explanation: 'acme state "created": the customer has not paid yet.',
      },
    ],
    [
      'action_required',
      {
        status: 'REQUIRES_ACTION',
        reason: 'acme.action_required',
        nextAction: 'customer_3ds',
        explanation: 'acme state "action_required": waiting for the customer to finish 3-D Secure.',
      },
    ],
    [
      'paid',
      {
        status: 'SUCCEEDED',
        reason: 'acme.paid',
        explanation: 'acme state "paid": the payment was captured.',
      },
    ],
    [
      'refunded',
      {
        status: 'REFUNDED',
        reason: 'acme.refunded',
        explanation: 'acme state "refunded": the payment was refunded in full.',
      },
    ],
    [
      'on_hold',
      {
        status: 'UNKNOWN',
        reason: 'acme.unknown_state',
        explanation: 'acme reported state "on_hold", which this version does not know.',
      },
    ],
  ])('%s', (state, mapping) => {
    expect(mapAcmePaymentState(state)).toEqual(mapping)
  })

  it('declined, keeping the bank’s reason', () => {
    expect(mapAcmePaymentState('declined', 'insufficient funds')).toEqual({
      status: 'FAILED',
      reason: 'acme.declined',
      failure: { category: 'declined', message: 'insufficient funds' },
      explanation: 'acme state "declined": the bank declined the payment.',
    })
  })

  it('writes the rule in Turkish when asked', () => {
    expect(mapAcmePaymentState('on_hold', undefined, 'tr')).toEqual({
      status: 'UNKNOWN',
      reason: 'acme.unknown_state',
      explanation: 'acme "on_hold" durumunu bildirdi; bu sürüm bu durumu tanımıyor.',
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
