import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {extractFigures} from '../../src/figures/extract.js'
import type {FigureContext} from '../../src/figures/types.js'
import {processBytes, type ProcessOptions} from '../../src/pipeline.js'
import {textUnits} from '../../src/tree/texts.js'
import type {Masthead} from '../../src/tree/types.js'
import {corpus} from '../support/paths.js'
import {median, structuredTree} from './timing.js'

const ROUNDS = 100
const WARM = 40
/** Figures must cost at most this much CPU per issue for a 1,000-issue batch to fit in 4 s on 2 cores. */
const BUDGET_MS = 3

interface Unit {
  text: string
  context: FigureContext
}

/**
 * Cost of figure extraction on corpus/287.txt, warm, as CPU time (steadier than wall time on a
 * busy machine):
 * (a) the pipeline with figures minus the pipeline without (`processBytes`, terms off in both),
 *     interleaved, median of ROUNDS each — what figures add to one issue;
 * (b) `extractFigures` alone over the issue's real text units, as the plugin calls it;
 * (c) figures per second.
 */
export async function benchFigures(): Promise<void> {
  const path = join(corpus, '287.txt')
  const bytes = await readFile(path)
  const withFigures: ProcessOptions = {terms: false}
  const without: ProcessOptions = {terms: false, figures: false}

  const {document} = await processBytes(bytes, path, withFigures)
  const figures = document.figures.length
  for (let warm = 0; warm < WARM; warm++) {
    await processBytes(bytes, path, withFigures)
    await processBytes(bytes, path, without)
  }
  const cpuWith: number[] = []
  const cpuWithout: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    cpuWithout.push(await cpu(() => processBytes(bytes, path, without)))
    cpuWith.push(await cpu(() => processBytes(bytes, path, withFigures)))
  }
  const base = median(cpuWithout)
  const full = median(cpuWith)
  const pipelineCost = Math.max(0, full - base)
  console.log(
    `pipeline without figures ${base.toFixed(2)} ms/issue CPU, with figures ${full.toFixed(2)} ms/issue CPU ` +
      `(median of ${ROUNDS}): figures ≈ ${pipelineCost.toFixed(2)} ms/issue`
  )

  const units = await issueUnits(bytes, path)
  for (let warm = 0; warm < WARM; warm++) extractAll(units)
  const direct: number[] = []
  for (let round = 0; round < ROUNDS; round++) direct.push(await cpu(async () => extractAll(units)))
  const perIssue = median(direct)
  console.log(
    `extractFigures over ${units.length} text units: ${perIssue.toFixed(2)} ms/issue CPU (median of ${ROUNDS}); ` +
      `${figures} figures/issue, ${Math.round((figures * 1000) / Math.max(perIssue, 1e-3))} figures/s`
  )
  console.log(`budget ${BUDGET_MS} ms/issue: ${pipelineCost <= BUDGET_MS ? 'met' : 'NOT met'}`)
}

/** The text units of one issue with the context the figures plugin gives them. */
async function issueUnits(bytes: Uint8Array, path: string): Promise<Unit[]> {
  const tree = await structuredTree(bytes, path)
  const masthead = tree.children.find((node): node is Masthead => node.type === 'masthead')
  const issueDate = masthead?.date ?? null
  return textUnits(tree).map((unit) => ({
    text: unit.span.text,
    context: {issueDate, blockType: unit.blockType, subject: unit.subject ?? null}
  }))
}

function extractAll(units: readonly Unit[]): number {
  let hits = 0
  for (const unit of units) hits += extractFigures(unit.text, unit.context).length
  return hits
}

/** CPU milliseconds (user + system) spent by `run`. */
async function cpu(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage()
  await run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}
