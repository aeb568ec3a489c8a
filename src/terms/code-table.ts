/**
 * Values by code point, each set once. A BMP code (below 0x10000, most of the text) goes
 * through a typed array of slots into a dense list: reads cost an index and no hashing;
 * creating one costs a 256 KB typed array (tens of microseconds), where a `new Array(0x10000)`
 * costs about a millisecond cold. An astral code point goes to a map made on first use.
 */
export class CodeTable<T> {
  private readonly slots = new Int32Array(0x10000)
  private readonly values: T[] = []
  private astral: Map<number, T> | null = null

  /** The value for `code`, or undefined when none was set. */
  get(code: number): T | undefined {
    if (code > 0xffff) return this.astral?.get(code)
    const slot = this.slots[code]!
    return slot === 0 ? undefined : this.values[slot - 1]
  }

  /** Set the value for `code`; once per code. */
  set(code: number, value: T): T {
    if (code > 0xffff) {
      ;(this.astral ??= new Map()).set(code, value)
      return value
    }
    this.values.push(value)
    this.slots[code] = this.values.length
    return value
  }
}

/** `items` grouped by a UTF-16 code of each (its first or last), in the given order within a group. */
export function groupByCode<T>(items: Iterable<T>, codeOf: (item: T) => number): ReadonlyMap<number, readonly T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const code = codeOf(item)
    const group = groups.get(code)
    if (group) group.push(item)
    else groups.set(code, [item])
  }
  return groups
}
