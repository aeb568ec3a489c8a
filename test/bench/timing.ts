import {VFile} from 'vfile'
import {decode} from '../../src/io/decode.js'
import {createProcessor} from '../../src/pipeline.js'
import type {Root} from '../../src/tree/types.js'
import {spawnSync} from 'node:child_process'

/** Median of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time (ms) of one child process run to completion (in `env`, else this process's environment). */
export function wall(command: string, args: string[], env?: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(command, args, {stdio: 'ignore', env})
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}

/** A command line, and the environment it runs in when not this process's. */
export type Command = [command: string, args: string[], env?: NodeJS.ProcessEnv]

/**
 * Run commands interleaved, `rounds` times each, so that machine noise hits
 * all of them alike; returns the median wall time of each.
 */
export function interleaved(commands: Record<string, Command>, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = {}
  for (const name of Object.keys(commands)) times[name] = []
  for (let round = 0; round < rounds; round++) {
    for (const [name, [command, args, env]] of Object.entries(commands)) times[name].push(wall(command, args, env))
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]))
}

/** The structured tree of one issue (no extraction), whose text units the extractor benches read. */
export async function structuredTree(bytes: Uint8Array, path: string): Promise<Root> {
  const decoded = decode(bytes, path)
  const file = new VFile({path, value: decoded.text})
  const processor = createProcessor({terms: false, figures: false})
  return (await processor.run(processor.parse(file), file)) as Root
}
