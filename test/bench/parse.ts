import {readFileSync} from 'node:fs'
import {constants, PerformanceObserver} from 'node:perf_hooks'
import {readFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {decode} from '../../src/io/decode.js'
import {parseBulletin} from '../../src/parse/bulletin.js'
import {createProcessor, processBytes} from '../../src/pipeline.js'
import {fileReporter} from '../../src/plugins/report.js'
import kicRepair from '../../src/plugins/repair.js'
import kicStructure from '../../src/plugins/structure.js'
import kicLang from '../../src/plugins/lang.js'
import kicTerms from '../../src/plugins/terms.js'
import kicFigures from '../../src/plugins/figures.js'
import {toDocument} from '../../src/emit/document.js'
import type {FlatRoot, Root} from '../../src/tree/types.js'
import {bin, corpus, fixtures} from '../support/paths.js'
import {interleaved, median, type Command} from './timing.js'
import {listFiles} from '../support/files.js'

/**
 * Warm-up rounds before any warm measure: V8 still optimizes hot functions
 * after 60 rounds (`--trace-opt` shows compiles up to about round 150).
 */
const WARM = 150
const ROUNDS = 100

/** CPU milliseconds (user + system) of `run` (steadier than wall time on a busy machine). */
async function cpu(run: () => unknown): Promise<number> {
  const started = process.cpuUsage()
  await run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

/**
 * Throughput of the parser and the whole pipeline per issue (warm, CPU time
 * of one core, median), the share of each stage, and cold start-up against
 * bare node (fresh processes, interleaved, median).
 */
export async function benchParse(): Promise<void> {
  const path = join(corpus, '287.txt')
  const bytes = await readFile(path)
  const text = bytes.toString('utf8')
  const mb = bytes.length / 1e6

  // The parser alone on the corpus repeated to ≥ 10 MB (one big text).
  const copies = Math.ceil(10e6 / bytes.length)
  const big = Array.from({length: copies}, () => text).join('\n')
  for (let round = 0; round < 5; round++) parseBulletin(text)
  const bigMs = await cpu(() => parseBulletin(big))
  console.log(`parse (lines → flat tree), ${(copies * mb).toFixed(1)} MB in one text: ${((copies * mb * 1000) / bigMs).toFixed(1)} MB/s`)

  // The whole pipeline per issue, with and without extraction, then serialized.
  const full = {
    label: 'full pipeline + JSON.stringify',
    run: async () => JSON.stringify((await processBytes(bytes, path)).document)
  }
  const structureOnly = {label: 'structure only (no terms, no figures)', run: () => processBytes(bytes, path, {terms: false, figures: false})}
  const runs = [full, structureOnly]
  // Another build's pipeline (KIC_BENCH_BASELINE=/other/bin/kic.js), in this process and the same rounds.
  const baseline = process.env.KIC_BENCH_BASELINE
  if (baseline) {
    const other = (await import(pathToFileURL(join(dirname(baseline), '..', 'dist', 'src', 'pipeline.js')).href)) as {processBytes: typeof processBytes}
    runs.push({label: 'baseline full pipeline + JSON.stringify', run: async () => JSON.stringify((await other.processBytes(bytes, path)).document)})
  }
  for (let round = 0; round < WARM; round++) for (const each of runs) await each.run()
  const times: {[label: string]: number[]} = Object.fromEntries(runs.map((each) => [each.label, []]))
  // The order turns every round: a run that follows another pays part of its garbage collection.
  for (let round = 0; round < ROUNDS; round++) {
    for (const each of round % 2 === 0 ? runs : [...runs].reverse()) times[each.label]!.push(await cpu(each.run))
  }
  for (const [label, list] of Object.entries(times)) {
    const ms = median(list)
    const p10 = [...list].sort((a, b) => a - b)[Math.floor(list.length / 10)]!
    console.log(`${label}: ${ms.toFixed(2)} ms/issue CPU (p10 ${p10.toFixed(2)}), ${(mb / (ms / 1000)).toFixed(1)} MB/s per core (median of ${ROUNDS} after ${WARM} warm-up rounds)`)
  }
  if (baseline) console.log(`full pipeline ÷ baseline: ${(median(times[full.label]!) / median(times[runs[2]!.label]!)).toFixed(2)}×`)
  await threadShares(full.run)
  console.log('target: full pipeline ≥ 15 MB/s per core')
  await benchNews()

  // Each stage alone on its own input, warm; shares of their sum.
  const stages = await stageTimes(bytes, path)
  const total = Object.values(stages).reduce((sum, ms) => sum + ms, 0)
  console.log(`stages (sum ${total.toFixed(2)} ms/issue CPU): ` + Object.entries(stages).map(([name, ms]) => `${name} ${ms.toFixed(2)} ms (${((100 * ms) / total).toFixed(0)}%)`).join(', '))

  // Cold start: each command a fresh process, interleaved, median of 15.
  const node = process.execPath
  const commands: Record<string, Command> = {
    'node -e 0': [node, ['-e', '0']],
    'kic --version': [node, [bin, '--version']],
    'kic parse corpus/287.txt': [node, [bin, 'parse', path, '-q']]
  }
  if (baseline) {
    commands['baseline --version'] = [node, [baseline, '--version']]
    commands['baseline parse corpus/287.txt'] = [node, [baseline, 'parse', path, '-q']]
  }
  // Settings read at every node start-up add the same fixed time to kic and to bare node, and so flatter
  // the ratio: NODE_EXTRA_CA_CERTS makes node parse a certificate bundle before any script runs (on the
  // machines kic is built on, about 58 ms of a 90 ms bare start). The same pair also runs without them.
  const startUp = startUpSettings(process.env)
  const clean = startUp.length > 0 ? withoutSettings(process.env, startUp) : null
  if (clean) {
    commands['node -e 0, clean'] = [node, ['-e', '0'], clean]
    commands['kic parse corpus/287.txt, clean'] = [node, [bin, 'parse', path, '-q'], clean]
  }
  const cold = interleaved(commands, 15)
  const base = cold['node -e 0']!
  for (const [name, ms] of Object.entries(cold)) {
    if (name.endsWith(', clean')) continue
    console.log(`cold ${name}: ${ms.toFixed(0)} ms (${(ms / base).toFixed(2)}× bare node)`)
  }
  if (clean) {
    const bare = cold['node -e 0, clean']!
    const kic = cold['kic parse corpus/287.txt, clean']!
    console.log(`without ${startUp.join(', ')} (read at every start-up): bare node ${bare.toFixed(0)} ms, kic parse corpus/287.txt ${kic.toFixed(0)} ms (${(kic / bare).toFixed(2)}× bare node)`)
  }
  console.log('target: cold `kic parse corpus/287.txt` ≤ 1.5× bare node')
}

/**
 * How much of the pipeline's CPU time is the main thread and how much V8's
 * own threads (garbage collection helpers, the optimizing compiler), which
 * process CPU time counts too: mean over 100 more rounds, from the kernel's
 * per-thread counters (Linux only; their ticks are too coarse for one round).
 * Then how long the main thread stood in garbage collection in those rounds.
 */
async function threadShares(run: () => Promise<unknown>): Promise<void> {
  const ticks = (): number | null => {
    try {
      const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')
      return Number(fields[11]) + Number(fields[12])
    } catch {
      return null
    }
  }
  // USER_HZ: the unit of those counters, 100 on Linux.
  const hertz = 100
  const rounds = 100
  const before = ticks()
  if (before === null) return
  // The main thread's garbage collection pauses (minor: scavenges; major: mark-compact), from V8's own entries.
  const pauses = {minor: 0, major: 0}
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = ((entry as {detail?: unknown}).detail as {kind?: number} | undefined)?.kind
      pauses[kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : 'major'] += entry.duration
    }
  })
  observer.observe({entryTypes: ['gc']})
  const started = process.cpuUsage()
  for (let round = 0; round < rounds; round++) await run()
  const used = process.cpuUsage(started)
  const main = ((ticks()! - before) * 1000) / hertz / rounds
  const all = (used.user + used.system) / 1000 / rounds
  // Node delivers the entries in a later turn of the event loop, which the rounds (promises only) never reach.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  console.log(`full pipeline, mean of ${rounds} rounds: ${all.toFixed(2)} ms/issue of process CPU, of which the main thread ${main.toFixed(2)} ms and V8's other threads ${(all - main).toFixed(2)} ms`)
  console.log(`garbage collection pauses of the main thread: ${(pauses.minor / rounds).toFixed(2)} ms/issue in scavenges, ${(pauses.major / rounds).toFixed(2)} ms/issue in mark-compacts`)
}

/**
 * The whole pipeline over text kic was not tuned on: the real Korean news
 * articles of the gold sets (other writers, other names), all of them per
 * round, warm. Caches that outlive one document help here only as much as
 * the texts share names.
 */
async function benchNews(): Promise<void> {
  const gold = join(fixtures, 'gold')
  const texts = listFiles(gold)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(gold, name))
  const inputs = await Promise.all(texts.map(async (path) => ({path, bytes: await readFile(path)})))
  const mb = inputs.reduce((sum, {bytes}) => sum + bytes.length, 0) / 1e6
  const round = async () => {
    for (const {path, bytes} of inputs) JSON.stringify((await processBytes(bytes, path)).document)
  }
  for (let warm = 0; warm < 30; warm++) await round()
  const list: number[] = []
  for (let each = 0; each < 30; each++) list.push(await cpu(round))
  const ms = median(list)
  console.log(`full pipeline + JSON.stringify over ${inputs.length} real news texts (${(mb * 1000).toFixed(0)} KB): ${(mb / (ms / 1000)).toFixed(1)} MB/s per core (median of 30 rounds after 30)`)
}

/** Median CPU time of each pipeline stage, each run on the output of the one before (a fresh copy per round). */
async function stageTimes(bytes: Buffer, path: string): Promise<{[stage: string]: number}> {
  const processor = createProcessor()
  const repair = kicRepair.call(processor as never)
  const structure = kicStructure.call(processor as never)
  // After structure, each step reads the structured tree that structure returned.
  const transformers: Array<[string, (tree: Root, file: VFile) => unknown]> = [
    ['lang', kicLang.call(processor as never)],
    ['terms', kicTerms.call(processor as never, {})],
    ['figures', kicFigures.call(processor as never, {})]
  ]
  const times: {[stage: string]: number[]} = {}
  const add = (stage: string, ms: number) => (times[stage] ??= []).push(ms)
  for (let round = 0; round < WARM + ROUNDS; round++) {
    const measured = round >= WARM
    let decoded!: ReturnType<typeof decode>
    const decodeMs = await cpu(() => (decoded = decode(bytes, path)))
    const file = new VFile({path, value: decoded.text, data: {source: {path, bytes: bytes.length, sha256: '', encoding: decoded.encoding, bom: decoded.bom, newline: decoded.newline}}})
    let flat!: FlatRoot
    const parseMs = await cpu(() => (flat = parseBulletin(decoded.text, fileReporter(file))))
    const repairMs = await cpu(() => repair(flat, file))
    let tree!: Root
    const structureMs = await cpu(() => (tree = structure(flat, file)))
    if (measured) {
      add('decode', decodeMs)
      add('parse', parseMs)
      add('repair', repairMs)
      add('structure', structureMs)
    }
    for (const [stage, transform] of transformers) {
      const ms = await cpu(() => transform(tree, file))
      if (measured) add(stage, ms)
    }
    let document!: ReturnType<typeof toDocument>
    const documentMs = await cpu(() => (document = toDocument(tree, file)))
    const jsonMs = await cpu(() => JSON.stringify(document))
    if (measured) {
      add('document', documentMs)
      add('JSON', jsonMs)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([stage, list]) => [stage, median(list)]))
}

/** Environment settings that make every node start-up do extra work of its own, set in `env`. */
function startUpSettings(env: NodeJS.ProcessEnv): string[] {
  return ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].filter((name) => env[name] !== undefined && env[name] !== '')
}

/** `env` without `names`. */
function withoutSettings(env: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv {
  const copy = {...env}
  for (const name of names) delete copy[name]
  return copy
}
