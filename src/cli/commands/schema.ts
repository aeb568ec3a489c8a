import {writeOutput} from '../output.js'

export async function runSchema(options: {output?: string; records?: boolean}): Promise<number> {
  const {documentSchema, recordsSchema} = await import('../../emit/schema.js')
  await writeOutput(JSON.stringify(options.records ? recordsSchema : documentSchema, null, 2) + '\n', options.output)
  return 0
}
