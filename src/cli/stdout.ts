import {outputError} from '../io/output-target.js'

/** The CLI's standard streams: stdout made (and guarded) on first use, errors on stderr said once. */

let guarded = false
let reported: string | undefined

/**
 * process.stdout, with its error handler: `kic … | head` (a reader that stops
 * early, EPIPE) exits quietly; any other failure (`> /dev/full`: ENOSPC) is
 * one clear error, exit 1. Installed on the first write, not at start-up:
 * Node makes the stream on first use (3–8 ms), which `kic parse -o file` never needs.
 */
export function guardedStdout(): NodeJS.WriteStream {
  if (!guarded) {
    guarded = true
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      reportOnce(outputError(error, '<stdout>').format())
      process.exit(1)
    })
  }
  return process.stdout
}

/** Print an error line on stderr, unless it is the one printed last (a stdout failure reaches `main` and the stream's handler both). */
export function reportOnce(text: string): void {
  if (text === reported) return
  reported = text
  process.stderr.write(text + '\n')
}
