import type {GlossaryEntry} from '../terms/glossary.js'
import {toCsv} from './csv.js'
import {glossaryRecord, sourceAndTarget, type GlossaryDirection} from './glossary-record.js'
import {toOmegat} from './omegat.js'
import {toTbx} from './tbx.js'

export type GlossaryFormat = 'csv' | 'json' | 'tbx' | 'omegat'

export const glossaryFormats: readonly GlossaryFormat[] = ['csv', 'json', 'tbx', 'omegat']

/** Columns of the glossary CSV: the source term first, then the target, then the rest. */
export const glossaryColumns = [
  'source', 'target', 'key', 'korean', 'koreanVariants', 'chinese', 'chineseForms', 'english', 'kind', 'category', 'count',
  'issues', 'file', 'issue', 'line', 'column', 'flags', 'homographs', 'explanation', 'standard'
]

export interface GlossaryRenderOptions {
  direction: GlossaryDirection
  bom: boolean
  toTraditional?: (text: string) => string
  toSimplified?: (text: string) => string
  description?: string
}

/** The glossary in one of its formats. */
export function renderGlossary(entries: readonly GlossaryEntry[], format: GlossaryFormat, options: GlossaryRenderOptions): string {
  switch (format) {
    case 'json':
      return JSON.stringify(entries.map((entry) => ({...sourceAndTarget(entry, options.direction), ...entry})), null, 2) + '\n'
    case 'tbx':
      return toTbx(entries, options)
    case 'omegat':
      return toOmegat(entries, options.direction)
    case 'csv':
      return toCsv(entries.map((entry) => glossaryRecord(entry, options.direction)), {bom: options.bom, columns: glossaryColumns})
  }
}
