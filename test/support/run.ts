import {spawnSync} from 'node:child_process'
import {bin} from './paths.js'

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the built CLI as a user would. */
export function kic(args: string[], options: {input?: string | Buffer; cwd?: string} = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1'}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
