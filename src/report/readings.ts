/**
 * The reading shown with a Chinese term: its Sino-Korean reading (한자음) and
 * its official transliteration (외래어 표기법), from the table the term
 * extractor uses. First reading of each character; cached per term.
 */
import {charReadings, loadTermDictionaries, toTraditional} from '../terms/readings.js'

export async function termReader(): Promise<(chinese: string) => string | null> {
  await loadTermDictionaries()
  const cache = new Map<string, string | null>()
  return (chinese) => {
    let reading = cache.get(chinese)
    if (reading !== undefined) return reading
    const chars = [...chinese]
    const traditional = [...toTraditional(chinese)]
    let hanja = ''
    let translit = ''
    let complete = true
    chars.forEach((char, index) => {
      const readings = charReadings(char, traditional[index] ?? char)
      const sino = first(readings.hanja)
      const official = first(readings.translit)
      if (!sino && !official) complete = false
      hanja += sino ?? char
      translit += official ?? char
    })
    reading = complete ? (hanja === translit ? hanja : `${hanja} · ${translit}`) : null
    cache.set(chinese, reading)
    return reading
  }
}

function first(values: Set<string>): string | undefined {
  for (const value of values) return value
  return undefined
}
