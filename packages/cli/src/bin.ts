#!/usr/bin/env node
import { runCli } from './run-cli'

const interrupt = new AbortController()
// Ctrl-C ends the command's work (queries aborted, servers closed) instead of killing it mid-write;
// a second one stops at once.
process.once('SIGINT', () => {
  interrupt.abort()
  process.once('SIGINT', () => process.exit(130))
})

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: interrupt.signal,
})
