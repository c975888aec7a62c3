export { DurumError, type DurumErrorCode, type DurumErrorOptions, ValidationError } from './durum-error'
