#!/usr/bin/env node
import { EXIT } from './exit-codes'
import { runCli } from './run-cli'

const interrupt = new AbortController()
// Ctrl-C ends the command's work (queries aborted, servers closed) instead of killing it mid-write;
// a second one stops at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupt.abort()
    process.once(signal, () => process.exit(EXIT.interrupted))
  })
}

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: interrupt.signal,
})
// The answer is printed: a keep-alive socket or a Redis client still closing must not hold the shell.
setTimeout(() => process.exit(), 1000).unref()
