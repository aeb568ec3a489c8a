import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire, Module} from 'node:module'
import {dirname} from 'node:path'
import {Script} from 'node:vm'

/**
 * Run a CommonJS bundle with a V8 code cache (Node 20 has no
 * `module.enableCompileCache`): the bytecode of every function the bundle
 * ran when the cache was made (`npm run build` runs `kic parse` once) is read
 * from `<bundle>.cache` instead of being compiled again. A cache V8 rejects
 * (another Node version) is ignored: the bundle then compiles as usual.
 * With `KIC_CODE_CACHE=write` the cache is written when the process exits.
 *
 * Code run by `vm.Script` cannot call `import()` in Node 20 without a flag,
 * so the bundle's `import()` of a package (loaded only when needed) calls
 * `importPackage` instead (scripts/bundle.mjs rewrites them).
 */
export const importHook = Symbol.for('kic.import')

/** `import()` of a package, from ES module code (bare specifiers resolve from the project's node_modules). */
function importPackage(specifier: string): Promise<unknown> {
  return import(specifier)
}

export function runCached<T>(file: string): T {
  const source = readFileSync(file, 'utf8')
  const cacheFile = `${file}.cache`
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new Script((Module as unknown as {wrap(source: string): string}).wrap(source), {
    filename: file,
    cachedData
  })
  ;(globalThis as {[importHook]?: typeof importPackage})[importHook] = importPackage
  if (process.env.KIC_CODE_CACHE === 'write') {
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()))
  }
  const module = {exports: {} as T}
  const wrapper = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: {exports: T}, filename: string, dirname: string) => void
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  return module.exports
}
