/**
 * Code points that PDF fonts map CJK ideographs to by mistake, and that
 * NFKC maps back (Unicode blocks): Kangxi Radicals (⾥ for 里, ⽂ for 文),
 * CJK Radicals Supplement, CJK Compatibility Ideographs and their
 * supplement. Only these ranges are normalised; the rest of the text is kept
 * as written.
 */
export const compatibilityRanges: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0x2f800, 0x2fa1f] // CJK Compatibility Ideographs Supplement
]
