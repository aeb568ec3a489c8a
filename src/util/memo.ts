/**
 * A pure function of a string, remembered: results are kept in a map that
 * is emptied when it holds `size` entries, so memory stays bounded in a long
 * batch. For work that depends on nothing but its argument (a title's key,
 * a Chinese side's readings), which recurs within an issue and across issues.
 */
export function memo<Value>(size: number, compute: (key: string) => Value): (key: string) => Value {
  const kept = new Map<string, Value>()
  return (key) => {
    let value = kept.get(key)
    if (value === undefined) {
      value = compute(key)
      if (kept.size >= size) kept.clear()
      kept.set(key, value)
    }
    return value
  }
}
