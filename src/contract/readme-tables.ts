/**
 * The README's record tables, generated from the definitions. A test fails
 * when README.md and these disagree; `npm run readme` rewrites them.
 */
import type {ArrayType, ConstType, EnumType, NullableType, Type} from './define.js'
import {recordDefinitions} from './records.js'
import {manifestEntry} from './manifest.js'

export const begin = '<!-- records: generated from src/contract (npm run readme) -->'
export const end = '<!-- /records -->'

function typeName(type: Type): string {
  switch (type.kind) {
    case 'nullable':
      return `${typeName((type as NullableType<unknown>).of)} or empty`
    case 'array':
      return `list of ${typeName((type as ArrayType<unknown>).of)}`
    case 'const':
      return `\`${(type as ConstType<string>).value}\``
    case 'enum':
      return (type as EnumType<string>).values.map((value) => `\`${value}\``).join(' / ')
    case 'object':
      return 'object'
    default:
      return type.kind
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function table(fields: {[name: string]: Type}): string {
  const rows = Object.entries(fields).map(([name, type]) => `| \`${name}\` | ${cell(typeName(type))} | ${cell(type.description ?? '')} |`)
  return ['| field | type | meaning |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The generated block, markers included. */
export function readmeTables(): string {
  const parts = [begin, '']
  for (const definition of recordDefinitions) {
    parts.push(`### \`${definition.name}\`: ${definition.description}`, '', table(definition.type.fields), '')
  }
  parts.push('### manifest entry (`manifest.json` → `inputs`)', '', table(manifestEntry.fields), '', end)
  return parts.join('\n')
}

/** README text with the block replaced (or unchanged when the markers are missing). */
export function withTables(readme: string): string {
  const from = readme.indexOf(begin)
  const to = readme.indexOf(end)
  if (from < 0 || to < 0) return readme
  return readme.slice(0, from) + readmeTables() + readme.slice(to + end.length)
}
