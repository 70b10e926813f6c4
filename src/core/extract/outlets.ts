/**
 * Declarative per-outlet rules for datelines and bylines (in the spirit of Postlight Parser's custom
 * extractors): which names an outlet goes by, what its dateline looks like at the start of the body, and
 * what its credit line looks like at the end. dateline.ts runs them; nothing here executes anything.
 *
 * All patterns work on text already normalised by cleanText (src/core/text.ts): no whitespace next to
 * CJK characters, so `【看\n<span>中国</span>2020年…】` arrives as `【看中国2020年…】` and `华盛顿 —` as `华盛顿—`.
 * Counts in comments are files of ../shared/corpus (articles/ + bulk/, 1,408 pages) showing the pattern.
 */

/**
 * Named groups a dateline pattern may capture:
 * `outlet` the outlet as written; `year`, `month`, `day` (Arabic or Chinese numerals); `place`;
 * `credit` a parenthetical naming the reporters (parsed with the credit vocabulary below).
 * A byline pattern captures `credit`. Patterns without an `outlet` group give outlet null.
 */
export interface OutletRule {
  id: 'epochtimes' | 'ntdtv' | 'soundofhope' | 'secretchina' | 'minghui' | 'voa' | 'reuters' | 'rfa';
  /** Every spelling of the outlet's name in datelines and credits: simplified, traditional, recurring typos. */
  names: readonly string[];
  /** Dateline shapes looked for in the opening text of the body. */
  datelines: readonly RegExp[];
  /** A paragraph that is only a publication date/time, shown above the dateline. */
  published?: RegExp;
  /** Whole-paragraph credit lines near the end of the body (full match required). */
  bylines: readonly RegExp[];
}

const DIGIT = '[0-9０-９]';
const CN_DIGIT = '[零〇○一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]';
const YEAR = `(?<year>${DIGIT}{4}|${CN_DIGIT}{4})年`;
const MONTH = `(?<month>${DIGIT}{1,2}|${CN_SMALL}{1,2})月`;
// `日` is missing in a few 看中国 datelines (`【看中国2020年8月31讯】`, 2 files).
const DAY = `(?<day>${DIGIT}{1,2}|${CN_SMALL}{1,3})日?`;
/** Optional parenthetical right after the bracket: `（大纪元记者X报导）`, ASCII `(…)` at 看中国 (3 files). */
const CREDIT = '(?<credit>[（(][^（）()【】]{1,60}[）)])?';
/** Han characters, incl. CJK radicals that stand in for Han in some names (`⻩春梅`, RFA). */
export const HAN = '\\u2e80-\\u2fff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** `【<outlet>[infix]<date>[讯]】[（credit）]`; the year is missing in some old Epoch pages (`【大纪元12月30日讯】`, 5 files). */
function bracketDateline(names: readonly string[], infix = ''): RegExp {
  const outlet = names.map(escapeRegExp).join('|');
  return new RegExp(`【(?<outlet>${outlet})(?:${infix})?(?:${YEAR})?${MONTH}${DAY}(?:讯息|讯|訊)?】${CREDIT}`, 'u');
}

const EPOCH_NAMES = ['大纪元', '大紀元'];
const NTD_NAMES = ['新唐人'];
const SOH_NAMES = ['希望之声', '希望之聲'];
// `看中古` is a recurring typo, but only inside the credit parenthetical (`（看中古记者…）`, 2 files), never in 【】.
const SECRETCHINA_NAMES = ['看中国', '看中國'];
// Credits shorten it to 明慧 (`（明慧记者X报道）`, `（明慧多伦多记者站报道）`).
const MINGHUI_NAMES = ['明慧网', '明慧網', '明慧'];
const RFA_NAMES = ['自由亚洲电台', '自由亞洲電台', '自由亚州电台'];

export const OUTLETS: readonly OutletRule[] = [
  {
    id: 'epochtimes',
    names: EPOCH_NAMES,
    // 【大纪元2020年09月04日讯】（大纪元记者吴馨综合报导）: 352 files.
    datelines: [bracketDateline(EPOCH_NAMES)],
    bylines: [],
  },
  {
    id: 'ntdtv',
    names: NTD_NAMES,
    // 【新唐人北京时间2019年10月17日讯】 (169 files in all), 【新唐人2019年03月03日讯】 (4), without 讯 (1).
    datelines: [bracketDateline(NTD_NAMES, '北京时间|北京時間')],
    bylines: [
      // （记者李韵报导/责任编辑：文慧）: 69 files; ASCII parentheses and a full-width slash occur too.
      /^[（(](?<credit>记者[^/／（）()]{2,30})[/／]责任编辑/u,
      // 新唐人记者刘海英多伦多报导, 新唐人记者熊斌、李沛灵采访报导: 24 files.
      new RegExp(`^(?<credit>新唐人(?:实习)?记者[${HAN}A-Za-z 、丶]{2,30}?(?:报导|报道))$`, 'u'),
      // 采访/陈汉 编辑/李鸣 后制/钟元 (TV transcripts): 5 files.
      /^(?<credit>采访[/／][^/／]{2,12}?)编辑[/／]/u,
    ],
  },
  {
    id: 'soundofhope',
    names: SOH_NAMES,
    // 【希望之声2020年6月21日】（本台记者X综合报导）: 146 files; never with 讯.
    datelines: [bracketDateline(SOH_NAMES)],
    bylines: [
      // 希望之声国际广播电台记者李方、王倩采访报导: 2 files.
      new RegExp(`^(?<credit>希望之[声聲]国际广播电台记者[${HAN}、]{2,20}?(?:报导|报道|報導))$`, 'u'),
    ],
  },
  {
    id: 'secretchina',
    names: SECRETCHINA_NAMES,
    // 【看中国2020年8月18日讯】（看中国记者X综合报导）: 133 files.
    datelines: [bracketDateline(SECRETCHINA_NAMES)],
    bylines: [],
  },
  {
    id: 'minghui',
    names: MINGHUI_NAMES,
    // 【明慧网二零二一年二月七日】 (215 files), Arabic digits in old pages (2).
    datelines: [bracketDateline(MINGHUI_NAMES)],
    bylines: [],
  },
  {
    id: 'voa',
    names: ['美国之音', '美國之音'],
    // `华盛顿 —` as a span before the first paragraph (36 of 58 VOA pages); it names no outlet.
    datelines: [new RegExp(`^(?<place>[${HAN}]{2,10})—(?!—)`, 'u')],
    // `2018年8月31日 21:45` in div.published above the body (57 of 58 VOA pages).
    published: new RegExp(`^${YEAR}${MONTH}${DAY}(?<time>\\d{1,2}:\\d{2})?$`, 'u'),
    bylines: [],
  },
  {
    id: 'reuters',
    names: ['路透'],
    // 路透北京8月31日 - , 路透首尔/华盛顿9月6日 - , 路透8月31日 - : 55 of 57 Reuters pages. No year.
    datelines: [new RegExp(`^(?<outlet>路透)(?<place>[${HAN}/／]{0,16}?)${MONTH}${DAY}[-－–—]`, 'u')],
    // 记者雷美珍；审校曾祥进: 3 files.
    bylines: [new RegExp(`^(?<credit>记者[${HAN}、/]{2,12})[；;]审校`, 'u')],
  },
  {
    id: 'rfa',
    names: RFA_NAMES,
    // RFA has no dateline (program tags such as 【不同的声音】 are not one); the credit is at the end.
    datelines: [],
    bylines: [
      // 自由亚洲电台记者蔡凌巴黎报道 责编：嘉远 网编：瑞哲 / 记者：乔龙 责编：胡力汉 / （特约记者：冰凌；责编：寇天力）
      // / 特约记者:刘水 / 特约记者乔龙/责编：饶怡明: 40 of 151 RFA pages.
      new RegExp(
        `^[（(]?(?<credit>(?:${RFA_NAMES.join('|')})?(?:特约)?记者[：:]?[${HAN}A-Za-z 、]{2,30}?(?:报道|报导)?)` +
          `(?:[。；;/／]?(?:责编|编辑|網編|网编)|[）)]|$)`,
        'u',
      ),
    ],
  },
];

/**
 * The credit vocabulary shared by every outlet. A credit reads
 * `[org][place]<role>[：]<names>[place]<method…>` — `香港大纪元记者黄采文、梁珍采访报导`,
 * `大纪元记者蔡溶美国纽约报导`, `明慧网通讯员四川报道`, `作者：Peter Li`.
 */
export const CREDIT_ROLES = {
  /** `大纪元香港记者站报导`, `明慧多伦多记者站报道`, `大纪元香港新闻中心报导`: the words before name a place, no person. */
  bureau: ['记者站', '記者站', '新闻中心', '新聞中心'],
  /** Minghui's `明慧网通讯员<省>报道`: what follows is a province, never a person. */
  correspondent: ['通讯员', '通訊員'],
  /** Followed by the people credited. */
  reporter: ['特约记者', '特約記者', '实习记者', '記者', '记者', '作者', '节目制作人', '制作人', '采访/', '采访／'],
} as const;

/** Any role word; the leftmost one in a credit is its role. */
export const CREDIT_ROLE = new RegExp(
  [...CREDIT_ROLES.bureau, ...CREDIT_ROLES.correspondent, ...CREDIT_ROLES.reporter].map(escapeRegExp).join('|'),
  'u',
);
/**
 * A bare `记`/`記` counts as 记者 only when a name and a reporting verb follow: the 看中国 typo
 * `（看中国记李文隆综合报导）` of REPORT §5.4 (seen in the source repositories, not in the sampled files).
 */
export const BARE_REPORTER_TYPO = new RegExp(`[记記](?=[${HAN}]{2,3}(?:综合|綜合|报导|报道|編譯|编译|采访))`, 'u');

/** Words that end the names part of a credit: how the story was made, and what follows it. */
const CREDIT_STOP_WORDS = [
  '综合', '綜合', '编译', '編譯', '采访', '採訪', '专访', '專訪', '报导', '报道', '報導', '報道', '综述', '綜述', '消息', '评论',
  '評論', '整理',
  '责编', '責編', '编辑', '編輯', '网编', '網編', '审校',
];
/** The end of the names part: one of the words above or punctuation. */
export const CREDIT_STOP = new RegExp(`${CREDIT_STOP_WORDS.join('|')}|[）)；;/／。，,：:]`, 'u');
/**
 * Separators between several people: `、` (and `丶`, the look-alike an input method slips in), and
 * `和`/`与`/`及` between two names of two characters or more — not inside a name such as 王和平.
 */
export const NAME_SEPARATORS = /[、丶]|(?<=[^、丶]{2})[和与與及](?=[^、丶]{2})/u;

/** A parenthetical after the dateline is part of it when it credits or sources the story. */
export const CREDIT_HINT =
  /记者|記者|作者|编辑|編輯|通讯员|通訊員|报导|报道|報導|報道|编译|編譯|评论|評論|转载|轉載|RFI|法广|中央社|大纪元|大紀元|新唐人|自由亚洲|美国之音|路透/u;

/**
 * Places named in credits (sorted longest first, so 中国大陆 wins over 大陆). A credit's names part is
 * split where one of these starts: `麦蕾美国威尼斯` → 麦蕾 + 美国威尼斯. Countries and regions cover most
 * cases (`美国…`); the cities are the ones seen in credits across the corpus.
 */
export const CREDIT_PLACES: readonly string[] = [
  // countries and regions
  '美国', '美國', '加拿大', '澳洲', '澳大利亚', '新西兰', '纽西兰', '英国', '英國', '法国', '法國', '德国', '德國', '意大利', '西班牙',
  '荷兰', '比利时', '瑞士', '瑞典', '挪威', '丹麦', '芬兰', '奥地利', '爱尔兰', '波兰', '捷克', '日本', '韩国', '韓國', '台湾',
  '台灣', '臺灣', '香港', '澳门', '中国大陆', '中國大陸', '大陆', '新加坡', '马来西亚', '泰国', '印度', '以色列', '俄罗斯', '乌克兰',
  // cities
  '纽约', '紐約', '华盛顿', '華盛頓', '旧金山', '洛杉矶', '圣地亚哥', '波士顿', '芝加哥', '休斯顿', '休士顿', '达拉斯', '西雅图',
  '费城', '亚特兰大', '凤凰城', '多伦多', '温哥华', '蒙特利尔', '卡尔加里', '渥太华', '悉尼', '墨尔本', '布里斯班', '伦敦', '巴黎',
  '柏林', '台北', '臺北', '台中', '高雄', '新北', '东京', '首尔', '北京', '上海',
].sort((a, b) => b.length - a.length);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
