import {documentSchema} from '../../emit/schema.js'
import {writeOutput} from '../output.js'

export async function runSchema(options: {output?: string}): Promise<number> {
  await writeOutput(JSON.stringify(documentSchema, null, 2) + '\n', options.output)
  return 0
}
