import * as v from 'valibot'
import { DurumError } from './durum-error'

/** A valibot schema that reads its input into `Output` (a canonical amount, an ISO time…). */
export interface ReadingSchema<Input, Output> extends v.BaseSchema<Input, Output, v.BaseIssue<unknown>> {
  readonly type: string
  readonly reference: typeof readingSchema
  readonly message: undefined
}

type Dataset<Output> = v.OutputDataset<Output, v.BaseIssue<unknown>>

/** The dataset, now typed and holding `value`: set in place, as valibot's own schemas do (no copy). */
function succeed<Output>(dataset: v.UnknownDataset, value: Output): Dataset<Output> {
  const success = dataset as unknown as { typed: boolean; value: unknown }
  success.value = value
  success.typed = true
  return success as Dataset<Output>
}

/** The Standard Schema props of a valibot schema, validating with valibot's global config. */
function standardProps<Input, Output>(schema: ReadingSchema<Input, Output>): v.StandardProps<Input, Output> {
  return {
    version: 1,
    vendor: 'valibot',
    // As valibot's own schemas do: a dataset with issues is a failure result, one without a success.
    validate: (value) =>
      schema['~run']({ value }, v.getGlobalConfig()) as unknown as ReturnType<
        v.StandardProps<Input, Output>['validate']
      >,
  }
}

/**
 * A valibot schema (one of valibot's "custom schemas") that checks its input with `accepts`, then
 * reads it with `read`, whose `DurumError` becomes the issue's message. One schema object, not
 * `v.pipe(v.custom(…), v.rawTransform(…))`: these run on every amount, id and time of every answer,
 * and each action of a pipe is one more pass over the field.
 */
export function readingSchema<Input, Output>(
  type: string,
  expects: string,
  accepts: (input: unknown) => input is Input,
  read: (input: Input) => Output,
): ReadingSchema<Input, Output> {
  return {
    kind: 'schema',
    type,
    reference: readingSchema,
    expects,
    async: false,
    message: undefined,
    get '~standard'() {
      return standardProps(this)
    },
    '~run'(dataset, config) {
      const input = dataset.value
      if (!accepts(input)) {
        v._addIssue(this, 'type', dataset, config)
        return dataset as unknown as Dataset<Output>
      }
      try {
        return succeed(dataset, read(input))
      } catch (error) {
        v._addIssue(this, 'type', dataset, config, {
          message: DurumError.isInstance(error) ? error.message : String(error),
        })
        return dataset as unknown as Dataset<Output>
      }
    },
  }
}

/**
 * `schema`, with null and absent both read as absent (`undefined`): what `v.pipe(v.nullish(schema),
 * v.transform(…))` does, in one schema object for the same reason as `readingSchema`.
 */
export function nullAsAbsent<TSchema extends v.GenericSchema>(
  schema: TSchema,
): ReadingSchema<v.InferInput<TSchema> | null | undefined, v.InferOutput<TSchema> | undefined> & {
  readonly wrapped: TSchema
} {
  return {
    kind: 'schema',
    // 'nullish' with `wrapped`, as `v.nullish` has: `v.object` lets the key be missing, and
    // valibot's helpers that unwrap optional entries (`v.unwrap`, `v.required`) still find the schema.
    type: 'nullish',
    wrapped: schema,
    reference: readingSchema,
    expects: `(${schema.expects} | null | undefined)`,
    async: false,
    message: undefined,
    get '~standard'() {
      return standardProps(this)
    },
    '~run'(dataset, config) {
      if (dataset.value === null || dataset.value === undefined) return succeed(dataset, undefined)
      return schema['~run'](dataset, config) as Dataset<v.InferOutput<TSchema>>
    },
  }
}
