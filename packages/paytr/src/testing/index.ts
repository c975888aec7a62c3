export {
  PAYTR_NO_SUCCESSFUL_PAYMENT,
  PAYTR_NO_TRANSACTION,
  type PaytrErrorScenario,
  type PaytrScenario,
  paytrErrorScenarios,
  paytrPaidBody,
  paytrScenarios,
} from './paytr-scenarios'
export {
  createPaytrSimulator,
  type PaytrNotificationInput,
  type PaytrNotificationReply,
  type PaytrSimulator,
  type PaytrSimulatorOptions,
} from './paytr-simulator'
