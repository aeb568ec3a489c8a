/** Rewrite the record tables of README.md from the definitions (`npm run readme`); review the diff. */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {withTables} from '../../src/contract/readme-tables.js'
import {root} from '../support/paths.js'

const path = join(root, 'README.md')
await writeFile(path, withTables(await readFile(path, 'utf8')))
console.log('wrote README.md record tables')
