import {parentPort} from 'node:worker_threads'
import type {Task} from './messages.js'
import {transferables} from './render.js'
import {runTask} from './task.js'

/**
 * Worker thread entry: one task in, one result out (runTask never throws).
 * Memory is bounded by the worker's heap limits (see run.ts), not by forced
 * collections, which would throw away optimized code.
 */
parentPort!.on('message', (task: Task) => {
  void runTask(task).then((result) => {
    parentPort!.postMessage(result, transferables(result))
  })
})
