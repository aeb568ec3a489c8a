/**
 * Values by UTF-16 code (a BMP code point), each set once: a typed array of slots into a dense
 * list. Reads cost an index and no hashing; creating one costs a 256 KB typed array (tens of
 * microseconds), where a `new Array(0x10000)` costs about a millisecond cold.
 */
export class CodeTable<T> {
  private readonly slots = new Int32Array(0x10000)
  private readonly values: T[] = []

  /** The value for `code` (below 0x10000), or undefined when none was set. */
  get(code: number): T | undefined {
    const slot = this.slots[code]!
    return slot === 0 ? undefined : this.values[slot - 1]
  }

  /** Set the value for `code` (below 0x10000); once per code. */
  set(code: number, value: T): T {
    this.values.push(value)
    this.slots[code] = this.values.length
    return value
  }
}
