/**
 * One invented article per outlet layout (tests/fixtures/extract/*.md, written after REPORT.md §3–§5),
 * rendered as github.com shows it and run through detection, classification and extraction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../scripts/lib/pipeline.ts';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import type { Article } from '../../src/core/types.ts';

function extractFixture(name: string, url: string): Article {
  const markdown = readFileSync(new URL(`../fixtures/extract/${name}.md`, import.meta.url), 'utf8');
  const { article } = extractMarkdown(markdown, url);
  if (article === null) throw new Error(`${name}: no article detected`);
  expect(articleSchemaErrors(article)).toEqual([]);
  return article;
}

const figureSummary = (article: Article) => article.figures.map(({ src, caption, credit, lead }) => ({ src, caption, credit, lead }));
const allText = (article: Article) => article.body.paragraphs.join('\n');

describe('outlet layouts', () => {
  it('大纪元 2020: lead caption div, unwrapped figcaption with a tag link, editor with #', () => {
    const article = extractFixture('epochtimes-2020', 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/nsc418/n12000001.md');
    expect(article.title).toBe('组图：某国外长在港口城市举行会谈');
    expect(article.mirror).toEqual({ repo: 'gfw-breaker/banned-news3', ref: 'master', path: 'pages/nsc418/n12000001.md' });
    expect(article).toMatchObject({ date: '2020-10-06', editor: '王明', originalUrl: 'https://www.epochtimes.com/gb/20/10/6/n12000001.htm' });
    expect(article.dateline).toMatchObject({ outlet: '大纪元', reporters: ['林小雨'] });
    expect(figureSummary(article)).toEqual([
      {
        src: 'https://i.epochtimes.com/assets/uploads/2020/10/harbour-talks-600x400.jpg',
        caption: '2020年10月6日，港口城市，外交部长艾伦‧布莱克（Alan Black，左）与来访外长握手。',
        credit: 'Jane Sample/AFP via Getty Images',
        lead: true,
      },
      {
        src: 'https://i.epochtimes.com/assets/uploads/2020/10/pier-600x400.jpg',
        caption: '2020年10月6日，两国外长在码头视察货轮。',
        credit: '网络截图',
        lead: false,
      },
    ]);
    expect(article.body.paragraphs[0]).toBe('周二（10月6日），外交部长艾伦‧布莱克（Alan Black）在港口城市与来访外长举行会谈，双方讨论了航运安全。');
    expect(allText(article)).not.toMatch(/伪火|翻墙必看|手机上长按|原文地址|两国外长在码头/);
  });

  it('新唐人 2022: caption span in a featured-image link, credit-only figcaption, closing byline', () => {
    const article = extractFixture('ntdtv-2022', 'https://github.com/begood0513/goodnews/blob/master/pages/prog204/a103500001.md');
    expect(article).toMatchObject({ date: '2022-10-25', editor: '林清', originalUrl: 'https://www.ntdtv.com/gb/2022/10/25/a103500001.html' });
    expect(article.dateline).toMatchObject({ outlet: '新唐人', reporters: ['陈北辰'] });
    expect(figureSummary(article)).toEqual([
      { src: 'https://i.ntdtv.com/assets/uploads/2022/10/queue-800x450.jpg', caption: '山城居民在寒风中排队做检测。', credit: 'STR/AFP via Getty Images', lead: true },
      { src: 'https://i.ntdtv.com/assets/uploads/2022/10/notice-600x708.jpg', caption: null, credit: '网络截图', lead: false },
    ]);
    expect(allText(article)).not.toMatch(/退出中共组织|九評|翻墙教程|cdn\.jsdelivr/);
  });

  it('希望之声 2020: figcaption without figure, dateline in a span, data: image captioned by the next line', () => {
    const article = extractFixture('soundofhope-2020', 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/soh55/400001.md');
    expect(article).toMatchObject({ date: '2020-08-10', editor: '蔡红' });
    expect(article.dateline).toMatchObject({ outlet: '希望之声', reporters: ['郑小燕'] });
    expect(figureSummary(article)).toEqual([
      { src: 'https://img.soundofhope.org/2020-08/1597000000001.jpg', caption: '警方在报社大楼外拉起封锁线', credit: '示意图片：希望之声合成', lead: true },
      { src: 'https://img.soundofhope.org/2020-08/1597000000002.jpg', caption: '报社编辑部的工作人员在窗边观望', credit: '图片：Sample/维基', lead: false },
      { src: 'data:', caption: '记者在大楼外等候采访。', credit: '摄影：郑小燕', lead: false },
    ]);
    expect(article.body.paragraphs).toEqual(['警方周一上午进入报社大楼搜查，记者被拒于门外。', '搜查持续了约九个小时。', '责任编辑：蔡红']);
  });

  it('看中国 2020: caption after <br>, promo lines inside the body, ad banner not a figure', () => {
    const article = extractFixture('secretchina-2020', 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/p1/940001.md');
    expect(article).toMatchObject({ title: '小区居民被要求喝下统一配发的汤药(图)', date: '2020-08-23', editor: null });
    expect(article.dateline).toMatchObject({ outlet: '看中国', reporters: ['卢小欣'] });
    expect(figureSummary(article)).toEqual([
      {
        src: 'https://img3.secretchina.com/pic/2020/8-23/p2700001a100000001-ss.jpg',
        caption: '居民在楼下排队领取汤药。',
        credit: '图片来源：视频截图',
        lead: true,
      },
    ]);
    expect(article.body.paragraphs).toEqual(['近日，一段视频显示，某市小区居民被要求当着工作人员的面喝下统一配发的汤药。', '有居民表示，喝完之后感到头晕，但不敢拒绝。']);
  });

  it('自由亚洲电台 2020: headerimg caption, inline captioned image with a separate copyright span, no pixel', () => {
    const article = extractFixture('rfa-2020', 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/yataibaodao/gw-10062020101918.md');
    expect(article).toMatchObject({ title: '专栏 | 港湾观察：渔船与巡逻艇', date: '2020-10-06', editor: '寇天力' });
    expect(figureSummary(article)).toEqual([
      {
        src: 'https://www.rfa.org/mandarin/zhuanlan/gangwan/gw-10062020101918.html/boat.jpg/@@images/0000-1111.jpeg',
        caption: '巡逻艇在港外跟踪渔船',
        credit: '视频截图',
        lead: true,
      },
      { src: 'https://www.rfa.org/mandarin/zhuanlan/gangwan/gw-10062020101918.html/harbour.jpg', caption: '渔船在傍晚返回港口。', credit: 'Photo: RFA', lead: false },
    ]);
    expect(article.body.paragraphs[0]).toBe('十月初，一艘渔船在离港不远的海面被巡逻艇跟踪。');
  });

  it('美国之音 2018: no nav or share block, published time, figure caption span, 原文链接', () => {
    const article = extractFixture('voa-2018', 'https://github.com/bigcaibao/banned-news/blob/master/pages/zyyyoeqqvi/4550001.md');
    expect(article).toMatchObject({
      title: '研究发现沿海城市夏季更加炎热',
      date: '2018-09-05',
      originalUrl: 'https://www.voachinese.com/a/news-coastal-heat-20180904/4550001.html',
    });
    expect(article.dateline).toMatchObject({ place: '洛杉矶' });
    expect(figureSummary(article)).toEqual([
      {
        src: 'https://gdb.voanews.com/00000000-1111-2222-3333-444444444444_w250_r0_s.jpg',
        caption: '2018年8月，海滩上避暑的游客。',
        credit: '美国之音白桦拍摄',
        lead: false,
      },
    ]);
  });

  it('路透 2018: protocol-relative image with an agency credit after the full stop, 原文链接 after <br>', () => {
    const article = extractFixture('reuters-2018', 'https://github.com/bigcaibao/banned-news/blob/master/pages/chinaNews/idCNKCS1LG0AA.md');
    expect(article.originalUrl).toBe('https://cn.reuters.com/article/port-volume-idCNKCS1LG0AA?feedType=RSS&feedName=chinaNews');
    // 路透上海8月31日 gives no year: the picture's filing date (d=20180831) supplies it.
    expect(article.dateline).toMatchObject({ outlet: '路透', place: '上海', date: '2018-08-31' });
    expect(article.date).toBe('2018-08-31');
    expect(figureSummary(article)).toEqual([
      {
        src: '//s3.reutersmedia.net/resources/r/?m=02&d=20180831&t=2&i=1200000001&r=LYNXNPEE7U0AA&w=20',
        caption: '资料图片：2017年7月，集装箱货轮停靠在港口。',
        credit: 'REUTERS/Ann Sample',
        lead: false,
      },
    ]);
  });

  it('明慧网 2021: bare dateline text, unclosed paragraphs, table-cell caption', () => {
    const article = extractFixture('minghui-2021', 'https://github.com/gfw-breaker/mh-news/blob/master/pages/245/420001.md');
    expect(article).toMatchObject({ date: '2021-02-07', editor: null });
    expect(article.originalUrl).toBe('http://www.minghui.org/mh/articles/2021/2/7/海外多位议员致信关注法轮功学员被迫害-420001.html');
    expect(article.dateline).toMatchObject({ outlet: '明慧网', reporters: ['林华'] });
    expect(figureSummary(article)).toEqual([
      { src: 'http://www.minghui.org/mh/article_images/2021-2-7-letter_01--ss.jpg', caption: '图1：议员的来信', credit: null, lead: false },
    ]);
    expect(article.body.paragraphs).toEqual(['近日，多位议员致信法轮功学员家属，表示关注。', '议员在信中表示，信仰自由是基本人权。', '家属说，这些来信给了他们很大鼓励。']);
  });
});
