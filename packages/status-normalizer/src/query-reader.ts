import { DurumError, ValidationError } from '@durum/core'
import { engineSaid, type Shown } from './engine-messages'
import { thrownName, unreadable } from './read-options'

/** How to open a batch's input, checked at the call: only an iterable or async iterable that is not a string. */
export interface QuerySource {
  open: () => Iterator<unknown> | AsyncIterator<unknown>
  isAsync: boolean
  /** Known when the queries were given as an array. */
  total: number | undefined
}

export function openQueries(queries: unknown): QuerySource {
  const refuse = (value: Shown | undefined) =>
    new ValidationError({
      field: 'queries',
      ...engineSaid({ reason: 'core.queries_not_iterable', params: { value } }),
    })
  if (typeof queries === 'string') throw refuse({ type: 'string' })
  if (typeof queries !== 'object' || queries === null)
    throw refuse({ type: queries === null ? 'null' : typeof queries })
  try {
    const asyncIterator = (queries as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator]
    const iterator = (queries as Partial<Iterable<unknown>>)[Symbol.iterator]
    const method: unknown = typeof asyncIterator === 'function' ? asyncIterator : iterator
    if (typeof method !== 'function') throw refuse(undefined)
    return {
      open: () => (method as (this: unknown) => Iterator<unknown> | AsyncIterator<unknown>).call(queries),
      isAsync: method === asyncIterator,
      total: Array.isArray(queries) ? queries.length : undefined,
    }
  } catch (error) {
    if (DurumError.isInstance(error)) throw error
    throw unreadable('queries', 'the queries', error)
  }
}

export interface QueryReaderEvents<Q> {
  /** Each query read, in input order. */
  onQuery(query: Q): void
  /** An asynchronous read finished (with a query or with the end): there may be more to do. */
  onRead(): void
  /** The input could not be opened or failed to give its next query; nothing more is read. */
  onFailure(error: DurumError): void
}

/**
 * Pulls queries from the caller's input only when asked, so a long input never sits in memory: a sync
 * input is read while `wantsMore()` holds, an async one a query at a time.
 */
export interface QueryReader {
  /** Opens the input on first use, then reads while `wantsMore()` holds (async: starts one read). */
  pull(wantsMore: () => boolean): void
  /** Nothing more will be read and no read is on its way. */
  readonly finished: boolean
  /** Stops reading and lets an unfinished input clean up; a read still on its way is dropped. */
  close(): void
}

export function createQueryReader<Q>(source: QuerySource, events: QueryReaderEvents<Q>): QueryReader {
  let iterator: Iterator<Q> | AsyncIterator<Q> | undefined
  let done = false
  let reading = false
  let closed = false

  const fail = (error: unknown) => {
    done = true
    events.onFailure(inputFailed(error))
  }
  // Reads one step: its `done` and `value` once, so a step with throwing getters fails the input.
  const readStep = (step: IteratorResult<Q>) => {
    if (step.done) done = true
    else if (!closed) events.onQuery(step.value)
  }
  const open = () => {
    try {
      iterator = source.open() as Iterator<Q> | AsyncIterator<Q>
    } catch (error) {
      fail(error)
    }
  }

  const readAsync = (opened: AsyncIterator<Q>) => {
    reading = true
    new Promise<IteratorResult<Q>>((resolve) => resolve(opened.next())).then(readStep).then(
      () => {
        reading = false
        events.onRead()
      },
      (error: unknown) => {
        reading = false
        fail(error)
      },
    )
  }

  return {
    pull(wantsMore) {
      if (iterator === undefined && !done) open()
      if (iterator === undefined) return
      if (source.isAsync) {
        if (!reading && !done && wantsMore()) readAsync(iterator as AsyncIterator<Q>)
        return
      }
      while (!done && wantsMore()) {
        try {
          readStep((iterator as Iterator<Q>).next())
        } catch (error) {
          fail(error)
        }
      }
    },
    get finished() {
      return done && !reading
    },
    close() {
      closed = true
      if (done || iterator === undefined) return
      done = true
      const opened = iterator
      // The input's own clean-up: whatever it throws or rejects with is not the batch's outcome.
      new Promise((resolve) => resolve(opened.return?.())).catch(() => {})
    },
  }
}

/** The error that ends a batch whose input failed to give its next query. */
function inputFailed(error: unknown): DurumError {
  if (DurumError.isInstance(error)) return error
  return new ValidationError({
    field: 'queries',
    ...engineSaid({ reason: 'core.input_failed', params: { thrown: thrownName(error) } }),
    cause: error,
  })
}
