import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/** Issues a worker converts between two full collections. */
const interval = 16

/**
 * V8 grows a busy worker's heap long before it collects, so a batch's
 * resident memory would climb with the archive although each issue's
 * garbage is dead once its result is sent. A full collection every few
 * issues (a few milliseconds against ~100 ms of work) keeps it flat.
 * `gc` is exposed for this isolate only, without a command-line flag.
 */
export function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  let count = 0
  return () => {
    if (gc && ++count % interval === 0) gc()
  }
}
