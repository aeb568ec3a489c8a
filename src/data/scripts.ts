/**
 * Unicode scripts kic tells apart when tagging a block's language, and the
 * share of letters a script needs to name the language. Ranges from the
 * Unicode Standard (Hangul Syllables/Jamo, CJK Unified Ideographs, Latin).
 */
export const scriptRanges: Array<{script: 'hangul' | 'han' | 'latin'; from: number; to: number}> = [
  {script: 'hangul', from: 0xac00, to: 0xd7a3},
  {script: 'hangul', from: 0x1100, to: 0x11ff},
  {script: 'hangul', from: 0x3130, to: 0x318f},
  {script: 'han', from: 0x4e00, to: 0x9fff},
  {script: 'han', from: 0x3400, to: 0x4dbf},
  {script: 'han', from: 0xf900, to: 0xfaff},
  {script: 'han', from: 0x20000, to: 0x2ffff},
  {script: 'latin', from: 0x41, to: 0x5a},
  {script: 'latin', from: 0x61, to: 0x7a},
  {script: 'latin', from: 0xc0, to: 0x24f}
]

/** Hangul share from which a block is Korean (Korean text quotes Chinese and English). */
export const koreanShare = 0.3
/** Han share, with little Hangul, from which a block is Chinese. */
export const chineseShare = 0.5
/** Latin letters from which franc is asked which Latin-script language it is. */
export const francMinimum = 60
