/** One input in a batch's `manifest.json`, defined once (type and README table). */
import {t, type Static} from './define.js'

export const manifestEntry = t.object({
  path: t.string({description: 'the input relative to the folder given (the key: with `sha256`, what makes a re-run skip it)'}),
  sha256: t.nullable(t.string({description: 'SHA-256 of the input bytes'})),
  size: t.nullable(t.integer({description: 'bytes'})),
  issue: t.nullable(t.integer({description: 'issue number'})),
  status: t.enum(['ok', 'skipped', 'failed'], {description: '`ok` converted this run, `skipped` unchanged since, `failed`'}),
  version: t.string({description: 'kic version that wrote `output`'}),
  output: t.nullable(t.string({description: 'per-issue JSON relative to the output folder (`issues/287.json`)'})),
  error: t.nullable(
    t.object({message: t.string(), ruleId: t.string(), line: t.nullable(t.integer()), column: t.nullable(t.integer())}, {description: 'why the input failed'})
  )
})

export type ManifestEntry = Static<typeof manifestEntry>
export type InputStatus = ManifestEntry['status']
