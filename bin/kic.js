#!/usr/bin/env node
'use strict'
// CommonJS (see bin/package.json): node starts a CommonJS entry without its ES module loader.
const {existsSync} = require('node:fs')
const {join} = require('node:path')

// The bundled CLI (npm run build) with its code cache; the unbundled modules when only tsc ran.
const bundle = join(__dirname, '..', 'dist', 'bundle', 'kic', 'cli.cjs')
const run = existsSync(bundle)
  ? require('../dist/bundle/kic/code-cache.cjs').runCached(bundle).main(process.argv)
  : import('../dist/src/cli/main.js').then(({main}) => main(process.argv))
run.catch((error) => {
  process.exitCode = 1
  throw error
})
