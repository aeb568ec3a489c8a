#!/usr/bin/env node
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

// The bundled CLI (npm run build) with its code cache; the unbundled modules when only tsc ran.
const bundle = fileURLToPath(new URL('../dist/bundle/kic/cli.cjs', import.meta.url))
if (existsSync(bundle)) {
  const {runCached} = await import('../dist/src/cli/code-cache.js')
  await runCached(bundle).main(process.argv)
} else {
  const {main} = await import('../dist/src/cli/main.js')
  await main(process.argv)
}
