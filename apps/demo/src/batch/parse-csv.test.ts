import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ])
  })

  it('detects semicolons and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFprovider;paymentId\niyzico;1')).toEqual([
      ['provider', 'paymentId'],
      ['iyzico', '1'],
    ])
  })

  it('keeps empty cells and gives nothing for empty text', () => {
    expect(parseCsv('a,,b')).toEqual([['a', '', 'b']])
    expect(parseCsv('')).toEqual([])
  })
})
