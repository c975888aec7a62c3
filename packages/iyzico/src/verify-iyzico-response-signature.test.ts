import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import vectors from './__fixtures__/iyzico-signatures.json' with { type: 'json' }
import {
  assertIyzicoResponseSignature,
  computeIyzicoResponseSignature,
  iyzicoSignaturePrice,
} from './verify-iyzico-response-signature'

describe('computeIyzicoResponseSignature', () => {
  it.each(vectors.responseSignatures.map((vector) => [vector.params.join(':'), vector] as const))(
    'reproduces %s',
    async (_, vector) => {
      expect(await computeIyzicoResponseSignature(vector.secretKey, vector.params)).toBe(vector.signature)
    },
  )
})

describe('iyzicoSignaturePrice', () => {
  it.each([
    ['1.00', '1'],
    ['1.20', '1.2'],
    ['0.30', '0.3'],
    ['0.0315', '0.0315'],
    ['0.00', '0'],
    ['10.01', '10.01'],
    ['100', '100'],
  ])('%s → %s', (price, signed) => {
    expect(iyzicoSignaturePrice(price)).toBe(signed)
  })
})

describe('assertIyzicoResponseSignature', () => {
  const vector = vectors.responseSignatures[0] ?? { secretKey: '', params: [], signature: '' }
  const base = {
    secretKey: vector.secretKey,
    params: vector.params,
    source: 'iyzico.payment-detail',
    subject: { en: 'x', tr: 'x' },
  }

  it('accepts the right signature and a body without one', async () => {
    await expect(
      assertIyzicoResponseSignature({ ...base, signature: vector.signature }),
    ).resolves.toBeUndefined()
    await expect(assertIyzicoResponseSignature({ ...base, signature: undefined })).resolves.toBeUndefined()
  })

  it('rejects a tampered field or a wrong secret with a clear response_format error', async () => {
    const tampered = assertIyzicoResponseSignature({
      ...base,
      params: [...vector.params.slice(0, -1), '1000'],
      signature: vector.signature,
    })
    await expect(tampered).rejects.toSatisfy(
      (error) =>
        DurumError.isInstance(error) &&
        error.code === 'response_format' &&
        /signature check/.test(error.message),
    )
    await expect(
      assertIyzicoResponseSignature({ ...base, secretKey: 'another', signature: vector.signature }),
    ).rejects.toThrow(/signature check/)
    await expect(tampered).rejects.toMatchObject({ reason: 'iyzico.signature_mismatch' })
  })
})
