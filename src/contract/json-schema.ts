/**
 * JSON Schema (draft 2020-12) from kic's definitions. Loaded only by
 * `kic schema` and the tests: nothing on the parse path imports it.
 */
import type {ArrayType, ConstType, EnumType, IntegerType, NullableType, NumberType, ObjectType, RefType, StringType, Type, UnionType, Fields} from './define.js'

type Json = {[key: string]: unknown}

export function toJsonSchema(type: Type): Json {
  const described = (schema: Json): Json => (type.description ? {...schema, description: type.description} : schema)
  switch (type.kind) {
    case 'string': {
      const {pattern} = type as StringType
      return described(pattern ? {type: 'string', pattern} : {type: 'string'})
    }
    case 'integer': {
      const {minimum} = type as IntegerType
      return described(minimum === undefined ? {type: 'integer'} : {type: 'integer', minimum})
    }
    case 'number': {
      const {minimum, maximum} = type as NumberType
      return described({type: 'number', ...(minimum === undefined ? {} : {minimum}), ...(maximum === undefined ? {} : {maximum})})
    }
    case 'boolean':
      return described({type: 'boolean'})
    case 'const':
      return described({const: (type as ConstType<string>).value})
    case 'enum':
      return described({enum: [...(type as EnumType<string>).values]})
    case 'nullable': {
      const inner = toJsonSchema((type as NullableType<unknown>).of)
      if (typeof inner.type === 'string' && !('pattern' in inner)) return described({...inner, type: [inner.type, 'null']})
      if ('enum' in inner) return described({...inner, enum: [...(inner.enum as unknown[]), null]})
      return described({oneOf: [{type: 'null'}, inner]})
    }
    case 'array':
      return described({type: 'array', items: toJsonSchema((type as ArrayType<unknown>).of)})
    case 'ref':
      return described({$ref: `#/$defs/${(type as RefType<unknown>).name}`})
    case 'union': {
      const union = type as UnionType<unknown>
      return described({
        type: 'object',
        required: [union.discriminator],
        // Lets validators pick the branch by the discriminator instead of trying each one.
        discriminator: {propertyName: union.discriminator},
        oneOf: union.variants.map(toJsonSchema)
      })
    }
    case 'object': {
      const object = type as ObjectType<Fields>
      const properties: Json = {}
      const required: string[] = []
      for (const [name, field] of Object.entries(object.fields)) {
        properties[name] = toJsonSchema('optional' in field ? (field as unknown as {of: Type}).of : field)
        if (!('optional' in field)) required.push(name)
      }
      return described({type: 'object', required, properties, additionalProperties: object.open === true})
    }
  }
}

/** A whole schema: a root definition and its named parts. */
export function schemaOf(root: Type, definitions: {[name: string]: Type}, meta: {id: string; title: string}): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    ...toJsonSchema(root),
    $defs: Object.fromEntries(Object.entries(definitions).map(([name, type]) => [name, toJsonSchema(type)]))
  }
}
