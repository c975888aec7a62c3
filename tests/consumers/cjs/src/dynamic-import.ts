// For `module: node16` (or TypeScript before 5.8): a CommonJS file may not `import` durum, which
// is ESM-only (TS1479), but it may load it with `import()`, which node16 keeps as a real dynamic
// import. Types come through `import type`, which emits nothing; `resolution-mode` tells TypeScript
// to read them as the ESM import will load them.
import type { NormalizedPayment } from '@durum/status-normalizer' with { 'resolution-mode': 'import' }

async function check(paymentId: string): Promise<Pick<NormalizedPayment, 'status'> & { paid: boolean }> {
  const { createStatusNormalizer, isPaid } = await import('@durum/status-normalizer')
  const { iyzico } = await import('@durum/iyzico')
  const { createIyzicoSimulator } = await import('@durum/iyzico/testing')
  const keys = { apiKey: 'node16-api-key', secretKey: 'node16-secret-key' }
  const simulator = createIyzicoSimulator(keys)
  const durum = createStatusNormalizer({ providers: [iyzico({ ...keys, fetch: simulator.fetch })] })
  const payment = await durum.getStatus({ provider: 'iyzico', paymentId })
  return { status: payment.status, paid: isPaid(payment) }
}

void check('35790702').then((result) => console.log(JSON.stringify(result)))
