import {Command, CommanderError, Option} from 'commander'
import {version} from '../version.js'
import {isKicError} from '../errors.js'

/** Exit codes: 0 ok (warnings allowed), 1 an input could not be processed, 2 usage error. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

const encodings = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'euc-kr', 'cp949']

export function buildProgram(): Command {
  const program = new Command('kic')
    .description('Turn issues of 주간 중국 창업 (KIC China) into structured data.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run `kic --help` for usage)')
    // Before the subcommands: they inherit it, so usage errors reach `main`.
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  kic parse corpus/287.txt -o 287.json     one issue as JSON
  kic parse - < issue.txt                  read stdin
  kic parse old.txt --encoding cp949       a legacy Korean encoding
  kic schema                               JSON Schema of the output

Exit status: 0 ok (warnings allowed), 1 an input could not be processed, 2 usage error.`
    )

  program
    .command('parse')
    .description('parse one issue into a kic/1 JSON document')
    .argument('[file]', 'issue text file, or - for stdin', '-')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .option('-q, --quiet', 'hide warnings and notes on stderr')
    .addHelpText(
      'after',
      `
Examples:
  kic parse corpus/287.txt > 287.json
  kic parse corpus/287.txt --format jsonl -o 287.jsonl`
    )
    .action(async (file: string, options) => {
      const {runParse} = await import('./commands/parse.js')
      process.exitCode = await runParse(file, options)
    })

  program
    .command('schema')
    .description('print the JSON Schema of the kic/1 document')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (options) => {
      const {runSchema} = await import('./commands/schema.js')
      process.exitCode = await runSchema(options)
    })

  return program
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
      process.exitCode = benign ? exitCodes.ok : exitCodes.usage
      return
    }
    if (isKicError(error)) {
      process.stderr.write(error.format() + '\n')
      process.exitCode = exitCodes.failed
      return
    }
    process.stderr.write(`kic: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = exitCodes.failed
  }
}
