import {hangulJamo, hangulSyllables, ideographsExtensionA, unifiedIdeographs} from './chars.js'

/**
 * What Unicode's General_Category says of the characters kic reads most, in the classes kic's
 * tests ask about (`util/unicode-class.ts`): letters (`\p{L}`), decimal and letter numbers
 * (`\p{Nd}`, `\p{Nl}`), other numbers (`\p{No}`: `①`, `½`), punctuation and symbols together
 * (`\p{P}`, `\p{S}`: kic never asks about one without the other), and none of these (controls,
 * format characters, spaces, marks).
 *
 * From UnicodeData.txt, whole Unicode blocks (Node 20 reads Unicode 16 or 17). Code points
 * unassigned there (`_`), and the few a later version assigns, are left to the regular
 * expression. A test compares every code point with the running node's `\p{…}`, so a category
 * a new version changes shows there.
 */

/** The classes as bits: a character is in exactly one; 0 is "not known here". */
export const LETTER = 1
export const NUMBER = 2
export const OTHER_NUMBER = 4
export const PUNCTUATION_OR_SYMBOL = 8
export const NONE = 16
export const UNLISTED = 0
export type GeneralClass = typeof LETTER | typeof NUMBER | typeof OTHER_NUMBER | typeof PUNCTUATION_OR_SYMBOL | typeof NONE | typeof UNLISTED

const L = LETTER
const N = NUMBER
const O = OTHER_NUMBER
const P = PUNCTUATION_OR_SYMBOL
const X = NONE
const _ = UNLISTED

/** A block from `first`, as runs `[last, class]`: each run starts where the one before it ends. */
export interface ClassBlock {
  block: string
  first: number
  runs: ReadonlyArray<readonly [last: number, kind: GeneralClass]>
}

export const generalClassBlocks: readonly ClassBlock[] = [
  {block: 'Hangul Syllables', first: hangulSyllables.from, runs: [[hangulSyllables.to, L], [0xd7af, _]]},
  {block: 'Surrogates (half an astral character, read alone: in no class)', first: 0xd800, runs: [[0xdfff, X]]},
  {block: 'Hangul Jamo', first: hangulJamo.from, runs: [[hangulJamo.to, L]]},
  {block: 'CJK Unified Ideographs', first: unifiedIdeographs.from, runs: [[unifiedIdeographs.to, L]]},
  {block: 'CJK Unified Ideographs Extension A', first: ideographsExtensionA.from, runs: [[ideographsExtensionA.to, L]]},
  {
    block: 'Basic Latin, Latin-1 Supplement, Latin Extended-A and -B',
    first: 0x0000,
    runs: [
      [0x0020, X], [0x002f, P], [0x0039, N], [0x0040, P], [0x005a, L], [0x0060, P], [0x007a, L], [0x007e, P],
      [0x00a0, X], [0x00a9, P], [0x00aa, L], [0x00ac, P], [0x00ad, X], [0x00b1, P], [0x00b3, O], [0x00b4, P],
      [0x00b5, L], [0x00b8, P], [0x00b9, O], [0x00ba, L], [0x00bb, P], [0x00be, O], [0x00bf, P], [0x00d6, L],
      [0x00d7, P], [0x00f6, L], [0x00f7, P], [0x024f, L]
    ]
  },
  {
    block: 'General Punctuation',
    first: 0x2000,
    runs: [
      [0x200f, X], [0x2027, P], [0x202f, X], [0x205e, P], [0x2064, X], [0x2065, _], [0x206f, X]
    ]
  },
  {block: 'Currency Symbols (₩ €)', first: 0x20a0, runs: [[0x20c0, P], [0x20cf, _]]},
  {
    block: 'Letterlike Symbols (℃ №) and Number Forms (Ⅱ ½)',
    first: 0x2100,
    runs: [
      [0x2101, P], [0x2102, L], [0x2106, P], [0x2107, L], [0x2109, P], [0x2113, L], [0x2114, P], [0x2115, L],
      [0x2118, P], [0x211d, L], [0x2123, P], [0x2124, L], [0x2125, P], [0x2126, L], [0x2127, P], [0x2128, L],
      [0x2129, P], [0x212d, L], [0x212e, P], [0x2139, L], [0x213b, P], [0x213f, L], [0x2144, P], [0x2149, L],
      [0x214d, P], [0x214e, L], [0x214f, P], [0x215f, O], [0x2182, N], [0x2184, L], [0x2188, N], [0x2189, O],
      [0x218b, P], [0x218f, _]
    ]
  },
  {block: 'Arrows, Mathematical Operators, Miscellaneous Technical', first: 0x2190, runs: [[0x23ff, P]]},
  {
    block: 'Enclosed Alphanumerics (①), Box Drawing, Block Elements, Geometric Shapes (○ ▶), Miscellaneous Symbols, Dingbats',
    first: 0x2460,
    runs: [
      [0x249b, O], [0x24e9, P], [0x24ff, O], [0x2775, P], [0x2793, O], [0x27bf, P]
    ]
  },
  {
    block: 'CJK Symbols and Punctuation (「」【】)',
    first: 0x3000,
    runs: [
      [0x3000, X], [0x3004, P], [0x3006, L], [0x3007, N], [0x3020, P], [0x3029, N], [0x302f, X], [0x3030, P],
      [0x3035, L], [0x3037, P], [0x303a, N], [0x303c, L], [0x303f, P]
    ]
  },
  {block: 'Hangul Compatibility Jamo (ㆍ)', first: 0x3130, runs: [[0x3130, _], [0x318e, L], [0x318f, _]]},
  {
    block: 'Halfwidth and Fullwidth Forms',
    first: 0xff00,
    runs: [
      [0xff00, _], [0xff0f, P], [0xff19, N], [0xff20, P], [0xff3a, L], [0xff40, P], [0xff5a, L], [0xff65, P],
      [0xffbe, L], [0xffc1, _], [0xffc7, L], [0xffc9, _], [0xffcf, L], [0xffd1, _], [0xffd7, L], [0xffd9, _],
      [0xffdc, L], [0xffdf, _], [0xffe6, P], [0xffe7, _], [0xffee, P], [0xffef, _]
    ]
  },
  {block: 'Specials (the replacement character)', first: 0xfff0, runs: [[0xfff8, _], [0xfffb, X], [0xfffd, P], [0xffff, _]]}
]
