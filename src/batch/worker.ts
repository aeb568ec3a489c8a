import {parentPort} from 'node:worker_threads'
import type {Task} from './messages.js'
import {transferables} from './render.js'
import {runTask} from './task.js'

/**
 * Worker thread entry: one task in, one result out (runTask never throws),
 * tasks run one at a time in the order received (see pool.ts `depth`).
 * Memory is bounded by the worker's heap limits (see run.ts), not by forced
 * collections, which would throw away optimized code.
 */
let queue: Promise<void> = Promise.resolve()
parentPort!.on('message', (task: Task) => {
  queue = queue.then(async () => {
    const result = await runTask(task)
    parentPort!.postMessage(result, transferables(result))
  })
})
