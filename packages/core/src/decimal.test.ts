import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDecimal,
  compareDecimal,
  formatTurkishDecimal,
  parseDecimal,
  parseTurkishDecimal,
  subtractDecimal,
} from './decimal'
import { DurumError } from './durum-error'

function expectResponseFormat(run: () => unknown): void {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(DurumError.isInstance(thrown)).toBe(true)
  expect((thrown as DurumError).code).toBe('response_format')
}

/** An exact decimal as (units, scale): value = units / 10^scale. */
const exactDecimal = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 12 }))

/** Plain decimal text for units / 10^scale, built by string surgery (no arithmetic to trust). */
function decimalText([units, scale]: [bigint, number]): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
  const sign = units < 0n ? '-' : ''
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}

/** Canonical text → units at a fixed scale of 20, to compare against bigint arithmetic. */
function unitsAt20(canonical: string): bigint {
  const [integer = '', fraction = ''] = canonical.replace('-', '').split('.')
  const units = BigInt(integer + fraction.padEnd(20, '0'))
  return canonical.startsWith('-') ? -units : units
}

describe('parseDecimal', () => {
  it.each([
    ['1.00000000', '1.00'],
    ['0E-8', '0.00'],
    ['0.03150000', '0.0315'],
    ['-0', '0.00'],
    ['-0.000', '0.00'],
    ['12.50', '12.50'],
    ['12.5', '12.50'],
    ['7', '7.00'],
    ['-1.5e3', '-1500.00'],
    ['1.5E+2', '150.00'],
    ['25E-4', '0.0025'],
    ['12345678.12345678', '12345678.12345678'],
    ['0.04000000', '0.04'],
    ['100', '100.00'],
    ['007.10', '7.10'],
  ])('%s → %s', (text, canonical) => {
    expect(parseDecimal(text)).toBe(canonical)
  })

  it.each([
    '',
    ' ',
    '1,5',
    'NaN',
    'Infinity',
    '1e999999',
    '1e',
    '.5',
    '5.',
    '+1',
    '1.2.3',
    '0x10',
    '1 000',
    '١٢',
  ])('rejects %j as response_format', (text) => expectResponseFormat(() => parseDecimal(text)))

  it('canonical form is a fixed point and round-trips any exact decimal', () => {
    fc.assert(
      fc.property(exactDecimal, (decimal) => {
        const canonical = parseDecimal(decimalText(decimal))
        expect(canonical).toMatch(/^-?(0|[1-9]\d*)\.\d{2,}$/)
        expect(canonical === '0.00' || !/\.\d{3,}0$/.test(canonical)).toBe(true)
        expect(parseDecimal(canonical)).toBe(canonical)
        expect(unitsAt20(canonical)).toBe(decimal[0] * 10n ** BigInt(20 - decimal[1]))
      }),
    )
  })

  it('reads plain decimal text (its string fast path) exactly as the bigint path does', () => {
    const digits = (max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max })
    fc.assert(
      fc.property(
        fc.boolean(),
        digits(25),
        fc.option(digits(25), { nil: undefined }),
        (negative, integer, fraction) => {
          const text = `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`
          // addDecimal with zero always takes the bigint path.
          expect(parseDecimal(text)).toBe(addDecimal(text, '0'))
        },
      ),
    )
  })

  it('reads an exponent form exactly like the same value written out', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: -10, max: 10 }),
        (units, exp) => {
          const written = exp >= 0 ? `${units}${'0'.repeat(exp)}` : decimalText([units, -exp])
          expect(parseDecimal(`${units}e${exp}`)).toBe(parseDecimal(written))
        },
      ),
    )
  })
})

describe('compareDecimal, addDecimal, subtractDecimal', () => {
  it('agree with bigint arithmetic', () => {
    fc.assert(
      fc.property(exactDecimal, exactDecimal, (a, b) => {
        const left = a[0] * 10n ** BigInt(20 - a[1])
        const right = b[0] * 10n ** BigInt(20 - b[1])
        const [textA, textB] = [decimalText(a), decimalText(b)]
        expect(compareDecimal(textA, textB)).toBe(left < right ? -1 : left > right ? 1 : 0)
        expect(unitsAt20(addDecimal(textA, textB))).toBe(left + right)
        expect(unitsAt20(subtractDecimal(textA, textB))).toBe(left - right)
        expect(subtractDecimal(addDecimal(textA, textB), textB)).toBe(parseDecimal(textA))
      }),
    )
  })

  it('compare ignores the spelling of equal values', () => {
    expect(compareDecimal('1.00000000', '1')).toBe(0)
    expect(compareDecimal('0E-8', '-0.00')).toBe(0)
    expect(compareDecimal('10.56', '10.6')).toBe(-1)
    expect(compareDecimal('-1', '-2')).toBe(1)
  })

  it('gives canonical results', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.30')
    expect(subtractDecimal('10.56', '10.56')).toBe('0.00')
    expect(addDecimal('0.0315', '1.00000000')).toBe('1.0315')
    expect(subtractDecimal('1', '151.25')).toBe('-150.25')
  })

  it('rejects non-decimals', () => {
    expectResponseFormat(() => addDecimal('1', '1,5'))
    expectResponseFormat(() => compareDecimal('x', '1'))
  })
})

describe('parseTurkishDecimal', () => {
  it.each([
    ['10,56', '10.56'],
    ['1.250,00', '1250.00'],
    ['-151,25', '-151.25'],
    ['1.250.000,5', '1250000.50'],
    ['100', '100.00'],
    ['1250,00', '1250.00'],
    ['0,16', '0.16'],
    ['1,490', '1.49'],
    [' 10,56 ', '10.56'],
  ])('%j → %s', (text, canonical) => {
    expect(parseTurkishDecimal(text)).toBe(canonical)
  })

  it.each(['1.250', '1,2,3', '1.25,00', ' ', '', '1.2500,00', ',5', '5,', '1.250.00', '10.56', 'abc', '1e3'])(
    'rejects ambiguous or malformed %j',
    (text) => expectResponseFormat(() => parseTurkishDecimal(text)),
  )

  it('reads exactly the texts of the Turkish grammar, and refuses every other', () => {
    // The grammar as a regular expression, the reference the one-pass reader must agree with.
    const turkish = /^(-?)(\d+|\d{1,3}(?:\.\d{3})+(?=,))(?:,(\d+))?$/
    fc.assert(
      fc.property(fc.stringMatching(/^[-0-9.,]{0,12}$/), (text) => {
        const match = turkish.exec(text)
        if (match === null) {
          expectResponseFormat(() => parseTurkishDecimal(text))
        } else {
          const plain = `${match[1]}${(match[2] ?? '').replaceAll('.', '')}${match[3] === undefined ? '' : `.${match[3]}`}`
          expect(parseTurkishDecimal(text)).toBe(parseDecimal(plain))
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('formatTurkishDecimal', () => {
  it.each([
    ['1250.00', '1.250,00'],
    ['-151.25', '-151,25'],
    ['1250000.5', '1.250.000,50'],
    ['0.0315', '0,0315'],
    ['100', '100,00'],
  ])('%s → %s', (text, turkish) => {
    expect(formatTurkishDecimal(text)).toBe(turkish)
  })

  it('parses back exactly for any decimal', () => {
    fc.assert(
      fc.property(exactDecimal, (decimal) => {
        const canonical = parseDecimal(decimalText(decimal))
        expect(parseTurkishDecimal(formatTurkishDecimal(canonical))).toBe(canonical)
      }),
    )
  })
})
