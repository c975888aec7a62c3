import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningDemo, startDemo } from '../src/start-demo'

// The README's curl lines, run as pasted: each must reach a started demo on the simulators and get a
// real answer (a result, or a batch whose every query succeeded), so its ids stay real.

interface CurlRequest {
  command: string
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}

/** Splits a shell command line into words, reading single and double quotes as a shell does. */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | undefined
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (char === "'") {
      const end = line.indexOf("'", i + 1)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (char === '"') {
      const end = line.indexOf('"', i + 1)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (char === ' ') {
      if (word !== undefined) words.push(word)
      word = undefined
    } else {
      word = (word ?? '') + char
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

/** The curl commands of the README's `sh` blocks, continuation lines joined. */
function readmeCurls(readme: string): CurlRequest[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!)
  const commands = blocks.flatMap((block) => block.replace(/\\\n\s*/g, '').split('\n'))
  return commands
    .filter((command) => command.startsWith('curl '))
    .map((command) => {
      const words = shellWords(command).slice(1)
      const request: CurlRequest = { command, method: 'GET', url: '', headers: {} }
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!
        if (word === '-N') continue
        if (word === '-X') request.method = words[++i]!
        else if (word === '-H') {
          const [name, ...value] = words[++i]!.split(':')
          request.headers[name!.trim().toLowerCase()] = value.join(':').trim()
        } else if (word === '-d') {
          request.body = words[++i]!
          if (request.method === 'GET') request.method = 'POST'
        } else if (word.startsWith('http')) request.url = word
        else
          throw new Error(`The README's curl uses an option this test does not read: ${word} in ${command}`)
      }
      return request
    })
}

let demo: RunningDemo
let curls: CurlRequest[]
beforeAll(async () => {
  demo = await startDemo({ env: {}, port: 0, hostname: '127.0.0.1' })
  curls = readmeCurls(await readFile(new URL('../README.md', import.meta.url), 'utf8'))
})
afterAll(() => demo?.close())

describe("the README's curl examples", () => {
  it('are there: every query shape of GET /api/status and both bodies of POST /api/statuses', () => {
    expect(curls.map((curl) => `${curl.method} ${new URL(curl.url).pathname}`)).toEqual([
      ...Array.from({ length: 7 }, () => 'GET /api/status'),
      'POST /api/statuses',
      'POST /api/statuses',
    ])
    for (const curl of curls) expect(new URL(curl.url).origin, curl.command).toBe('http://localhost:3000')
  })

  it('each get a real answer from the demo on the simulators, as pasted', async () => {
    const port = new URL(demo.url).port
    for (const curl of curls) {
      const url = curl.url.replace('http://localhost:3000', `http://localhost:${port}`)
      const response = await fetch(url, {
        method: curl.method,
        headers: curl.headers,
        ...(curl.body === undefined ? {} : { body: curl.body }),
      })
      const text = await response.text()
      expect(response.status, `${curl.command}\n${text}`).toBe(200)
      if (curl.method === 'GET') {
        const result = JSON.parse(text) as { provider: string; status: string; reason: string }
        expect(result.provider, curl.command).toBe(new URL(url).searchParams.get('provider'))
        expect(result.reason, curl.command).toMatch(/^[a-z]+\.[a-z_]+$/)
      } else {
        const lines = text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { type: string; summary?: { failed: number; total: number } })
        expect(lines.at(-1)?.type, curl.command).toBe('done')
        expect(lines.at(-1)?.summary?.failed, `${curl.command}\n${text}`).toBe(0)
      }
    }
  })
})
