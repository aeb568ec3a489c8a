#!/usr/bin/env python3
"""Regenerate the syllable table of src/data/term-pinyin-hangul.ts (run by hand, review the diff).

Implements the 외래어 표기법 중국어 표기 규칙 (문교부 고시 제85-11호, 표 3 중국어 주음 부호와 한글 대조표
with 제4절 제1항·제2항): initials and finals as in the table, ㅈ/ㅉ/ㅊ + ㅑㅖㅛㅠ written ㅏㅔㅗㅜ,
zhi/chi/shi/ri/zi/ci/si written with ㅡ.
"""
import json
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ","ㄲ","ㄳ","ㄴ","ㄵ","ㄶ","ㄷ","ㄹ","ㄺ","ㄻ","ㄼ","ㄽ","ㄾ","ㄿ","ㅀ","ㅁ","ㅂ","ㅄ","ㅅ","ㅆ","ㅇ","ㅈ","ㅊ","ㅋ","ㅌ","ㅍ","ㅎ"]
def syl(c, v, j=""):
    return chr(0xAC00 + (CHO.index(c) * 21 + JUNG.index(v)) * 28 + JONG.index(j))
INI = {"b":"ㅂ","p":"ㅍ","m":"ㅁ","f":"ㅍ","d":"ㄷ","t":"ㅌ","n":"ㄴ","l":"ㄹ","g":"ㄱ","k":"ㅋ","h":"ㅎ","j":"ㅈ","q":"ㅊ","x":"ㅅ","zh":"ㅈ","ch":"ㅊ","sh":"ㅅ","r":"ㄹ","z":"ㅉ","c":"ㅊ","s":"ㅆ"}
FIN = {
 "a":[("ㅏ","")],"o":[("ㅗ","")],"e":[("ㅓ","")],"ai":[("ㅏ",""),("ㅣ","")],"ei":[("ㅔ",""),("ㅣ","")],
 "ao":[("ㅏ",""),("ㅗ","")],"ou":[("ㅓ",""),("ㅜ","")],"an":[("ㅏ","ㄴ")],"en":[("ㅓ","ㄴ")],"ang":[("ㅏ","ㅇ")],
 "eng":[("ㅓ","ㅇ")],"ong":[("ㅜ","ㅇ")],"er":[("ㅓ","ㄹ")],
 "i":[("ㅣ","")],"ia":[("ㅑ","")],"ie":[("ㅖ","")],"iao":[("ㅑ",""),("ㅗ","")],"iu":[("ㅠ","")],
 "ian":[("ㅖ","ㄴ")],"in":[("ㅣ","ㄴ")],"iang":[("ㅑ","ㅇ")],"ing":[("ㅣ","ㅇ")],"iong":[("ㅠ","ㅇ")],
 "u":[("ㅜ","")],"ua":[("ㅘ","")],"uo":[("ㅝ","")],"uai":[("ㅘ",""),("ㅣ","")],"ui":[("ㅜ",""),("ㅣ","")],
 "uan":[("ㅘ","ㄴ")],"un":[("ㅜ","ㄴ")],"uang":[("ㅘ","ㅇ")],
 "v":[("ㅟ","")],"ve":[("ㅞ","")],"van":[("ㅟ",""),("ㅏ","ㄴ")],"vn":[("ㅟ","ㄴ")],
}
ZERO = {"yi":"이","ya":"야","yan":"옌","yang":"양","yao":"야오","ye":"예","yin":"인","ying":"잉","yo":"요","yong":"융","you":"유",
        "yu":"위","yuan":"위안","yue":"웨","yun":"윈","wu":"우","wa":"와","wai":"와이","wan":"완","wang":"왕","wei":"웨이",
        "wen":"원","weng":"웡","wo":"워"}
INV = """a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zhi zha zhai zhan zhang zhao zhe zhei zhen zheng zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
chi cha chai chan chang chao che chen cheng chong chou chu chua chuai chuan chuang chui chun chuo
shi sha shai shan shang shao she shei shen sheng shou shu shua shuai shuan shuang shui shun shuo
ri ran rang rao re ren reng rong rou ru rua ruan rui run ruo
zi za zai zan zang zao ze zei zen zeng zong zou zu zuan zui zun zuo
ci ca cai can cang cao ce cen ceng cong cou cu cuan cui cun cuo
si sa sai san sang sao se sen seng song sou su suan sui sun suo
yi ya yan yang yao ye yin ying yo yong you yu yuan yue yun
wu wa wai wan wang wei wen weng wo""".split()
def conv(s):
    if s in ZERO: return ZERO[s]
    i = ""
    for k in sorted(INI, key=len, reverse=True):
        if s.startswith(k): i = k; break
    f = s[len(i):]
    c = INI.get(i, "ㅇ")
    if i in ("j", "q", "x") and f.startswith("u"): f = "v" + f[1:]
    if f == "i" and i in ("zh", "ch", "sh", "r", "z", "c", "s"): return syl(c, "ㅡ")
    out = []
    for n, (v, j) in enumerate(FIN[f]):
        cc = c if n == 0 else "ㅇ"
        if n == 0 and cc in "ㅈㅉㅊ":
            v = {"ㅑ":"ㅏ","ㅖ":"ㅔ","ㅛ":"ㅗ","ㅠ":"ㅜ","ㅒ":"ㅐ"}.get(v, v)
        out.append(syl(cc, v, j))
    return "".join(out)
TAB = {s: conv(s) for s in INV}
if __name__ == "__main__":
    print(" ".join(f"{k}:{v}" for k, v in TAB.items()))
