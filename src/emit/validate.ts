/**
 * Check a value against the kic document JSON Schema (emit/schema.ts) before it
 * is used, so a hand-made or damaged document gives one clear error naming
 * the first field that is wrong, never a TypeError deep in a renderer.
 * Reads the subset of JSON Schema the kic schema is written in: `type`,
 * `const`, `enum`, `properties`, `required`, `additionalProperties`, `items`,
 * `oneOf` (with a `discriminator`), `$ref` into `$defs`, `minimum`,
 * `maximum`, `pattern`.
 */

type Schema = Record<string, unknown>

/** Keywords this validator understands; annotations are ignored. */
export const validatedKeywords = new Set([
  'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'discriminator',
  '$ref', '$defs', 'minimum', 'maximum', 'pattern', '$schema', '$id', 'title', 'description'
])

/** Values nested deeper than this are refused rather than walked (the stack is finite). */
const maximumDepth = 200

/** The first problem as `path: what is wrong` (path like `/sections/0/articles`), or null when valid. */
export function schemaProblem(value: unknown, schema: Schema): string | null {
  const defs = (schema.$defs ?? {}) as Record<string, Schema>
  const patterns = new Map<string, RegExp>()
  const check = (value: unknown, schema: Schema, path: string, depth: number): string | null => {
    if (depth > maximumDepth) return `${path || '/'}: nested more than ${maximumDepth} levels deep`
    if (typeof schema.$ref === 'string') {
      const target = defs[schema.$ref.replace('#/$defs/', '')]
      if (!target) return `${path || '/'}: unknown schema reference ${schema.$ref}`
      return check(value, target, path, depth)
    }
    if ('const' in schema && value !== schema.const) return `${path || '/'}: must be ${JSON.stringify(schema.const)}`
    if (Array.isArray(schema.enum) && !schema.enum.includes(value as never)) {
      return `${path || '/'}: must be one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}`
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]
      if (!types.some((type) => isType(value, type))) return `${path || '/'}: must be ${types.join(' or ')}, not ${typeName(value)}`
    }
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum) return `${path || '/'}: must be ≥ ${schema.minimum}`
      if (typeof schema.maximum === 'number' && value > schema.maximum) return `${path || '/'}: must be ≤ ${schema.maximum}`
    }
    if (typeof value === 'string' && typeof schema.pattern === 'string') {
      let pattern = patterns.get(schema.pattern)
      if (!pattern) patterns.set(schema.pattern, (pattern = new RegExp(schema.pattern, 'u')))
      if (!pattern.test(value)) return `${path || '/'}: does not match ${schema.pattern}`
    }
    if (Array.isArray(schema.oneOf)) {
      const options = schema.oneOf as Schema[]
      const discriminator = (schema.discriminator as {propertyName?: string} | undefined)?.propertyName
      if (discriminator && isObject(value)) {
        const tag = value[discriminator]
        const chosen = options.find((option) => ((option.properties as Schema | undefined)?.[discriminator] as Schema | undefined)?.const === tag)
        if (!chosen) return `${path}/${discriminator}: unknown ${discriminator} ${JSON.stringify(tag)}`
        const problem = check(value, chosen, path, depth + 1)
        if (problem) return problem
      } else {
        const problems = options.map((option) => check(value, option, path, depth + 1))
        const passed = problems.filter((problem) => problem === null).length
        if (passed !== 1) return passed === 0 ? problems.find((problem) => problem !== null && !/: must be null/.test(problem)) ?? problems[0] : `${path || '/'}: matches more than one form`
      }
    }
    if (isObject(value)) {
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      for (const key of (schema.required ?? []) as string[]) {
        if (!Object.hasOwn(value, key)) return `${path || '/'}: missing \`${key}\``
      }
      for (const key of Object.keys(value)) {
        const property = Object.hasOwn(properties, key) ? properties[key] : undefined
        if (property) {
          const problem = check(value[key], property, `${path}/${key}`, depth + 1)
          if (problem) return problem
        } else if (schema.additionalProperties === false) return `${path}/${key}: not a field here`
      }
    }
    if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
      for (let index = 0; index < value.length; index++) {
        const problem = check(value[index], schema.items as Schema, `${path}/${index}`, depth + 1)
        if (problem) return problem
      }
    }
    return null
  }
  return check(value, schema, '', 0)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    default:
      return typeof value === type
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
