import {parentPort} from 'node:worker_threads'
import type {Task} from './messages.js'
import {transferables} from './render.js'
import {runTask} from './task.js'
import {garbageCollector} from './collect-garbage.js'

const collect = garbageCollector()

/** Worker thread entry: one task in, one result out (runTask never throws). */
parentPort!.on('message', (task: Task) => {
  void runTask(task).then((result) => {
    parentPort!.postMessage(result, transferables(result))
    collect()
  })
})
