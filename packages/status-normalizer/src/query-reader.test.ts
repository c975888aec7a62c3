import { DurumError } from '@durum/core'
import { describe, expect, it, vi } from 'vitest'
import { createQueryReader, openQueries, type QueryReader } from './query-reader'

const INPUT_THREW =
  'Reading the next query failed: the input threw (TypeError); the batch stopped. The error is the cause.'

function reader(queries: Iterable<number> | AsyncIterable<number>) {
  const read: number[] = []
  const failures: DurumError[] = []
  const onRead = vi.fn()
  const queryReader = createQueryReader<number>(openQueries(queries), {
    onQuery: (query) => read.push(query),
    onRead,
    onFailure: (error) => failures.push(error),
  })
  return { queryReader, read, failures, onRead }
}

/** Pulls an async reader until it has finished, waiting for each read to land. */
async function drain(queryReader: QueryReader, onRead: ReturnType<typeof vi.fn>) {
  while (!queryReader.finished) {
    const landed = onRead.mock.calls.length
    queryReader.pull(() => true)
    await vi.waitFor(() => expect(onRead.mock.calls.length).toBeGreaterThan(landed))
  }
}

describe('openQueries', () => {
  it('knows the total of an array only', () => {
    expect(openQueries([1, 2, 3]).total).toBe(3)
    expect(openQueries(new Set([1, 2])).total).toBeUndefined()
  })

  it('prefers an input’s async iterator to its sync one', () => {
    const both = {
      *[Symbol.iterator]() {
        yield 1
      },
      async *[Symbol.asyncIterator]() {
        yield 2
      },
    }
    expect(openQueries(both).isAsync).toBe(true)
    expect(openQueries([1]).isAsync).toBe(false)
  })
})

describe('createQueryReader', () => {
  it('reads a sync input only while more is wanted, and resumes where it stopped', () => {
    const { queryReader, read } = reader([1, 2, 3, 4, 5])
    queryReader.pull(() => read.length < 2)
    expect(read).toEqual([1, 2])
    expect(queryReader.finished).toBe(false)
    queryReader.pull(() => true)
    expect(read).toEqual([1, 2, 3, 4, 5])
    expect(queryReader.finished).toBe(true)
  })

  it('reads an async input one query per pull, telling when each read lands', async () => {
    async function* generate() {
      yield 1
      yield 2
    }
    const { queryReader, read, onRead } = reader(generate())
    queryReader.pull(() => true)
    queryReader.pull(() => true)
    await vi.waitFor(() => expect(onRead).toHaveBeenCalledTimes(1))
    expect(read).toEqual([1])
    await drain(queryReader, onRead)
    expect(read).toEqual([1, 2])
    expect(queryReader.finished).toBe(true)
  })

  it('types a throwing input as a validation error on queries, with what it threw as cause', () => {
    const broken = new TypeError('CSV line 3 is malformed')
    const { queryReader, read, failures } = reader(
      (function* () {
        yield 1
        throw broken
      })(),
    )
    queryReader.pull(() => true)
    expect(read).toEqual([1])
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatchObject({
      code: 'validation',
      field: 'queries',
      message: INPUT_THREW,
      cause: broken,
    })
    expect(queryReader.finished).toBe(true)
  })

  it('passes a DurumError the input throws through as it is', async () => {
    const own = new DurumError({ code: 'not_found', message: 'No such export file.' })
    const { queryReader, failures } = reader({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(own) }),
    })
    queryReader.pull(() => true)
    await vi.waitFor(() => expect(failures).toEqual([own]))
  })

  it('fails once, at the first pull, when the input cannot be opened', () => {
    const { queryReader, failures } = reader({
      [Symbol.iterator]() {
        throw new TypeError('not today')
      },
    } as Iterable<number>)
    queryReader.pull(() => true)
    queryReader.pull(() => true)
    expect(failures.map((error) => error.message)).toEqual([INPUT_THREW])
    expect(queryReader.finished).toBe(true)
  })

  it('on close: lets an unfinished input clean up, and drops a read that lands after', async () => {
    let cleanedUp = false
    let release: ((step: IteratorResult<number>) => void) | undefined
    const { queryReader, read } = reader({
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<number>>((resolve) => (release = resolve)),
        return: () => {
          cleanedUp = true
          return Promise.resolve({ done: true as const, value: undefined })
        },
      }),
    })
    queryReader.pull(() => true)
    queryReader.close()
    release?.({ done: false, value: 7 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cleanedUp).toBe(true)
    expect(read).toEqual([])
  })

  it('on close: ignores what a throwing clean-up throws', () => {
    const { queryReader } = reader({
      [Symbol.iterator]: () => ({
        next: () => ({ done: false, value: 1 }),
        return: () => {
          throw new Error('clean-up failed')
        },
      }),
    })
    queryReader.pull(() => false)
    expect(() => queryReader.close()).not.toThrow()
    expect(queryReader.finished).toBe(true)
  })
})
