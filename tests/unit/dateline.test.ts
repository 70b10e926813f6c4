import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/core/extract/dateline.ts';

/** Invented article bodies: the dateline paragraph, some story text, and optionally closing lines. */
const STORY = '市议会周二通过了一项新的预算案，多名议员对此表示支持。';
const body = (...paragraphs: string[]) => [...paragraphs.slice(0, 1), STORY, ...paragraphs.slice(1)];

describe('findDateline: 大纪元', () => {
  it('reads outlet, date and reporter from the bracket and its parenthetical', () => {
    expect(findDateline(body(`【大纪元2023年03月14日讯】（大纪元记者周明远综合报导）${STORY}`))).toEqual({
      text: '【大纪元2023年03月14日讯】（大纪元记者周明远综合报导）',
      outlet: '大纪元',
      date: '2023-03-14',
      time: null,
      place: null,
      reporters: ['周明远'],
    });
  });

  it('splits several reporters and drops the way the story was made', () => {
    const dateline = findDateline(body(`【大纪元2022年11月02日讯】（大纪元记者白若溪、孔令海、唐一鸣编译报导）${STORY}`));
    expect(dateline?.reporters).toEqual(['白若溪', '孔令海', '唐一鸣']);
  });

  it('splits on 和 between two names but not inside one', () => {
    expect(findDateline(body(`【大纪元2022年11月02日讯】（大纪元记者白若溪和孔令海采访报导）${STORY}`))?.reporters).toEqual(['白若溪', '孔令海']);
    expect(findDateline(body(`【大纪元2022年11月02日讯】（大纪元记者王和平报导）${STORY}`))?.reporters).toEqual(['王和平']);
  });

  it('separates the reporter from the city that follows the name', () => {
    const dateline = findDateline(body(`【大纪元2022年11月02日讯】（大纪元记者林静安美国波士顿报导）${STORY}`));
    expect(dateline).toMatchObject({ reporters: ['林静安'], place: '美国波士顿' });
    const twoCharName = findDateline(body(`【大纪元2022年11月02日讯】（大纪元记者苏澜加拿大卡尔加里报导）${STORY}`));
    expect(twoCharName).toMatchObject({ reporters: ['苏澜'], place: '加拿大卡尔加里' });
  });

  it('takes the place from a regional edition or a news bureau', () => {
    expect(findDateline(body(`【大纪元2021年06月30日讯】（香港大纪元记者何嘉仪、吴子健采访报导）${STORY}`))).toMatchObject({
      place: '香港',
      reporters: ['何嘉仪', '吴子健'],
    });
    expect(findDateline(body(`【大纪元2021年06月30日讯】（大纪元澳洲墨尔本记者站报导）${STORY}`))).toMatchObject({
      place: '澳洲墨尔本',
      reporters: [],
    });
  });

  it('credits the English-edition reporter, not the translator', () => {
    const slash = findDateline(body(`【大纪元2021年01月31日讯】（英文大纪元记者Laura Chen报导／方圆编译）${STORY}`));
    expect(slash).toMatchObject({ reporters: ['Laura Chen'], place: null });
    const comma = findDateline(body(`【大纪元2021年01月31日讯】（英文大纪元记者Mark T. Olsen报导、方圆综合编译）${STORY}`));
    expect(comma?.reporters).toEqual(['Mark T. Olsen']);
  });

  it('dates a dateline without a year by the reference date, and leaves it null without one', () => {
    const paragraphs = body(`【大纪元11月4日讯】${STORY}`);
    expect(findDateline(paragraphs, { referenceDate: '2007-11-04' })?.date).toBe('2007-11-04');
    expect(findDateline(paragraphs)).toMatchObject({ outlet: '大纪元', date: null, text: '【大纪元11月4日讯】' });
    // The original URL can carry the next day's date across New Year.
    expect(findDateline(body(`【大纪元12月31日讯】${STORY}`), { referenceDate: '2008-01-01' })?.date).toBe('2007-12-31');
  });

  it('skips a title tag or a promo line in 【】 before the dateline', () => {
    expect(findDateline(['【独家】市议会预算案内幕', `【大纪元2021年05月20日讯】${STORY}`])?.date).toBe('2021-05-20');
    expect(findDateline([`【快讯】【大纪元2021年05月20日讯】${STORY}`])?.text).toBe('【大纪元2021年05月20日讯】');
    expect(findDateline(['【九評之二】評中國共產黨是怎樣起家的', STORY, '【最新疫情10.15】请点击这里。'])).toBeNull();
  });

  it('only looks at the opening of the body', () => {
    const late = [STORY, STORY, STORY, STORY, STORY, `据报导，【大纪元2021年05月20日讯】曾提到此事。`];
    expect(findDateline(late)).toBeNull();
  });
});

describe('findDateline: 新唐人', () => {
  it('reads 北京时间 datelines and takes the reporter from the closing credit', () => {
    const dateline = findDateline([
      `【新唐人北京时间2021年07月02日讯】${STORY}`,
      STORY,
      '（记者邵宁综合报导/责任编辑：方谨）',
      '相关视频：市议会预算案辩论',
    ]);
    expect(dateline).toEqual({
      text: '【新唐人北京时间2021年07月02日讯】',
      outlet: '新唐人',
      date: '2021-07-02',
      time: null,
      place: null,
      reporters: ['邵宁'],
    });
  });

  it('accepts a missing 讯, a missing 北京时间, and NBSP or line breaks inside the bracket', () => {
    expect(findDateline([`【新唐人北京时间2020年02月05日】${STORY}`])?.date).toBe('2020-02-05');
    expect(findDateline([`【新唐人2019年03月03日讯】${STORY}`])?.date).toBe('2019-03-03');
    expect(findDateline([`【新唐人北京时间\u00a02021年03月09日讯\u00a0】 ${STORY}`])?.date).toBe('2021-03-09');
    expect(findDateline([`【新唐人\n  北京时间2021年03月09日讯】\n ${STORY}`])?.outlet).toBe('新唐人');
  });

  it('does not treat an update note after the dateline as a credit', () => {
    const dateline = findDateline([`【新唐人北京时间2021年01月21日讯】（1月21日更新）${STORY}`]);
    expect(dateline?.text).toBe('【新唐人北京时间2021年01月21日讯】');
  });

  it('reads the other closing credits: a reporter line with a city, and TV transcript credits', () => {
    const onSite = findDateline([`【新唐人北京时间2021年07月02日讯】${STORY}`, STORY, '新唐人记者严青、宋雨桐纽约采访报导']);
    expect(onSite).toMatchObject({ reporters: ['严青', '宋雨桐'], place: '纽约' });
    const tv = findDateline([`【新唐人北京时间2021年07月02日讯】${STORY}`, STORY, '采访/钟立编辑/于蓝后制/夏川']);
    expect(tv?.reporters).toEqual(['钟立']);
  });

  it('gives no reporter when the closing credit names only the editor or a reprint', () => {
    expect(findDateline([`【新唐人北京时间2021年07月02日讯】${STORY}`, '（转自大纪元/责任编辑：方谨）'])?.reporters).toEqual([]);
    expect(findDateline([`【新唐人北京时间2021年07月02日讯】${STORY}`, '(责任编辑：方谨)'])?.reporters).toEqual([]);
  });
});

describe('findDateline: 希望之声', () => {
  it('reads the dateline without 讯 and the 本台 reporter', () => {
    expect(findDateline(body(`【希望之声2021年4月3日】（本台记者陶然综合报导）${STORY}`))).toMatchObject({
      outlet: '希望之声',
      date: '2021-04-03',
      reporters: ['陶然'],
    });
  });

  it('keeps traditional characters as written, also when scripts are mixed', () => {
    expect(findDateline(body(`【希望之聲2021年4月3日】（本臺記者陶然綜合報導）${STORY}`))).toMatchObject({
      outlet: '希望之聲',
      reporters: ['陶然'],
    });
    expect(findDateline(body(`【希望之声2021年4月3日】（本臺記者陶然綜合報道）${STORY}`))?.reporters).toEqual(['陶然']);
  });

  it('credits an author but not an editor in the credit slot', () => {
    expect(findDateline(body(`【希望之声2021年4月3日】（作者： Anna Wu）${STORY}`))?.reporters).toEqual(['Anna Wu']);
    expect(findDateline(body(`【希望之声2021年4月3日】（作者：文清）${STORY}`))?.reporters).toEqual(['文清']);
    const edited = findDateline(body(`【希望之声2021年4月3日】（编辑：文清）${STORY}`));
    expect(edited).toMatchObject({ text: '【希望之声2021年4月3日】（编辑：文清）', reporters: [] });
  });
});

describe('findDateline: 看中国', () => {
  it('reads the reporter, also in ASCII parentheses', () => {
    expect(findDateline(body(`【看中国2021年5月6日讯】（看中国记者方圆综合报导）${STORY}`))).toMatchObject({
      outlet: '看中国',
      date: '2021-05-06',
      reporters: ['方圆'],
    });
    expect(findDateline(body(`【看中国2021年5月6日讯】(看中国记者方圆综合编译报导)${STORY}`))?.reporters).toEqual(['方圆']);
    expect(findDateline(body(`【看中国2021年5月6日讯】（看中国记者方圆编译/综合报导）${STORY}`))?.reporters).toEqual(['方圆']);
  });

  it('survives the recurring typos', () => {
    expect(findDateline(body(`【看中国2021年5月6讯】${STORY}`))?.date).toBe('2021-05-06');
    expect(findDateline(body(`【看中国2021年5月6日讯息】${STORY}`))?.date).toBe('2021-05-06');
    expect(findDateline(body(`【看中国2021年5月6日讯】（看中古记者方圆综合报导）${STORY}`))?.reporters).toEqual(['方圆']);
    expect(findDateline(body(`【看中国2021年5月6日讯】（看中国记方圆综合报导）${STORY}`))?.reporters).toEqual(['方圆']);
  });

  it('reads a dateline split by a tag or an NBSP (raw text is normalised first)', () => {
    expect(findDateline([`【看\n  中国\n  2021年5月6日讯】${STORY}`])?.text).toBe('【看中国2021年5月6日讯】');
    expect(findDateline([`【看中国\u00a02021年5月6日讯】${STORY}`])?.date).toBe('2021-05-06');
  });

  it('keeps traditional characters and reprint credits', () => {
    expect(findDateline(body(`【看中國2019年10月7日訊】（看中國記者方圓綜合報導）${STORY}`))).toMatchObject({
      outlet: '看中國',
      date: '2019-10-07',
      reporters: ['方圓'],
    });
    expect(findDateline(body(`【看中国2019年12月11日讯】（法广RFI）${STORY}`))).toMatchObject({
      text: '【看中国2019年12月11日讯】（法广RFI）',
      reporters: [],
    });
  });
});

describe('findDateline: 明慧网', () => {
  it('converts Chinese-numeral dates', () => {
    expect(findDateline([`【明慧网二零二零年二月二十一日】${STORY}`])?.date).toBe('2020-02-21');
    expect(findDateline([`【明慧网二零一六年十月三十日】${STORY}`])?.date).toBe('2016-10-30');
    expect(findDateline([`【明慧网二零二一年十二月十日】${STORY}`])?.date).toBe('2021-12-10');
    expect(findDateline([`【明慧网2005年5月4日】${STORY}`])?.date).toBe('2005-05-04');
  });

  it('reads the correspondent’s province as a place, not a person', () => {
    expect(findDateline([`【明慧网二零二零年二月二十一日】（明慧网通讯员河南报道）${STORY}`])).toMatchObject({
      outlet: '明慧网',
      place: '河南',
      reporters: [],
    });
  });

  it('reads reporters with a country, and bureaus', () => {
    expect(findDateline([`【明慧网二零一六年十月三十日】（明慧记者李清德国报道）${STORY}`])).toMatchObject({
      place: '德国',
      reporters: ['李清'],
    });
    expect(findDateline([`【明慧网二零二零年五月七日】（明慧多伦多记者站报道）${STORY}`])).toMatchObject({
      place: '多伦多',
      reporters: [],
    });
  });

  it('leaves a continuation note out of the dateline text', () => {
    expect(findDateline([`【明慧网二零二零年十一月十四日】（接上文）${STORY}`])?.text).toBe('【明慧网二零二零年十一月十四日】');
  });
});

describe('findDateline: 自由亚洲电台', () => {
  it('does not take a program tag for a dateline', () => {
    expect(findDateline(['【不同的声音】本期节目讨论市议会预算案。', STORY])).toBeNull();
  });

  it('uses the closing credit as the dateline', () => {
    expect(findDateline([STORY, STORY, '记者：梁文杰、孙小雨责编胡敏嘉网编：凌风'])).toEqual({
      text: '记者：梁文杰、孙小雨',
      outlet: null,
      date: null,
      time: null,
      place: null,
      reporters: ['梁文杰', '孙小雨'],
    });
    expect(findDateline([STORY, '自由亚洲电台记者钟凯台北报道责编：胡敏网编：凌风'])).toMatchObject({
      outlet: '自由亚洲电台',
      place: '台北',
      reporters: ['钟凯'],
    });
    expect(findDateline([STORY, '（特约记者：雪松；责编：胡敏）'])?.reporters).toEqual(['雪松']);
    expect(findDateline([STORY, '特约记者云帆/责编：胡敏'])?.reporters).toEqual(['云帆']);
  });

  it('does not take an interview question for a credit', () => {
    expect(findDateline([STORY, '记者：您怎么看这次预算案？', '记者：谢谢您！'])).toBeNull();
  });
});

describe('findDateline: 美国之音', () => {
  it('reads the place span and dates it by the published line above', () => {
    expect(findDateline(['2018年8月31日 21:45', '华盛顿 —', STORY])).toEqual({
      text: '华盛顿—',
      outlet: null,
      date: '2018-08-31',
      time: '21:45',
      place: '华盛顿',
      reporters: [],
    });
  });

  it('reads the place when the span runs into the first paragraph', () => {
    expect(findDateline(['2018年9月5日 01:58', `洛杉矶 — ${STORY}`])).toMatchObject({ place: '洛杉矶', date: '2018-09-05' });
  });

  it('does not read a double dash in a story as a place', () => {
    expect(findDateline(['纪录片——市议会的一天', STORY])).toBeNull();
  });
});

describe('findDateline: 路透', () => {
  it('reads the city and the date without a year', () => {
    expect(findDateline([`路透北京8月31日 - ${STORY}`], { referenceDate: '2018-09-01' })).toEqual({
      text: '路透北京8月31日-',
      outlet: '路透',
      date: '2018-08-31',
      time: null,
      place: '北京',
      reporters: [],
    });
    expect(findDateline([`路透首尔/华盛顿9月6日 - ${STORY}`])).toMatchObject({ place: '首尔/华盛顿', date: null });
  });

  it('takes the reporter from the closing credit but not the translator or the reviser', () => {
    expect(findDateline([`路透上海9月1日 - ${STORY}`, STORY, '记者吴凡；审校王青'])?.reporters).toEqual(['吴凡']);
    expect(findDateline([`路透上海9月1日 - ${STORY}`, STORY, '编译 吴凡 审校 王青'])?.reporters).toEqual([]);
  });
});
