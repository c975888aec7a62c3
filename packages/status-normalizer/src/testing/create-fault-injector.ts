import { abortableDelay } from '@durum/core'
import type { Fault, FaultInjector, FaultRule } from './fault'
import { createReplayAnswers, type ReplayAnswers } from './replay-answers'

interface ActiveRule {
  rule: FaultRule
  remaining: number
}

/** Holds fault rules and applies the first one that matches each request. Rules apply in the order added. */
export function createFaultInjector(rules: readonly FaultRule[] = []): FaultInjector {
  return createFaultRules(rules).injector
}

/**
 * The injector plus the rule lookup alone, for the simulator shell's own server: it builds a fetch
 * `Request` only when a rule's `match` needs one, and answers unfaulted requests without one.
 */
export interface FaultRules {
  injector: FaultInjector
  /** Takes the first active rule matching the request (counting it against `times`); `request` is called only for a rule with `match`. */
  take(request: () => Request): Fault | undefined
  /** The answer a taken `fault` gives to `request`, with this injector's memory of answers to replay. */
  respond(fault: Fault, request: Request, respond: () => Promise<Response>): Promise<Response>
}

export function createFaultRules(rules: readonly FaultRule[] = []): FaultRules {
  let active: ActiveRule[] = []
  const add = (rule: FaultRule) => {
    active.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY })
  }
  for (const rule of rules) add(rule)
  const replays = createReplayAnswers()
  const respondTo = (fault: Fault, request: Request, respond: () => Promise<Response>) =>
    faultResponse(fault, request, respond, replays)

  const take = (request: () => Request): Fault | undefined => {
    if (active.length === 0) return undefined
    const found = active.find(
      ({ rule, remaining }) => remaining > 0 && (rule.match === undefined || rule.match(request())),
    )
    if (found === undefined) return undefined
    found.remaining--
    if (found.remaining <= 0) active = active.filter((entry) => entry !== found)
    return found.rule
  }

  return {
    take,
    respond: respondTo,
    injector: {
      add,
      clear() {
        active = []
      },
      apply(request, respond) {
        const fault = take(() => request)
        return fault === undefined ? respond() : respondTo(fault, request, respond)
      },
    },
  }
}

const encoder = new TextEncoder()

/** The answer `fault` gives to `request`; `respond` is the simulator's real answer. */
async function faultResponse(
  fault: Fault,
  request: Request,
  respond: () => Promise<Response>,
  replays: ReplayAnswers,
): Promise<Response> {
  switch (fault.type) {
    case 'latency':
      await abortableDelay(fault.ms, request.signal)
      return respond()
    case 'status':
      return new Response(fault.body ?? `Simulated HTTP ${fault.status}`, {
        status: fault.status,
        headers: { 'content-type': fault.contentType ?? 'text/plain; charset=utf-8' },
      })
    case 'rate_limit':
      return new Response('Too Many Requests', {
        status: 429,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'retry-after': String(fault.retryAfterSeconds),
        },
      })
    case 'hang':
      return hang(request.signal)
    case 'reset': {
      const real = await bodyOf(respond)
      return withBody(real, failingStream(real.bytes.subarray(0, Math.max(1, real.bytes.length >> 1))))
    }
    case 'truncate': {
      const real = await bodyOf(respond)
      return withBody(real, real.bytes.subarray(0, fault.bytes ?? real.bytes.length >> 1))
    }
    case 'html':
      return new Response(htmlErrorPage(fault.status ?? 502), {
        status: fault.status ?? 502,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      })
    case 'drift': {
      const real = await bodyOf(respond)
      const drifted = JSON.stringify(fault.transform(JSON.parse(new TextDecoder().decode(real.bytes))))
      return withBody(real, encoder.encode(drifted))
    }
    case 'drip': {
      const real = await bodyOf(respond)
      return withBody(real, drippingStream(real.bytes, fault.bytesPerChunk, fault.delayMs, request.signal))
    }
    case 'oversize': {
      const real = await bodyOf(respond)
      const padded = new Uint8Array(Math.max(fault.bytes, real.bytes.length)).fill(0x20)
      padded.set(real.bytes)
      return withBody(real, padded)
    }
    case 'empty':
      return new Response(null, {
        status: fault.status ?? 200,
        headers: { 'content-type': 'application/json' },
      })
    case 'content_type': {
      const real = await bodyOf(respond)
      const headers = new Headers(real.headers)
      headers.set('content-type', fault.contentType)
      return new Response(real.bytes, { status: real.status, headers })
    }
    case 'redirect':
      return new Response(null, { status: fault.status ?? 307, headers: { location: fault.location } })
    case 'deep_json': {
      const depth = fault.depth ?? 5000
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`
      const headers = { 'content-type': 'application/json' }
      if (fault.field === undefined) return new Response(nested, { status: 200, headers })
      const real = await bodyOf(respond)
      const text = new TextDecoder().decode(real.bytes).trimEnd()
      // Spliced in as text: building the value and stringifying it would itself recurse 5000 deep.
      const open = text.slice(0, -1)
      const spliced = `${open}${/^\{\s*$/.test(open) ? '' : ','}${JSON.stringify(fault.field)}:${nested}}`
      return withBody(real, encoder.encode(spliced))
    }
    case 'replay':
      return replays.answer(request, respond, fault.onReplay)
    default: {
      const unhandled: never = fault
      throw new Error(`Unknown fault ${JSON.stringify(unhandled)}`)
    }
  }
}

interface RealAnswer {
  status: number
  headers: Headers
  bytes: Uint8Array<ArrayBuffer>
}

async function bodyOf(respond: () => Promise<Response>): Promise<RealAnswer> {
  const response = await respond()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return { status: response.status, headers, bytes: new Uint8Array(await response.arrayBuffer()) }
}

function withBody(real: RealAnswer, body: BodyInit): Response {
  return new Response(body, { status: real.status, headers: real.headers })
}

function hang(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

/** What undici reports when a peer resets the connection mid-body. */
function connectionReset(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
  return new TypeError('terminated', { cause })
}

function failingStream(head: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  let sent = false
  return new ReadableStream({
    pull(controller) {
      if (sent) {
        controller.error(connectionReset())
        return
      }
      sent = true
      controller.enqueue(head)
    },
  })
}

function drippingStream(
  bytes: Uint8Array<ArrayBuffer>,
  bytesPerChunk: number,
  delayMs: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0
  const size = Math.max(1, Math.floor(bytesPerChunk))
  return new ReadableStream({
    async pull(controller) {
      if (offset >= bytes.length) {
        controller.close()
        return
      }
      try {
        if (offset > 0) await abortableDelay(delayMs, signal)
      } catch (error) {
        controller.error(error)
        return
      }
      controller.enqueue(bytes.slice(offset, offset + size))
      offset += size
    },
  })
}

function htmlErrorPage(status: number): string {
  return `<!DOCTYPE html>
<html><head><title>${status} Error</title></head>
<body><center><h1>${status} Error</h1></center><hr><center>nginx</center></body></html>
`
}
