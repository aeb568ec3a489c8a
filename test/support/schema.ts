import {createRequire} from 'node:module'
import {documentSchema, recordsSchema} from '../../src/emit/schema.js'

const require = createRequire(import.meta.url)
const Ajv2020 = require('ajv/dist/2020') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & {errors?: Array<{instancePath: string; message?: string}> | null}
}

const validate = new Ajv2020({allErrors: true, strict: false, discriminator: true}).compile(documentSchema)

/** Schema errors of a document as `path message` lines; empty when valid. */
export function validateDocument(document: unknown): string[] {
  if (validate(document)) return []
  return (validate.errors ?? []).slice(0, 20).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

const validateRecordFunction = new Ajv2020({allErrors: true, strict: false, discriminator: true}).compile(recordsSchema)

/** Schema errors of one JSON Lines record; empty when valid. */
export function validateRecord(record: unknown): string[] {
  if (validateRecordFunction(record)) return []
  return (validateRecordFunction.errors ?? []).slice(0, 20).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}
