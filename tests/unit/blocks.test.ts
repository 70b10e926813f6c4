/**
 * Block classification on invented mirror articles (tests/fixtures/articles), one per layout
 * generation and outlet markup, rendered as github.com renders them. Each case lists what a reader
 * must still see in clean mode and what must be gone.
 */
import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../src/core/blocks.ts';
import type { BlockKind, ClassifiedArticle } from '../../src/core/types.ts';
import { cleanView, contentInsideClutter, fixture, renderedArticle, squeeze, textsOfKind } from './blocks-view.ts';

interface Case {
  file: string;
  shows: string[];
  hides: string[];
  /** Exact number of blocks of these kinds. */
  counts: Partial<Record<BlockKind, number>>;
}

const CASES: Case[] = [
  {
    file: 'gen-a-2018-epoch.md',
    shows: ['某市举办传统文化讲座', '【大纪元2018年09月05日讯】', '书法艺术重回课堂', '家长带孩子一同聆听', '讲座结束后仍有许多人留下来提问', '责任编辑：周文'],
    hides: ['原文链接：', 'n10700001.htm', '禁闻聚合首页', '一键翻墙软件'],
    counts: { title: 1, lead: 0, nav: 1, promo: 0, share: 0, 'original-url': 1, pixel: 0, editor: 1 },
  },
  {
    file: 'gen-b-2020-epoch.md',
    shows: ['山区小学迎来新图书馆', '新落成的图书馆里', '校友捐建的图书馆', '孩子们在新图书馆里安静地阅读', '看到更广阔的世界', '责任编辑：叶青'],
    hides: ['手把手翻墙教程', '神州正道安卓版', '翻墙必看视频（文昭', '手机上长按并复制下列链接或二维码分享本文章', 'pages/nf4514/n11800001.md', '原文地址（需翻墙访问）', '《共产主义的终极目的》'],
    counts: { title: 1, lead: 1, nav: 2, promo: 1, share: 1, 'original-url': 1, pixel: 1, editor: 1, figure: 1 },
  },
  {
    file: 'gen-c-2020-ntd.md',
    shows: ['欧洲多国联合声明', '记者们在集会上举着标语', '【新唐人北京时间2020年10月12日讯】', '各国外长在会后合影', '新闻自由是民主社会的基石', '（记者林风综合报导/责任编辑：王晓）'],
    hides: ['法轮功真相', '天安门自焚真相', '“1400例”谎言揭秘', '翻墙必看视频（YouTube', '网站代理：', '新唐人电视台', '手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）', '《九评共产党》'],
    counts: { title: 1, lead: 1, nav: 2, promo: 3, share: 1, 'original-url': 1, pixel: 1, editor: 1, figure: 1 },
  },
  {
    file: 'gen-d-2021-tuidang.md',
    shows: ['每日声明精选', '【大纪元2021年01月10日讯】', '在此郑重声明退出', '责任编辑：欣然'],
    hides: ['禁闻聚合安卓版', '手机上长按并复制下列链接或二维码分享本文章', 'pages/nf3104/n12700001.md', '原文地址（需翻墙访问）', 'Web代理'],
    counts: { title: 1, lead: 0, nav: 2, promo: 0, share: 1, 'original-url': 1, pixel: 1, editor: 1 },
  },
  {
    file: 'gen-e-2022-epoch.md',
    shows: ['港口城市举办国际帆船赛', '来自二十个国家的百艘帆船', '参赛帆船驶出港口', '今年报名人数创下新高', '责任编辑：孙雯'],
    hides: ['国际新闻', '热点推荐', '翻墙教程', '退出中共组织，良心的选择', '《六月黑夜》- 六四天安门大屠杀', '禁书下载（政治', '【九評之七】', '手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）'],
    counts: { title: 1, lead: 0, nav: 2, promo: 4, share: 1, 'original-url': 1, pixel: 1, editor: 1, figure: 1 },
  },
  {
    file: 'kanzhongguo-2022.md',
    shows: ['老街区改造完成', '改造后的老街区保留了原有的青石板路', '【看中国2022年10月20日讯】', '保留历史风貌', '心里踏实多了'],
    hides: ['退出中共组织，良心的选择', '纪录片《红墙的记忆》', '禁书下载（政治', '本文短网址', '严禁建立镜像网站', '【诚征荣誉会员】', '溪流能够汇成大海', '手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）', '热点推荐'],
    counts: { title: 1, lead: 1, nav: 2, promo: 1, share: 1, 'original-url': 1, pixel: 1, editor: 0 },
  },
  {
    file: 'minghui-2021.md',
    shows: ['多国议员致信', '【明慧网二零二一年三月八日】', '议员们在信件上签名', '呼吁停止迫害', '他希望这封信能够引起更多人的重视'],
    hides: ['禁闻聚合安卓版', '手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）', '多国议员致信-关注信仰自由-420001.html', 'Web代理'],
    counts: { title: 1, lead: 0, nav: 2, share: 1, 'original-url': 1, pixel: 0, figure: 1 },
  },
  {
    file: 'reuters-2018.md',
    shows: ['小型企业贷款需求回暖', '路透上海9月3日', '资料图片：2018年8月，一家银行的营业大厅', '更加注重风险控制', '编译张明；审校李强'],
    hides: ['我们的标准', '汤森路透“信任原则”', '原文链接：', 'feedName=CNAnalysesNews', '禁闻聚合首页'],
    counts: { title: 1, lead: 0, nav: 1, share: 0, 'original-url': 1, trailer: 1, figure: 1 },
  },
  {
    file: 'voa-2018.md',
    shows: ['城市绿地面积持续增加', '2018年9月4日09:30', '华盛顿—', '资料照：城市公园里散步的市民', '绿地有助于改善居民健康'],
    hides: ['原文链接：', 'city-green-space-20180904', '禁闻聚合首页'],
    counts: { title: 1, lead: 0, nav: 1, share: 0, 'original-url': 1, figure: 1 },
  },
  {
    file: 'empty-title.md',
    shows: ['两位候选人在首场辩论中交锋', '两位候选人周二晚间举行首场电视辩论', '（责任编辑：李红）'],
    hides: ['手把手翻墙教程', '天安门自焚真相', '手机上长按并复制下列链接或二维码分享本文章', '原文地址（需翻墙访问）'],
    counts: { title: 1, lead: 1, nav: 2, promo: 1, share: 1, 'original-url': 1, pixel: 1, editor: 1 },
  },
  {
    file: 'no-share-block.md',
    shows: ['夜市经济的兴衰', '人声鼎沸', '不少夜市逐渐冷清', '（文章只代表特约评论员个人的立场和观点）'],
    hides: ['手把手翻墙教程', '翻墙必看视频（武汉肺炎', '原文地址（需翻墙访问）', 'night-market-07262019161648', '网站代理：', '大纪元新闻网'],
    counts: { title: 1, lead: 0, share: 0, 'original-url': 1, pixel: 0 },
  },
  {
    file: 'promo-text-in-body.md',
    shows: [
      '“💥每天先看翻墙必看视频，再看新闻。”',
      '网站代理：为何屡屡被封',
      '手机上长按并复制下列链接或二维码分享本文章：这句提示语如今已被许多网友熟知',
      '“责任编辑：某某”这样的署名',
      '原文链接：http://kzg.io/bTEST9',
      '责任编辑：高远',
    ],
    hides: ['热点推荐', '禁书下载（政治', '原文地址（需翻墙访问）', 'pages/nsc418/n13900009.md'],
    counts: { title: 1, share: 1, 'original-url': 1, editor: 1, promo: 1, nav: 2 },
  },
];

function classify(file: string): ClassifiedArticle {
  const classified = classifyArticle(renderedArticle(fixture(file)));
  if (!classified) throw new Error(`${file} was not classified as an article`);
  return classified;
}

describe('classifyArticle on mirror articles of every generation and outlet', () => {
  it.each(CASES)('$file: clean mode keeps the article and hides the clutter', ({ file, shows, hides }) => {
    const view = cleanView(classify(file));
    for (const text of shows) expect(view.shown, `shown: ${text}`).toContain(squeeze(text));
    for (const text of hides) {
      expect(view.hidden, `hidden: ${text}`).toContain(squeeze(text));
      expect(view.shown, `not shown: ${text}`).not.toContain(squeeze(text));
    }
  });

  it.each(CASES)('$file: finds each kind of region', ({ file, counts }) => {
    const classified = classify(file);
    for (const [kind, count] of Object.entries(counts)) {
      expect(classified.blocks.filter((block) => block.kind === kind), kind).toHaveLength(count);
    }
  });

  it.each(CASES)('$file: no content sits inside a clutter block', ({ file }) => {
    expect(contentInsideClutter(classify(file))).toEqual([]);
  });

  it('takes the title from the ### line and the rule under it as layout', () => {
    const classified = classify('gen-c-2020-ntd.md');
    const [title, rule] = classified.blocks;
    expect(title?.kind).toBe('title');
    expect(squeeze(title?.nodes[0]?.textContent ?? '')).toBe('欧洲多国联合声明呼吁释放被拘记者');
    expect(rule?.kind).toBe('separator');
    expect((rule?.nodes[0] as Element).localName).toBe('hr');
  });

  it('keeps an empty title as the title block', () => {
    expect(textsOfKind(classify('empty-title.md'), 'title')).toEqual(['']);
  });

  it('tells the lead image from in-body figures and keeps captions with their image', () => {
    const classified = classify('gen-c-2020-ntd.md');
    expect(textsOfKind(classified, 'lead')).toEqual([squeeze('记者们在集会上举着标语。（示意图/Getty Images)')]);
    expect(textsOfKind(classified, 'figure')).toEqual([squeeze('各国外长在会后合影。（示意图/AFP)')]);
  });

  it('finds the 看中国 lead image inside the body, above the injected promo block', () => {
    const classified = classify('kanzhongguo-2022.md');
    expect(textsOfKind(classified, 'lead')).toEqual([squeeze('改造后的老街区保留了原有的青石板路。（图片来源：看中国资料图）')]);
    const promo = classified.blocks.find((block) => block.kind === 'promo');
    expect(promo?.nodes).toHaveLength(1);
    expect((promo?.nodes[0] as Element).id).toBe('user-content-txt-mid1-t21-2017');
  });

  it('returns the share block and source line as loose nodes the content script can wrap', () => {
    const classified = classify('gen-e-2022-epoch.md');
    const share = classified.blocks.find((block) => block.kind === 'share');
    const source = classified.blocks.find((block) => block.kind === 'original-url');
    expect(share?.nodes.every((node) => node.parentNode === classified.root)).toBe(true);
    expect(share?.nodes.some((node) => node.nodeType === 3)).toBe(true);
    expect(share?.nodes.some((node) => node.nodeType === 1 && (node as Element).querySelector('img'))).toBe(true);
    expect(source?.nodes.map((node) => node.textContent ?? '').join('').trim()).toBe(
      '原文地址（需翻墙访问）：https://www.epochtimes.com/gb/22/10/20/n13900001.htm',
    );
  });

  it('hides the tracking pixel together with the link GitHub wraps it in', () => {
    const classified = classify('gen-b-2020-epoch.md');
    const pixel = classified.blocks.find((block) => block.kind === 'pixel');
    const link = pixel?.nodes.find((node) => node.nodeType === 1) as Element | undefined;
    expect(link?.localName).toBe('a');
    expect(link?.querySelector('img')?.getAttribute('width')).toBe('0px');
  });

  it('only takes a short line of its own as the editor line', () => {
    expect(textsOfKind(classify('promo-text-in-body.md'), 'editor')).toEqual([squeeze('责任编辑：高远')]);
  });

  it('reads a huge page (thousands of paragraphs, a data: image) quickly', () => {
    const markdown = fixture('gen-c-2020-ntd.md');
    const paragraph = ' <p>\n  这是一段用来撑大页面的正文，内容没有特别之处。\n </p>\n';
    const dataImage = ` <p><img src="data:image/jpeg;base64,${'A'.repeat(420_000)}"/></p>\n`;
    const huge = markdown.replace(' <p>\n  声明指出', `${paragraph.repeat(4000)}${dataImage} <p>\n  声明指出`);
    const root = renderedArticle(huge);
    const started = performance.now();
    const classified = classifyArticle(root);
    const elapsed = performance.now() - started;
    expect(classified).not.toBeNull();
    const view = cleanView(classified as ClassifiedArticle);
    expect(view.shown).toContain('新闻自由是民主社会的基石');
    expect(view.hidden).toContain('手机上长按并复制下列链接或二维码分享本文章');
    expect(elapsed).toBeLessThan(500);
  });
});

describe('classifyArticle on Markdown that is not a mirrored article', () => {
  it.each(['readme-h3-hr.md', 'readme-channel-menu.md'])('%s is not an article', (file) => {
    expect(classifyArticle(renderedArticle(fixture(file)))).toBeNull();
  });

  it('needs the rule right under the title', () => {
    const withoutRule = fixture('gen-b-2020-epoch.md').replace('------------------------\n\n#### [首页]', '\n#### [首页]');
    expect(classifyArticle(renderedArticle(withoutRule))).toBeNull();
  });

  it('needs a share block or a source line', () => {
    const withoutTail = fixture('gen-b-2020-epoch.md').replace(/<hr\/>\n手机上长按[^]*?\.htm\n/, '');
    expect(classifyArticle(renderedArticle(withoutTail))).toBeNull();
  });

  it('is not fooled by an empty document', () => {
    expect(classifyArticle(renderedArticle(''))).toBeNull();
  });
});
