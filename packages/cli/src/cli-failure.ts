import type { ExitCode } from './exit-codes'

/** A reason to stop that the user can fix: its message is printed as is, without a stack. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure'

  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message)
  }
}
