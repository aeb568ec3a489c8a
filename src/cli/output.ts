import {writeAtomic} from '../io/write-atomic.js'

/** Write command output to `-o file` atomically, or to stdout. */
export async function writeOutput(content: string, output: string | undefined): Promise<void> {
  if (output && output !== '-') {
    await writeAtomic(output, content)
    return
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(content, (error) => (error ? reject(error) : resolve()))
  })
}
