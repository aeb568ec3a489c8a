import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

/** Project root, from dist/test/support/ or test/support/. */
export const root = fileURLToPath(new URL('../../' + (import.meta.url.includes('/dist/') ? '../' : ''), import.meta.url))
export const corpus = join(root, 'corpus')
export const fixtures = join(root, 'fixtures')
export const bin = join(root, 'bin', 'kic.js')
