import type {Caption, Span} from '../tree/types.js'
import {captionLabels, creditEndings, creditOpeners} from '../data/bulletin.js'

/** Shortest description worth splitting off after `Name(中文)`. */
const minimumDescription = 6

/**
 * Split a caption's text into credit and description:
 * `출처: 과기일보(科技日报). 텐센트 …` → credit `과기일보(科技日报)`;
 * `출처: 텐센트망(腾讯网), 이리(伊利) 스마트공장` → credit `텐센트망(腾讯网)` (photos);
 * `출처: 왕이(网易) 좌- 황란샤오…` → credit `왕이(网易)`;
 * `위예강아오대만구 정부 사이트. 청년발전기금 …` → credit `위예강아오대만구 정부 사이트`.
 * Separators inside brackets do not count.
 */
export function splitCredit(span: Span, kind: Caption['kind']): {credit: string | null; text: string} {
  const text = span.text
  let body = 0
  let opened = false
  for (const opener of creditOpeners) {
    if (text.startsWith(opener)) {
      const colon = /^\s*[:：]\s*/.exec(text.slice(opener.length))
      if (colon) {
        body = opener.length + colon[0].length
        opened = true
        break
      }
    }
  }
  const rest = text.slice(body)
  const stops = topLevelStops(rest)
  if (stops.period !== -1) {
    const head = rest.slice(0, stops.period).trim()
    if (opened || creditEndings.some((ending) => head.endsWith(ending))) {
      return {credit: head, text: rest.slice(stops.period + 2).trim()}
    }
    return {credit: null, text}
  }
  if (!opened) return {credit: null, text}
  // `Name(中文) description`: the credit ends with the first closed bracket.
  if (stops.firstClose !== -1 && (stops.comma === -1 || stops.firstClose < stops.comma)) {
    const description = rest.slice(stops.firstClose + 1).replace(/^[\s,.]+/, '')
    if (description.length >= minimumDescription || (kind === 'photo' && description)) {
      return {credit: rest.slice(0, stops.firstClose + 1).trim(), text: description}
    }
  }
  // `출처: 텐센트망, 이리 스마트공장` — photos name the credit first.
  if (kind === 'photo' && stops.comma !== -1) {
    return {credit: rest.slice(0, stops.comma).trim(), text: rest.slice(stops.comma + 2).trim()}
  }
  return {credit: rest.trim(), text: ''}
}

/** First `. ` and `, ` outside brackets, and the first bracket closed at depth 0. */
function topLevelStops(text: string): {period: number; comma: number; firstClose: number} {
  let depth = 0
  let period = -1
  let comma = -1
  let firstClose = -1
  // Character codes, not `text[index]`: each such string of a Hangul character is a new object.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x28 || code === 0x5b || code === 0xff08 || code === 0x3c || code === 0x300a) depth++ // ( [ （ < 《
    else if (code === 0x29 || code === 0x5d || code === 0xff09 || code === 0x3e || code === 0x300b) {
      // ) ] ） > 》
      depth = Math.max(0, depth - 1)
      if (depth === 0 && firstClose === -1 && code !== 0x3e && code !== 0x300b) firstClose = index
    } else if (depth === 0 && text.charCodeAt(index + 1) === 0x20) {
      if (code === 0x2e && period === -1) period = index // .
      if (code === 0x2c && comma === -1) comma = index // ,
    }
  }
  return {period, comma, firstClose}
}

export function captionKind(label: string): Caption['kind'] {
  return captionLabels[label] ?? 'figure'
}
