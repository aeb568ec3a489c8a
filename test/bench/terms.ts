import {spawnSync} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {processBytes, type ProcessOptions} from '../../src/pipeline.js'
import {extractTerms, prepareTerms} from '../../src/terms/extract.js'
import type {TermContext} from '../../src/terms/types.js'
import {textUnits} from '../../src/tree/texts.js'
import {corpus} from '../support/paths.js'
import {median, structuredTree} from './timing.js'

const ROUNDS = 100
const PIPELINE_ROUNDS = 60
const CHILD_RUNS = 7

interface Unit {
  text: string
  context: TermContext
}

/**
 * Cost of term extraction on corpus/287.txt:
 * (a) the dictionary load, and the first issue, in fresh processes (what a batch worker pays once);
 * (b) extraction per issue, warm: `extractTerms` over the issue's real text units (wall and CPU
 *     medians; CPU time is the steadier one on a busy machine), and as a cross-check the
 *     pipeline with terms minus the pipeline without, interleaved;
 * (c) pairs per second.
 */
export async function benchTerms(): Promise<void> {
  const path = join(corpus, '287.txt')
  const cold = coldRuns(path)
  console.log(`dictionary load (cold, median of ${CHILD_RUNS} processes): ${cold.load.toFixed(1)} ms`)
  console.log(`first issue in a fresh process (cold caches and JIT): ${cold.first.toFixed(1)} ms`)

  const bytes = await readFile(path)
  const units = await issueUnits(bytes, path)
  await prepareTerms()
  const pairs = extractAll(units)
  for (let warm = 0; warm < 20; warm++) extractAll(units)
  const wall: number[] = []
  const cpu: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const cpuStarted = process.cpuUsage()
    const started = performance.now()
    extractAll(units)
    wall.push(performance.now() - started)
    cpu.push(cpuMs(process.cpuUsage(cpuStarted)))
  }
  const perIssue = median(wall)
  console.log(
    `extraction over ${units.length} text units: ${perIssue.toFixed(2)} ms/issue wall, ${median(cpu).toFixed(2)} ms/issue CPU ` +
      `(median of ${ROUNDS}); ${pairs} pairs/issue, ${Math.round((pairs * 1000) / perIssue)} pairs/s`
  )

  const withTerms: ProcessOptions = {figures: false}
  const without: ProcessOptions = {terms: false, figures: false}
  for (let warm = 0; warm < 10; warm++) {
    await processBytes(bytes, path, withTerms)
    await processBytes(bytes, path, without)
  }
  const timesWith: number[] = []
  const timesWithout: number[] = []
  for (let round = 0; round < PIPELINE_ROUNDS; round++) {
    timesWithout.push(await timed(() => processBytes(bytes, path, without)))
    timesWith.push(await timed(() => processBytes(bytes, path, withTerms)))
  }
  const base = median(timesWithout)
  const full = median(timesWith)
  console.log(
    `pipeline without terms ${base.toFixed(2)} ms/issue, with terms ${full.toFixed(2)} ms/issue ` +
      `(median of ${PIPELINE_ROUNDS}): terms ≈ ${Math.max(0, full - base).toFixed(2)} ms/issue`
  )
}

/** The text units of one issue, as the terms plugin sees them. */
async function issueUnits(bytes: Uint8Array, path: string): Promise<Unit[]> {
  const tree = await structuredTree(bytes, path)
  return textUnits(tree).map((unit) => ({
    text: unit.span.text,
    context: {blockType: unit.blockType, noteTerm: unit.noteTerm}
  }))
}

function extractAll(units: readonly Unit[]): number {
  let pairs = 0
  for (const unit of units) pairs += extractTerms(unit.text, unit.context).length
  return pairs
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000
}

/**
 * In fresh processes: the load time `prepareTerms()` reports, and the first extraction over
 * the issue's text units. Medians of CHILD_RUNS.
 */
function coldRuns(path: string): {load: number; first: number} {
  const here = import.meta.url
  const script = `
    const {readFileSync} = await import('node:fs')
    const bench = await import(${JSON.stringify(here)})
    const units = await bench.issueUnitsForChild(readFileSync(${JSON.stringify(path)}), ${JSON.stringify(path)})
    const terms = await import(${JSON.stringify(new URL('../../src/terms/extract.js', here).href)})
    const {ms} = await terms.prepareTerms()
    const started = performance.now()
    for (const unit of units) terms.extractTerms(unit.text, unit.context)
    console.log(ms, performance.now() - started)`
  const loads: number[] = []
  const firsts: number[] = []
  for (let run = 0; run < CHILD_RUNS; run++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`cold run failed: ${result.stderr}`)
    const [load, first] = result.stdout.trim().split(' ').map(Number)
    loads.push(load!)
    firsts.push(first!)
  }
  return {load: median(loads), first: median(firsts)}
}

/** For the child processes of `coldRuns`. */
export const issueUnitsForChild = issueUnits
