import { describe, expect, it } from 'vitest'
import { commentMatches, isValueComment } from './comment-match.ts'

describe('commentMatches', () => {
  it.each([
    ["'SUCCEEDED'", ['SUCCEEDED']],
    ["{ amount: '10.01', currency: 'TRY' }", ["{ amount: '10.01', currency: 'TRY' }"]],
    ["['FAILED', 'SUCCEEDED']", ["[ 'FAILED', 'SUCCEEDED' ]"]],
    ['true: see "Refunds and cancels"', ['true']],
    ["'CANCELLED'   (/payment/detail alone still says SUCCESS)", ['CANCELLED']],
    ['503, then real answers', ['503']],
    [
      "'PARTIALLY_REFUNDED' { amount: '5.00', currency: 'TRY' }",
      ["PARTIALLY_REFUNDED { amount: '5.00', currency: 'TRY' }"],
    ],
    [
      "{ paymentId: '203762', merchantReference: '1ff755d2-…', transactionIds: ['538224'] }",
      ["{ paymentId: '203762', merchantReference: '1ff755d2-8a1b', transactionIds: [ '538224' ] }"],
    ],
    ['SUCCEEDED true …', ["SUCCEEDED true { amount: '10.01', currency: 'TRY' } iyzico captured…"]],
  ])('%s states %j', (comment, actual) => {
    expect(commentMatches(comment, actual)).toBe(true)
  })

  it.each([
    ["'SUCCEEDED'", ['FAILED']],
    ["{ amount: '10.01', currency: 'TRY' }", ["{ amount: '10.10', currency: 'TRY' }"]],
    ["['FAILED', 'SUCCEEDED']", ["[ 'SUCCEEDED' ]"]],
    // Prose is cut off the claim, not added to what the code may print.
    ['true: see "Refunds and cancels"', ['true, but not checked']],
    // A colon inside the value is not where prose starts.
    ["{ amount: '10.01' }", ['{']],
  ])('%s does not state %j', (comment, actual) => {
    expect(commentMatches(comment, actual)).toBe(false)
  })
})

describe('isValueComment', () => {
  it.each([
    "'SUCCEEDED'",
    'SUCCEEDED true …',
    '1.2 0',
    '-151.25',
    'true: see below',
    '[]',
    '{ a: 1 }',
    'undefined',
  ])('%s is a claim', (comment) => {
    expect(isValueComment(comment)).toBe(true)
  })

  it.each([
    'in Turkish',
    "e.g. '2026-11-23T15:00:00.000+03:00'",
    "{ timeout: 0 } would throw ValidationError 'The EsnekPOS option timeout must be at least 1 ms.'",
    "parseTurkishDecimal('1.250') throws: a thousands dot or a decimal point?",
    'credentials from the environment',
  ])('%s is not', (comment) => {
    expect(isValueComment(comment)).toBe(false)
  })
})
