/**
 * A small definition language for kic's records: each definition is a plain
 * object (no code runs to build it beyond these constructors) from which the
 * TypeScript type (`Static<typeof definition>`), the JSON Schema
 * (`contract/json-schema.ts`, loaded only by `kic schema` and the tests), the
 * CSV columns and the README field tables are derived.
 */

declare const phantom: unique symbol

/** A field definition; `V` is the TypeScript type of its value. */
export interface Type<V = unknown> {
  readonly kind: 'string' | 'integer' | 'number' | 'boolean' | 'const' | 'enum' | 'nullable' | 'array' | 'object' | 'ref' | 'union'
  readonly description?: string
  readonly [phantom]?: V
}

export type Static<T> = T extends Type<infer V> ? V : never

export interface StringType extends Type<string> {
  readonly kind: 'string'
  readonly pattern?: string
}
export interface IntegerType extends Type<number> {
  readonly kind: 'integer'
  readonly minimum?: number
}
export interface NumberType extends Type<number> {
  readonly kind: 'number'
  readonly minimum?: number
  readonly maximum?: number
}
export interface BooleanType extends Type<boolean> {
  readonly kind: 'boolean'
}
export interface ConstType<C extends string> extends Type<C> {
  readonly kind: 'const'
  readonly value: C
}
export interface EnumType<C extends string> extends Type<C> {
  readonly kind: 'enum'
  readonly values: readonly C[]
}
export interface NullableType<V> extends Type<V | null> {
  readonly kind: 'nullable'
  readonly of: Type<V>
}
export interface ArrayType<V> extends Type<V[]> {
  readonly kind: 'array'
  readonly of: Type<V>
}
export interface RefType<V> extends Type<V> {
  readonly kind: 'ref'
  readonly name: string
}
export interface UnionType<V> extends Type<V> {
  readonly kind: 'union'
  /** Field whose `const` value tells the variants apart. */
  readonly discriminator: string
  readonly variants: readonly Type[]
}

/** Ordered fields: the order is the JSON key order and the CSV column order. */
export type Fields = {readonly [name: string]: Type}

/** Fields marked optional may be absent from a value (never `undefined`). */
export interface Optional<V> extends Type<V> {
  readonly optional: true
  readonly of: Type<V>
}

type OptionalKeys<F extends Fields> = {[K in keyof F]: F[K] extends Optional<unknown> ? K : never}[keyof F]
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>
type Flatten<T> = {[K in keyof T]: T[K]}
export type ObjectOf<F extends Fields> = Flatten<{-readonly [K in RequiredKeys<F>]: Static<F[K]>} & {-readonly [K in OptionalKeys<F>]?: Static<F[K]>}>

export interface ObjectType<F extends Fields> extends Type<ObjectOf<F>> {
  readonly kind: 'object'
  readonly fields: F
  /** Other fields allowed (none by default). */
  readonly open?: boolean
}

type Options = {description?: string}

export const t = {
  string: (options: Options & {pattern?: string} = {}): StringType => ({kind: 'string', ...options}),
  integer: (options: Options & {minimum?: number} = {}): IntegerType => ({kind: 'integer', ...options}),
  number: (options: Options & {minimum?: number; maximum?: number} = {}): NumberType => ({kind: 'number', ...options}),
  boolean: (options: Options = {}): BooleanType => ({kind: 'boolean', ...options}),
  const: <C extends string>(value: C, options: Options = {}): ConstType<C> => ({kind: 'const', value, ...options}),
  enum: <const C extends string>(values: readonly C[], options: Options = {}): EnumType<C> => ({kind: 'enum', values, ...options}),
  nullable: <V>(of: Type<V>, options: Options = {}): NullableType<V> => ({kind: 'nullable', of, description: options.description ?? of.description}),
  array: <V>(of: Type<V>, options: Options = {}): ArrayType<V> => ({kind: 'array', of, ...options}),
  object: <F extends Fields>(fields: F, options: Options & {open?: boolean} = {}): ObjectType<F> => ({kind: 'object', fields, ...options}),
  /** A named definition (for recursion and shared parts); `V` is given by hand. */
  ref: <V>(name: string, options: Options = {}): RefType<V> => ({kind: 'ref', name, ...options}),
  union: <const T extends readonly Type[]>(discriminator: string, variants: T, options: Options = {}): UnionType<Static<T[number]>> => ({
    kind: 'union',
    discriminator,
    variants,
    ...options
  }),
  optional: <V>(of: Type<V>): Optional<V> => ({...of, optional: true, of}) as Optional<V>
}

/** Description of a field with the description replaced. */
export function describe<T extends Type>(type: T, description: string): T {
  return {...type, description}
}

/** True when the type is a list (written `;`-joined in CSV). */
export function isList(type: Type): boolean {
  const inner = type.kind === 'nullable' ? (type as NullableType<unknown>).of : type
  return inner.kind === 'array'
}
