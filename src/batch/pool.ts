import {Worker, type ResourceLimits} from 'node:worker_threads'
import {pushAll} from '../util/arrays.js'

export interface OrderedPoolOptions<T, R> {
  /** Worker script (an ES module that answers each message with one result carrying `index`). */
  script: URL
  size: number
  total: number
  /** Most tasks dispatched ahead of the next result to consume: bounds memory. */
  window: number
  /** V8 heap limits of each worker. */
  resourceLimits?: ResourceLimits
  /**
   * Tasks in flight per worker (2 keeps the next task waiting in the worker,
   * so no worker idles while the main thread answers). A worker runs its
   * tasks one at a time, in the order sent, so when it dies the oldest task
   * is the one that killed it: only that one fails, the others are sent again.
   */
  depth?: number
  /** Build task `index` when it is dispatched (so it sees the latest shared state). */
  task: (index: number) => T
  /** Called once per index, in index order, one at a time. */
  consume: (result: R) => Promise<void>
  /** The result to use for a task whose worker died. */
  crashed: (index: number, error: Error) => R
  /** Stop early (Ctrl-C): workers are terminated once the result being consumed is done; rejects with the signal's reason. */
  signal?: AbortSignal
}

interface Slot {
  worker: Worker
  busy: Set<number>
  error: Error | null
}

/**
 * A pool of worker threads that runs tasks 0…total-1 and hands the results to
 * `consume` strictly in order, so output is deterministic and at most
 * `window` results are ever held. A worker that dies fails its task only: it
 * is replaced and the run goes on.
 */
export function runOrdered<T, R extends {index: number}>(options: OrderedPoolOptions<T, R>): Promise<void> {
  const {total} = options
  if (total === 0) return Promise.resolve()
  return new Promise<void>((resolve, reject) => {
    const ready = new Map<number, R>()
    /** Tasks of a dead worker that it had not started yet: sent again first. */
    const retry: number[] = []
    let next = 0
    let consumed = 0
    let consuming = false
    let closing = false
    const slots: Slot[] = []

    const spawn = (): Slot => {
      const slot: Slot = {worker: new Worker(options.script, {resourceLimits: options.resourceLimits}), busy: new Set(), error: null}
      slot.worker.on('message', (result: R) => {
        slot.busy.delete(result.index)
        ready.set(result.index, result)
        pump()
      })
      slot.worker.on('error', (error) => {
        slot.error = error
      })
      slot.worker.on('exit', (code) => {
        if (closing) return
        slots.splice(slots.indexOf(slot), 1)
        const [running, ...waiting] = slot.busy
        if (running !== undefined) ready.set(running, options.crashed(running, slot.error ?? new Error(`worker stopped with code ${code}`)))
        pushAll(retry, waiting)
        retry.sort((a, b) => a - b)
        if (next < total || retry.length > 0) slots.push(spawn())
        pump()
      })
      return slot
    }

    const close = async (): Promise<void> => {
      closing = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }

    const stop = (): void => {
      close().finally(() => reject(options.signal!.reason))
    }
    options.signal?.addEventListener('abort', () => {
      if (!consuming) stop()
    }, {once: true})

    const pump = (): void => {
      if (options.signal?.aborted) return
      const depth = options.depth ?? 1
      for (let round = 0; round < depth; round++) {
        for (const slot of slots) {
          if (slot.busy.size > round) continue
          if (retry.length > 0) {
            const index = retry.shift()!
            slot.busy.add(index)
            slot.worker.postMessage(options.task(index))
            continue
          }
          if (next >= total || next - consumed >= options.window) continue
          slot.busy.add(next)
          slot.worker.postMessage(options.task(next))
          next++
        }
      }
      if (consuming || !ready.has(consumed)) return
      const result = ready.get(consumed)!
      ready.delete(consumed)
      consuming = true
      options.consume(result).then(
        () => {
          consuming = false
          consumed++
          if (options.signal?.aborted) return stop()
          if (consumed === total) close().then(resolve, reject)
          else pump()
        },
        (error: unknown) => {
          close().finally(() => reject(error))
        }
      )
    }

    if (options.signal?.aborted) return reject(options.signal.reason)
    for (let i = 0; i < Math.max(1, Math.min(options.size, total)); i++) slots.push(spawn())
    pump()
  })
}
