import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {version} from '../version.js'
import {isKicError} from '../errors.js'
import {isSystemError, outputError} from '../io/output-target.js'
import type {ExtractOptions} from './extract-command.js'
import {guardedStdout, reportOnce} from './stdout.js'

/** Exit codes: 0 ok (warnings allowed), 1 an input could not be processed, 2 usage error. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

const encodings = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'euc-kr', 'cp949']

const lexiconHelp = 'corrections to term pairs: CSV/TSV with chinese, korean, category, english, note, action (prefer|add|reject|keep-form)'
const configHelp = 'configuration file (default: kic.config.json in the working folder, e.g. {"lexicon": "lexicon.csv"})'

export function buildProgram(): Command {
  const program = new Command('kic')
    .description('Turn issues of 주간 중국 창업 (KIC China) into structured data.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run `kic --help` for usage)')
    // Before the subcommands: they inherit it, so usage errors reach `main`.
    .exitOverride()
    // Help and version go through the guarded stdout too (`kic --help | head`).
    .configureOutput({writeOut: (text) => guardedStdout().write(text)})
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
    .description('parse one issue into a kic/2 JSON document')
    .argument('[file]', 'issue text or PDF file, or - for stdin', '-')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .addOption(new Option('--from <format>', 'input format (default: by extension, .md is md; PDFs are known by their bytes)').choices(['text', 'md']))
    .option('--lexicon <file>', lexiconHelp)
    .option('--config <file>', configHelp)
    .option('-q, --quiet', 'hide warnings and notes on stderr')
    .addHelpText(
      'after',
      `
Examples:
  kic parse corpus/287.txt > 287.json
  kic parse issue.pdf                      PDF (text layer; page and box on every record)
  kic parse issue.md                       Markdown (remark, GFM tables)
  kic export 287.txt --to md | kic parse --from md
  kic parse corpus/287.txt --format jsonl -o 287.jsonl`
    )
    .action(async (file: string, options, command: Command) => {
      if (waitsOnTerminal(command)) return
      const {runParse} = await import('./commands/parse.js')
      process.exitCode = await runParse(file, options)
    })

  recordsCommand(program, 'terms', 'Chinese/Korean term pairs of one or more issues, one row per occurrence', {lexicon: true}, async (files, options) => {
    const {runTerms} = await import('./commands/terms.js')
    return runTerms(files, options)
  })

  recordsCommand(program, 'figures', 'figures (amounts, counts, percentages, dates) of one or more issues, one row per figure', {lexicon: false}, async (files, options) => {
    const {runFigures} = await import('./commands/figures.js')
    return runFigures(files, options)
  })

  program
    .command('batch')
    .description('convert a whole archive: per-issue JSON, combined CSV / JSON Lines, manifest (parallel, incremental)')
    .argument('<inputs...>', 'issue files and folders (walked recursively)')
    .requiredOption('-o, --output <dir>', 'output folder')
    .option('--ext <list>', 'extensions taken from folders', '.txt,.md,.pdf')
    .option('--follow-links', 'take symbolic links in folders wherever they point (default: only inside the folders given)')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .option('--jsonl', 'also write records.jsonl (one record per line)')
    .option('--force', 'redo every input, and write into any output folder')
    .option('--no-bom', 'CSV without the UTF-8 byte order mark')
    .option('--raw', 'no formula escaping in the CSV / TSV files')
    .addOption(new Option('--format <format>', 'combined tables as CSV or TSV').choices(['csv', 'tsv']).default('csv'))
    .option('--pretty', 'indent the per-issue JSON (compact by default)')
    .option('--worker-memory <MB>', 'heap limit of each worker; a bigger input fails alone', (value) => positiveInteger(value, '--worker-memory'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .addOption(new Option('--direction <direction>', 'source → target language of the glossary files').choices(['zh-ko', 'ko-zh']).default('zh-ko'))
    .option('--lexicon <file>', lexiconHelp)
    .option('--config <file>', configHelp)
    .option('--sqlite [path]', 'also write an SQLite archive database with full-text search (default: <output>/archive.sqlite)')
    .option('--parquet', 'also write one Parquet file per record type (<output>/parquet/)')
    .option('-q, --quiet', 'no progress bar, warnings or summary (errors still shown)')
    .addHelpText('after', '\nExamples:\n  kic batch corpus -o out\n  kic batch archive/ --jsonl -o out --jobs 4\n  kic batch archive/ -o out --sqlite --parquet --lexicon lexicon.csv\n\nExit status: 0 all converted, 1 some input failed (the rest is done), 2 usage.')
    .action(async (inputs: string[], options) => {
      const {runBatchCommand} = await import('./commands/batch.js')
      process.exitCode = await runBatchCommand(inputs, options)
    })

  program
    .command('export')
    .description('render one issue in another format (Markdown, or one self-contained HTML page)')
    .argument('[file]', 'issue text, PDF or Markdown file, a kic/2 JSON document, or - for stdin', '-')
    .addOption(new Option('--to <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--from <format>', 'input format (default: by extension, .md is md; PDFs are known by their bytes)').choices(['text', 'md']))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .option('-q, --quiet', 'hide warnings and notes on stderr')
    .addHelpText(
      'after',
      `
Examples:
  kic export corpus/287.txt --to md -o 287.md
  kic export corpus/287.txt --to html -o 287.html
  kic export 287.json --to md
  kic export corpus/287.txt --to md | kic parse --from md`
    )
    .action(async (file: string, options, command: Command) => {
      if (waitsOnTerminal(command)) return
      const {runExport} = await import('./commands/export.js')
      process.exitCode = await runExport(file, options)
    })

  program
    .command('report')
    .description('a static HTML report (opens from disk, offline) of one issue or of a `kic batch` output folder')
    .argument('<input>', 'a `kic batch` output folder, an issue text or Markdown file, a kic JSON document, or - for stdin')
    .requiredOption('-o, --output <dir>', 'report folder (replaced only if it is a previous report or empty)')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .addOption(new Option('--from <format>', 'input format (default: by extension, .md is md)').choices(['text', 'md']))
    .option('-j, --jobs <n>', 'worker threads for issue pages (default: cores, at most 4; 0: none)', (value) => count(value, '--jobs'))
    .option('-q, --quiet', 'hide warnings and the summary on stderr')
    .addHelpText('after', '\nExamples:\n  kic report corpus/287.txt -o report\n  kic batch archive/ -o out && kic report out -o report\n\nOpen report/index.html in a browser.')
    .action(async (input: string, options) => {
      const {runReport} = await import('./commands/report.js')
      process.exitCode = await runReport(input, options)
    })

  program
    .command('glossary')
    .description('glossary of the term pairs across issues and folders, one row per term')
    .argument('<paths...>', 'issue files and folders (walked recursively)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format: csv, tsv, json, jsonl, tbx (TBX-Basic termbase), omegat (OmegaT glossary)').choices(['csv', 'tsv', 'json', 'jsonl', 'tbx', 'omegat']).default('csv'))
    .addOption(new Option('--direction <direction>', 'source → target language of the glossary').choices(['zh-ko', 'ko-zh']).default('zh-ko'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .option('--lexicon <file>', lexiconHelp)
    .option('--config <file>', configHelp)
    .option('--min-count <n>', 'keep terms seen at least n times', (value) => positiveInteger(value, '--min-count'), 1)
    .option('--split', 'also write one CSV per category beside the output (glossary-person.csv, …)')
    .option('--ext <list>', 'extensions taken from folders', '.txt,.md,.pdf')
    .option('--follow-links', 'take symbolic links in folders wherever they point (default: only inside the folders given)')
    .option('--no-bom', 'no UTF-8 byte order mark in the CSV file (stdout never has one)')
    .option('--raw', 'no formula escaping in CSV / TSV (cells starting with = + - @ stay as they are)')
    .option('-q, --quiet', 'hide the summary on stderr')
    .addHelpText('after', '\nExamples:\n  kic glossary corpus/ -o glossary.csv --split\n  kic glossary corpus/ --format json --min-count 2\n  kic glossary corpus/ --format tbx -o glossary.tbx\n  kic glossary corpus/ --format omegat --direction ko-zh -o glossary.txt\n  kic glossary corpus/ --lexicon lexicon.csv')
    .action(async (paths: string[], options) => {
      const {runGlossary} = await import('./commands/glossary.js')
      process.exitCode = await runGlossary(paths, options)
    })

  program
    .command('search')
    .description('search the archive database of `kic batch --sqlite`: text, glossary terms, figures about a term')
    .argument('[query]', 'text to find (Korean, Chinese, English; substrings too)')
    .option('--db <path>', 'the database, or a batch output folder holding archive.sqlite', 'out')
    .option('--terms', 'search the glossary in any form (Chinese simplified or traditional, Korean and its variants, English)')
    .option('--figures', 'list figures whose subject or sentence mentions the term (--about), by issue date')
    .option('--about <term>', 'the term for --figures')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'csv', 'json', 'jsonl']).default('text'))
    .option('--limit <n>', 'at most n hits (0: all)', (value) => count(value, '--limit'), 50)
    .option('--no-bom', 'CSV without the UTF-8 byte order mark')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addHelpText('after', '\nExamples:\n  kic batch corpus -o out --sqlite\n  kic search 텐센트 --db out\n  kic search 腾讯 --terms --db out --format json\n  kic search --figures --about 比亚迪 --db out --format csv')
    .action(async (query: string | undefined, options) => {
      const {runSearch} = await import('./commands/search.js')
      process.exitCode = await runSearch(query, options)
    })

  program
    .command('schema')
    .description('print the JSON Schema of the kic/2 document (--records: of one JSON Lines record)')
    .option('--records', 'the schema of one JSON Lines record (the union of every record kind)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (options) => {
      const {runSchema} = await import('./commands/schema.js')
      process.exitCode = await runSchema(options)
    })

  return program
}

/** `kic terms` and `kic figures`: files in, one row per record out. */
function recordsCommand(
  program: Command,
  name: string,
  description: string,
  features: {lexicon: boolean},
  run: (files: string[], options: ExtractOptions) => Promise<number>
) {
  const command = program
    .command(name)
    .description(description)
    .argument('<files...>', 'issue text or PDF files')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'tsv', 'json', 'jsonl']).default('csv'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(encodings).default('auto'))
    .option('--no-bom', 'no UTF-8 byte order mark in the CSV file (stdout never has one)')
    .option('--raw', 'no formula escaping in CSV / TSV (cells starting with = + - @ stay as they are)')
    .option('-q, --quiet', 'hide warnings on stderr')
  if (features.lexicon) command.option('--lexicon <file>', lexiconHelp).option('--config <file>', configHelp)
  command
    .addHelpText('after', `\nExamples:\n  kic ${name} corpus/287.txt -o ${name}.csv\n  kic ${name} corpus/*.txt --format jsonl`)
    .action(async (files: string[], options: ExtractOptions) => {
      process.exitCode = await run(files, options)
    })
}

/** Option parser for counts that may be 0: a usage error (exit 2) unless a whole number. */
function count(value: string, name: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new InvalidArgumentError(`${name} takes a whole number, not \`${value}\``)
  return number
}

/**
 * No file given and stdin is a terminal: reading it would wait silently for
 * typing. Print the command's help on stderr instead (exit 2, a usage error).
 */
function waitsOnTerminal(command: Command): boolean {
  if (command.args.length > 0 || !process.stdin.isTTY) return false
  process.stderr.write(`kic ${command.name()}: no input file given and stdin is a terminal\n\n`)
  process.stderr.write(command.helpInformation())
  process.exitCode = exitCodes.usage
  return true
}

/** Option parser for counts: a usage error (exit 2) unless a positive integer. */
function positiveInteger(value: string, name: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError(`${name} takes a positive integer, not \`${value}\``)
  }
  return number
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
      reportOnce(error.format())
      process.exitCode = exitCodes.failed
      return
    }
    // A file-system failure no command turned into a KicError: still one line, no stack trace.
    if (isSystemError(error)) {
      reportOnce(outputError(error, error.path ?? 'kic').format())
      process.exitCode = exitCodes.failed
      return
    }
    process.stderr.write(`kic: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = exitCodes.failed
  }
}
