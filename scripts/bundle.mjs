/**
 * The CLI as bundles (`npm run build` runs this after tsc), so that a cold
 * `kic parse` reads two files instead of ~90 modules and skips compiling what
 * it ran before:
 *
 * - dist/bundle/kic/cli.cjs: the whole CLI, CommonJS and minified (no
 *   comments or blanks: half the bytes to read), so that bin/kic.js can
 *   run it with a V8 code cache (src/cli/code-cache.ts); each command's
 *   modules are evaluated only when that command runs (esbuild turns the
 *   commands' `import()` into lazy module initializers).
 * - dist/bundle/kic/worker.js: the batch worker (ESM), beside it, where
 *   batch/run.ts looks for `./worker.js`.
 * - dist/bundle/kic/report-worker.js: the report's worker (ESM), beside it,
 *   where report/site.ts looks for `./report-worker.js`.
 * - dist/bundle/kic/code-cache.cjs: that loader, CommonJS, which bin/kic.js
 *   (itself CommonJS) requires: a cold start then needs no ES module loader.
 * - dist/bundle/kic/cli.cjs.cache: the code cache, made by running
 *   `kic parse corpus/287.txt` once.
 *
 * The bundles sit two folders below dist/ so that paths like
 * `new URL('../../data/readings.txt', import.meta.url)` reach dist/data as
 * from dist/src/<folder>/. Big optional packages stay outside the bundle
 * and load, as in the sources, only when used.
 */
import {build} from 'esbuild'
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = `${root}dist/bundle/kic`

/** Loaded only by the commands or inputs that need them (`import()` or createRequire in the sources). */
export const external = ['franc-min', 'iconv-lite', 'unpdf', 'pdfjs-dist', 'better-sqlite3', 'sqlite3', 'puppeteer-core', 'puppeteer']

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true
}

/**
 * In the code-cached bundle `import()` cannot run (see src/cli/code-cache.ts):
 * `import('package')` in our sources becomes `__kicImport('package')`, which
 * loads the package from node_modules, lazily as before. Relative `import()`
 * stays for esbuild to inline as a lazily evaluated module.
 */
const packageImports = {
  name: 'package-imports',
  setup(builder) {
    builder.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      return {contents: source.replace(/\bimport\((['"])([^'"./][^'"]*)\1\)/g, '__kicImport($1$2$1)'), loader: 'ts'}
    })
  }
}

/**
 * commander requires `child_process` when it loads, for subcommands that are
 * separate executables, which kic has none of; loading it (with net, dgram
 * and streams) cost a cold `kic parse` 2–6 ms. Here it is required on the
 * first `spawn` instead. The build fails if commander no longer reads so.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onLoad({filter: /[\\/]commander[\\/]lib[\\/]command\.js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const eager = "const childProcess = require('node:child_process');"
      if (!source.includes(eager)) throw new Error(`bundle: ${args.path} no longer has \`${eager}\`; update lazyChildProcess`)
      const lazy = "const childProcess = {spawn() { return require('node:child_process').spawn.apply(null, arguments); }};"
      return {contents: source.replace(eager, lazy), loader: 'js'}
    })
  }
}

/**
 * esbuild escapes non-ASCII characters in strings and names, not in regular
 * expression literals; one Hangul character left there makes node read the
 * whole bundle into a two-byte string (1.7 MB instead of 0.87 MB, decoded
 * from UTF-8 on every start). Each such UTF-16 code unit becomes `\uXXXX`,
 * which means the same in every literal (with or without the `u` flag, a
 * surrogate pair stays one character). A character escaped for nothing
 * (`\가`) loses that backslash. (esbuild would also leave the raw text of a
 * tagged template such as `String.raw`, where an escape changes the text;
 * the bundles have none with such characters: every one left is in a regular
 * expression literal.)
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8')
  const escaped = source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  writeFileSync(file, escaped)
}

rmSync(outdir, {recursive: true, force: true})
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: `${outdir}/cli.cjs`,
  format: 'cjs',
  plugins: [packageImports, lazyChildProcess],
  define: {'import.meta.url': '__kicModuleUrl'},
  banner: {
    js:
      "const __kicModuleUrl = require('node:url').pathToFileURL(__filename).href;\n" +
      "const __kicImport = globalThis[Symbol.for('kic.import')] ?? ((specifier) => import(specifier));"
  }
})
asciiOnly(`${outdir}/cli.cjs`)
// Any other `import()` left in the bundle would fail under the code cache loader.
const left = readFileSync(`${outdir}/cli.cjs`, 'utf8').split('\n').slice(2).filter((line) => /\bimport\(/.test(line))
if (left.length > 0) throw new Error(`bundle: import() left in cli.cjs:\n${left.join('\n')}`)
// The loader bin/kic.js requires (CommonJS, so that a cold start needs no ES module loader).
await build({...common, entryPoints: ['src/cli/code-cache.ts'], outfile: `${outdir}/code-cache.cjs`, format: 'cjs'})
for (const [entry, out] of [['src/batch/worker.ts', 'worker.js'], ['src/report/report-worker.ts', 'report-worker.js']]) {
  await build({
    ...common,
    entryPoints: [entry],
    outfile: `${outdir}/${out}`,
    format: 'esm',
    banner: {js: "import {createRequire as __kicCreateRequire} from 'node:module'; const require = __kicCreateRequire(import.meta.url);"}
  })
  asciiOnly(`${outdir}/${out}`)
}

// The code cache: what one `kic parse` compiles.
const made = spawnSync(process.execPath, [`${root}bin/kic.js`, 'parse', `${root}corpus/287.txt`, '-q', '-o', '/dev/null'], {
  env: {...process.env, KIC_CODE_CACHE: 'write'},
  stdio: 'inherit'
})
if (made.status !== 0) throw new Error('bundle: `kic parse corpus/287.txt` failed; no code cache')
console.log(`bundle: ${outdir.slice(root.length)}/cli.cjs, worker.js, report-worker.js, cli.cjs.cache`)
