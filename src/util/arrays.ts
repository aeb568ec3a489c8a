/**
 * Array helpers that stay safe on huge arrays. `target.push(...items)` and
 * `Math.max(...values)` pass every element as an argument and overflow the
 * call stack from about 100,000 elements; these loop instead.
 */

/** Append every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values`, or `initial` when it is larger or there are none. */
export function maxOf(values: Iterable<number>, initial = -Infinity): number {
  let max = initial
  for (const value of values) if (value > max) max = value
  return max
}

/** The smallest of `values`, or `initial` when it is smaller or there are none. */
export function minOf(values: Iterable<number>, initial = Infinity): number {
  let min = initial
  for (const value of values) if (value < min) min = value
  return min
}

/** Remove the first `count` items of `list` in place, without a copy (`copyWithin` takes a slow generic path). */
export function dropFirst<T>(list: T[], count: number): void {
  const kept = list.length - count
  for (let i = 0; i < kept; i++) list[i] = list[i + count]!
  list.length = kept
}
