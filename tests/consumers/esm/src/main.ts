import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'

const keys = { apiKey: 'esm-api-key', secretKey: 'esm-secret-key' }
const simulator = createIyzicoSimulator(keys)
const durum = createStatusNormalizer({ providers: [iyzico({ ...keys, fetch: simulator.fetch })] })

const payment = await durum.getStatus({ provider: 'iyzico', paymentId: '35790702' })
console.log(JSON.stringify({ status: payment.status, paid: isPaid(payment) }))
