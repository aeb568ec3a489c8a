import {readFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {KicError} from '../errors.js'
import type {Lexicon} from './types.js'

/** The file kic looks for in the working folder. */
export const configFile = 'kic.config.json'

export interface LexiconOptions {
  /** `--lexicon FILE` (wins over the configuration). */
  lexicon?: string
  /** `--config FILE` (default: kic.config.json in the working folder, when there is one). */
  config?: string
}

/**
 * The lexicon a command should use: `--lexicon`, else the `lexicon` of the
 * configuration (`--config`, or kic.config.json in the working folder);
 * null when there is none. Loaded only when a lexicon is named.
 */
export async function resolveLexicon(options: LexiconOptions, cwd = process.cwd()): Promise<Lexicon | null> {
  const paths = options.lexicon ? [options.lexicon] : await configuredLexicons(options.config, cwd)
  if (paths.length === 0) return null
  const {readLexicon} = await import('./read.js')
  return readLexicon(paths)
}

async function configuredLexicons(config: string | undefined, cwd: string): Promise<string[]> {
  const path = config ?? resolve(cwd, configFile)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (config === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new KicError(`cannot read the configuration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file: path, ruleId: 'config-unreadable', hint: 'give the path of a JSON file such as {"lexicon": "lexicon.csv"}'
    })
  }
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // V8 names the offset (`at position 12`); a text cut short fails at its end.
    const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? text.length)
    const place = lineColumn(text, offset)
    throw new KicError(`the configuration is not valid JSON: ${(error as Error).message}`, {file: path, ruleId: 'config-json', ...place, hint: 'fix the JSON, e.g. {"lexicon": "lexicon.csv"}'})
  }
  const lexicon = (value as {lexicon?: unknown} | null)?.lexicon
  if (lexicon === undefined) return []
  const list = typeof lexicon === 'string' ? [lexicon] : lexicon
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new KicError('`lexicon` must be a file name or a list of file names', {file: path, ruleId: 'config-lexicon', line: 1, hint: 'write {"lexicon": "lexicon.csv"}'})
  }
  // Names are relative to the configuration file, not to where kic runs.
  return (list as string[]).map((name) => resolve(dirname(path), name))
}

function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return {line, column: offset - start + 1}
}
