/**
 * Well-known Chinese names and what they name, keyed by simplified Chinese: companies and
 * institutions (organization), brands, apps, games, services and product lines (product),
 * newspapers, agencies and journals (media), provinces and large cities (place), and the
 * policies and slogans of the party and state (policy). A term whose Chinese side is one of
 * these gets that category unless the text says otherwise with stronger evidence (a role,
 * a Chinese suffix such as 集团 or 省).
 *
 * Sources: company names from the Fortune China 500 and the Hurun unicorn lists, product and
 * brand lines from the companies' own sites, provinces and cities from the 行政区划 list,
 * policy names from the State Council and party documents (十四五规划, 政府工作报告).
 */
import type {TermCategory} from '../terms/types.js'

const ORGANIZATIONS =
  '腾讯 阿里巴巴 阿里 华为 百度 字节跳动 京东 拼多多 美团 网易 小米 比亚迪 宁德时代 联想 中兴 大疆 滴滴 滴滴出行 ' +
  '蚂蚁集团 蚂蚁 快手 哔哩哔哩 新浪 搜狐 携程 唯品会 苏宁 海尔 美的 格力 海信 TCL 长城汽车 吉利 吉利汽车 奇瑞 ' +
  '长安汽车 上汽 蔚来 小鹏 理想 理想汽车 蔚来汽车 小鹏汽车 零跑 哪吒汽车 极氪 赛力斯 中芯国际 紫光 长江存储 ' +
  '京东方 海康威视 大华 商汤 旷视 科大讯飞 寒武纪 深度求索 宇树科技 云深处 游戏科学 强脑科技 群核科技 月之暗面 ' +
  '智谱 百川智能 伊利 蒙牛 光明 三元 飞鹤 君乐宝 农夫山泉 娃哈哈 茅台 五粮液 青岛啤酒 安踏 李宁 波司登 ' +
  '中国移动 中国联通 中国电信 国家电网 中石油 中石化 中国石油 中国石化 中国银行 工商银行 建设银行 农业银行 ' +
  '招商银行 平安 中国平安 复星 万达 恒大 碧桂园 万科 顺丰 中通 圆通 菜鸟 传音 OPPO vivo 荣耀 一加 ' +
  '元气森林 喜茶 蜜雪冰城 瑞幸 泡泡玛特 名创优品 希音 SHEIN 天美 光子 米哈游 莉莉丝 完美世界 三七互娱 ' +
  '微众银行 网商银行 新华社 国务院 发改委 国家发展改革委 工信部 商务部 科技部 财政部 人民银行 中国人民银行 ' +
  '证监会 银保监会 市场监管总局 国家统计局 中共中央 全国人大 政协 全国政协 中央军委 国资委'

const PRODUCTS =
  '微信 微博 抖音 今日头条 头条 淘宝 天猫 支付宝 微信支付 钉钉 飞书 高德 饿了么 闲鱼 小红书 知乎 QQ ' +
  '王者荣耀 和平精英 原神 黑神话 鸿蒙 昇腾 鲲鹏 麒麟 欧拉 盘古 文心一言 通义千问 豆包 元宝 混元 ' +
  '安慕希 金典 舒化 特仑苏 纯甄 红米 问界 极狐 仰望 腾势 海豹 DeepSeek Kimi ' +
  '拼多多APP Temu 希音APP 天猫精灵 小爱同学 北斗 天宫 嫦娥 天问 神舟 长征 蛟龙'

const MEDIA =
  '人民日报 新华网 人民网 光明日报 经济日报 求是 环球时报 中国日报 第一财经 财新 澎湃新闻 界面新闻 ' +
  '央视 中央电视台 科技日报 21世纪经济报道 经济参考报 证券时报 中国证券报 上海证券报 南方周末 36氪 虎嗅'

const PLACES =
  '北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 ' +
  '四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 深圳 广州 杭州 南京 苏州 武汉 ' +
  '成都 西安 郑州 长沙 合肥 青岛 大连 厦门 宁波 无锡 东莞 佛山 沈阳 哈尔滨 长春 济南 昆明 福州 南昌 贵阳 ' +
  '南宁 石家庄 太原 兰州 乌鲁木齐 拉萨 银川 西宁 呼和浩特 海口 三亚 珠海 雄安 浦东 前海 横琴 中关村 ' +
  '长三角 珠三角 粤港澳大湾区 京津冀 成渝'

const POLICIES =
  '共同富裕 双循环 一带一路 中国制造2025 中国制造 新质生产力 大众创业 万众创新 小康 小康社会 全面小康 先富论 ' +
  '供给侧改革 供给侧结构性改革 新型城镇化 城镇化 乡村振兴 脱贫攻坚 双碳 碳达峰 碳中和 东数西算 互联网+ ' +
  '两会 十四五 十四五规划 十五五 五年规划 改革开放 致富光荣 一国两制 专精特新 新基建 放管服 稳增长'

function table(list: string, category: TermCategory): Array<[string, TermCategory]> {
  return list.split(' ').filter(Boolean).map((name) => [name, category])
}

/** Simplified Chinese name → category. */
export const KNOWN_ENTITIES: ReadonlyMap<string, TermCategory> = new Map([
  ...table(ORGANIZATIONS, 'organization'),
  ...table(PRODUCTS, 'product'),
  ...table(MEDIA, 'media'),
  ...table(PLACES, 'place'),
  ...table(POLICIES, 'policy'),
])
