import 'reflect-metadata'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { createStatusNormalizer, isPaid } from '@durum/status-normalizer'
import { Injectable, Module } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'

const keys = { apiKey: 'nest-api-key', secretKey: 'nest-secret-key' }
const simulator = createIyzicoSimulator(keys)

@Injectable()
export class PaymentsService {
  private readonly durum = createStatusNormalizer({
    providers: [iyzico({ ...keys, fetch: simulator.fetch })],
  })

  async check(paymentId: string) {
    const payment = await this.durum.getStatus({ provider: 'iyzico', paymentId })
    return { status: payment.status, paid: isPaid(payment) }
  }
}

@Module({ providers: [PaymentsService] })
export class AppModule {}

async function bootstrap() {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false })
  console.log(JSON.stringify(await app.get(PaymentsService).check('35790702')))
  await app.close()
}
void bootstrap()
