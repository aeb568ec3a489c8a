/**
 * Characters that traditional→simplified conversion (opencc t→cn) folds into another
 * character, although simplified Chinese itself accepts them as standard: the variants the
 * 通用规范汉字表 (Table of General Standard Chinese Characters, State Council 2013) admits,
 * mainly for personal and brand names (昇 in 昇腾, 喆, 堃), and characters whose folding
 * would turn one common name into another (乾 in 乾隆 is not 干). Folding keeps them as they
 * are, so 昇腾 and 升腾 stay two terms.
 */
export const PROTECTED_VARIANTS = new Set([...'昇陞甦邨氹堃喆淼犇迺菉仝吒溦皙瞋噘蹚凓勠剗蒐谿乾'])
