import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/core/extract/body.ts';
import { extractFigures, splitCredit } from '../../src/core/extract/figures.ts';
import { camo, classifyMarked, githubImage, linkedImage } from '../fixtures/extract/marked.ts';

const PHOTO = 'https://images.example-news.com/uploads/2021/03/harbour-600x400.jpg';
const PHOTO_2 = 'https://images.example-news.com/uploads/2021/03/market-600x400.jpg';

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('caption shapes after GitHub unwraps figure/figcaption', () => {
  it('reads a lead image whose caption is the div closing its container (Epoch lead)', () => {
    const classified = classifyMarked(
      `<div data-block="lead" dir="auto">${githubImage(PHOTO, 'alt="港口货轮排队"')}\n<div dir="auto">\n 图为港口外排队等候的货轮。(Ann Example/Getty Images)\n</div></div><hr>`,
    );
    expect(only(extractFigures(classified))).toEqual({
      src: PHOTO,
      displaySrc: camo(PHOTO),
      caption: '图为港口外排队等候的货轮。',
      credit: 'Ann Example/Getty Images',
      alt: '港口货轮排队',
      lead: true,
    });
  });

  it('reads loose figcaption text between two line breaks in the body, tag-link words included', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">\n 第一段正文。\n</p>\n ${linkedImage(PHOTO, 'https://images.example-news.com/uploads/2021/03/harbour.jpg', 'alt=""')}\n <br>\n  2021年3月2日，某港口，\n  货轮\n  在港外排队。(Ben Sample/AFP)\n <br>\n<br>\n<p dir="auto">\n 第二段正文。\n</p></div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure.caption).toBe('2021年3月2日，某港口，货轮在港外排队。');
    expect(figure.credit).toBe('Ben Sample/AFP');
    expect(figure.lead).toBe(false);
    expect(figure.alt).toBeNull();
    expect(bodyParagraphs(classified)).toEqual(['第一段正文。', '第二段正文。']);
  });

  it('reads an NTD lead caption span with mixed parentheses', () => {
    const classified = classifyMarked(
      `<div data-block="lead" dir="auto"><div dir="auto">\n <a href="https://images.example-news.com/big.jpg" rel="nofollow">\n  <img alt="标题" src="${camo(PHOTO)}" data-canonical-src="${PHOTO}">\n <br>\n </a>\n <span>\n  山城居民排队做检测。（STR/AFP via Getty Images)\n </span>\n</div>\n</div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure.caption).toBe('山城居民排队做检测。');
    expect(figure.credit).toBe('STR/AFP via Getty Images');
  });

  it('reads 看中国 caption text after <br> in the image paragraph, up to the next break', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">\n ${githubImage(PHOTO, 'alt=""')}\n <br>\n  居民在楼下排队领取物资。（图片来源：视频截图）\n  <span>\n  </span>\n <br>\n</p>\n<p dir="auto">正文开始。</p></div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure.caption).toBe('居民在楼下排队领取物资。');
    expect(figure.credit).toBe('图片来源：视频截图');
    expect(bodyParagraphs(classified)).toEqual(['正文开始。']);
  });

  it('reads a Minghui table-cell caption and leaves an uncaptioned cell without one', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><markdown-accessiblity-table><table><tbody><tr><td>\n ${linkedImage(PHOTO, 'https://www.example-mh.org/big1.jpg', 'alt="&amp;#039图1：学员在公园炼功&amp;#039"')}\n <br>\n 图1：学员在公园炼功\n</td></tr></tbody></table></markdown-accessiblity-table>\n<markdown-accessiblity-table><table><tbody><tr><td>\n ${linkedImage(PHOTO_2, 'https://www.example-mh.org/big2.jpg')}\n</td></tr></tbody></table></markdown-accessiblity-table>\n<p dir="auto">褒奖令译文如下：</p></div>`,
    );
    const [first, second] = extractFigures(classified);
    expect(first?.caption).toBe('图1：学员在公园炼功');
    expect(first?.credit).toBeNull();
    expect(second?.src).toBe(PHOTO_2);
    expect(second?.caption).toBeNull();
    expect(bodyParagraphs(classified)).toEqual(['褒奖令译文如下：']);
  });

  it('reads a VOA caption span after the nested thumbnail wrappers', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">导弹部署引发关注。</p>\n<div dir="auto">\n <div dir="auto">\n  <div dir="auto">\n   ${githubImage(PHOTO, 'alt="导弹"')}\n  </div>\n  <span>\n  </span>\n </div>\n <span>\n  2012年5月阅兵彩排中展示的防空导弹。(美国之音白桦拍摄)\n </span>\n</div></div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure.caption).toBe('2012年5月阅兵彩排中展示的防空导弹。');
    expect(figure.credit).toBe('美国之音白桦拍摄');
  });

  it('reads an RFA header image caption nested in the closing div', () => {
    const classified = classifyMarked(
      `<div data-block="lead" id="user-content-headerimg" dir="auto">\n ${githubImage(PHOTO, 'alt="巡逻船" title="巡逻船"')}\n <div id="user-content-headerimgcontents" dir="auto">\n  <div id="user-content-headerimgcaption" dir="auto">\n   <span>\n    海警巡逻船在港外游弋（视频截图）\n   </span>\n  </div>\n </div>\n</div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure).toMatchObject({ caption: '海警巡逻船在港外游弋', credit: '视频截图', lead: true });
  });

  it('reads a Reuters caption whose agency credit follows the full stop without parentheses', () => {
    const url = '//s3.example-wire.net/resources/r/?m=02&d=20180831&t=2&i=1299&w=20';
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">银行业绩普遍优于预期。</p>\n<div dir="auto"><div dir="auto"><div dir="auto">${githubImage(url)}<div dir="auto"></div></div><div dir="auto"></div><div dir="auto"><span>\n 资料图片：2017年7月，一名男子经过金融区。REUTERS/Aly Example\n</span></div></div></div></div>`,
    );
    const figure = only(extractFigures(classified));
    expect(figure.src).toBe(url);
    expect(figure.caption).toBe('资料图片：2017年7月，一名男子经过金融区。');
    expect(figure.credit).toBe('REUTERS/Aly Example');
  });

  it('takes a short credited line after an image paragraph as its caption, but not an ordinary paragraph', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">\n <img alt="" style="max-width: 100%;">\n</p>\n<p dir="auto">\n <img alt="" style="max-width: 100%;">\n</p>\n<h5>\n <strong>\n  记者在大楼外等候采访。（摄影：郑某）\n </strong>\n</h5>\n<p dir="auto">${githubImage(PHOTO)}</p>\n<p dir="auto">警方随后离开现场，没有回答提问。</p></div>`,
    );
    const figures = extractFigures(classified);
    expect(figures.map((figure) => [figure.src, figure.caption, figure.credit])).toEqual([
      ['data:', null, null],
      ['data:', '记者在大楼外等候采访。', '摄影：郑某'],
      [PHOTO, null, null],
    ]);
    expect(bodyParagraphs(classified)).toEqual(['警方随后离开现场，没有回答提问。']);
  });

  it('does not take the rest of a paragraph as the caption of an image inside running text', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">前面的文字${githubImage(PHOTO)}后面的文字（大纪元）</p></div>`,
    );
    expect(only(extractFigures(classified)).caption).toBeNull();
    expect(bodyParagraphs(classified)).toEqual(['前面的文字', '后面的文字（大纪元）']);
  });

  it('gives each of several images in a row its own caption', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto">${githubImage(PHOTO)}\n<br>\n第一张图。（网络图片）\n<br>\n<br>\n${githubImage(PHOTO_2)}\n<br>\n第二张图。（网络图片）\n<br></div>`,
    );
    expect(extractFigures(classified).map((figure) => figure.caption)).toEqual(['第一张图。', '第二张图。']);
  });
});

describe('splitCredit', () => {
  it.each([
    ['林郑月娥在记者会上讲话。（美联社）', '林郑月娥在记者会上讲话。', '美联社'],
    ['平遥古城墙（图片：Gisling/维基）', '平遥古城墙', '图片：Gisling/维基'],
    ['龚弘赴任 做梦都遇不到(示意图片：  [明] 余壬、吴钺）', '龚弘赴任做梦都遇不到', '示意图片：[明]余壬、吴钺'],
    ['图为某国总统（左）与外长（右）会面。（Tyg728／维基百科提供）', '图为某国总统（左）与外长（右）会面。', 'Tyg728／维基百科提供'],
    ['辩才圆寂。示意图。（Pixabay）', '辩才圆寂。示意图。', 'Pixabay'],
    ['在白宫举行新闻发布会。(Tom Example)', '在白宫举行新闻发布会。', 'Tom Example'],
    ['（网络截图）', null, '网络截图'],
    ['香港警方抓捕某人。（立场新闻）', '香港警方抓捕某人。', '立场新闻'],
  ])('splits %s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });

  it.each([
    '第五回云中子进剑除妖（涛哥侃封神）',
    '部长陈某（中）率团发声。（2018年5月21日）',
    '新任总理乔治亚·梅洛尼（Giorgia Meloni）',
    '新闻发布会现场（左）',
    '（记者李某报导/责任编辑：王某）',
    '没有括号的图说',
  ])('keeps a note that is not a photo credit in the caption: %s', (text) => {
    expect(splitCredit(text)).toEqual({ caption: text, credit: null });
  });
});

describe('what is not a figure', () => {
  it('skips images in clutter blocks and decoration anywhere', () => {
    const classified = classifyMarked(
      [
        `<div data-block="promo" dir="auto"><a href="https://example.org/promo">${githubImage('https://example.org/promo-banner.jpg')}</a></div>`,
        `<div data-block="body" dir="auto"><p dir="auto">正文。</p>`,
        `${githubImage('https://example.org/spacer.gif', 'width="1" height="1"')}`,
        `<a target="_blank" rel="noopener noreferrer" href="/owner/repo/blob/master/kzgd/ad/join_membership_728x90.jpg"><img src="/owner/repo/raw/master/kzgd/ad/join_membership_728x90.jpg" width="100%" style="max-width: 100%;"></a>`,
        `<a target="_blank" rel="noopener noreferrer" href="/owner/repo/blob/master/2017/ad2017/dn3004.jpg"><img src="/owner/repo/raw/master/2017/ad2017/dn3004.jpg" style="max-width: 100%;"></a>`,
        `<img src="https://github.githubassets.com/images/icons/emoji/unicode/1f4a5.png" alt=":boom:" style="max-width: 100%;">`,
        `<img src="javascript:alert(1)" alt="x">`,
        `<p dir="auto">${githubImage(PHOTO)}</p></div>`,
        `<div data-block="share">手机上长按并复制下列链接或二维码分享本文章：<br><a href="https://github.com/o/r/blob/master/pages/c/1.md"><img src="https://github.com/o/r/blob/master/pages/c/1.md.png" style="max-width: 100%;"></a></div>`,
        `<p data-block="pixel" dir="auto">${githubImage('http://tracker.example/pages/c/1.md', 'width="0px" height="0px"')}</p>`,
        `<p dir="auto">${githubImage('https://example.org/unclassified.jpg')}</p>`,
      ].join('\n'),
    );
    expect(extractFigures(classified).map((figure) => figure.src)).toEqual([PHOTO]);
  });

  it('keeps a wrongly placed QR code or pixel out even inside the body', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">正文。</p><img src="https://cdn.jsdelivr.net/gh/o/r/pages/c/1.md.png"><img src="${camo('http://t.example/p.md')}" data-canonical-src="http://t.example/p.md" width="0px" height="0px"></div>`,
    );
    expect(extractFigures(classified)).toEqual([]);
  });
});

describe('image sources', () => {
  it('keeps repo-relative, unproxied, data and source-less images with usable URLs', () => {
    const inline = 'data:image/png;base64,iVBORw0KGgo=';
    const classified = classifyMarked(
      `<div data-block="body" dir="auto">` +
        `<p dir="auto"><a target="_blank" rel="noopener noreferrer" href="/o/r/blob/master/img/a.jpg"><img src="/o/r/raw/master/img/a.jpg" style="max-width: 100%;"></a></p>` +
        `<p dir="auto"><a href="https://raw.githubusercontent.com/o/r/master/b.png"><img src="https://raw.githubusercontent.com/o/r/master/b.png"></a></p>` +
        `<p dir="auto"><img src="${inline}"></p>` +
        `<p dir="auto"><img alt="" style="max-width: 100%;"></p>` +
        `</div>`,
    );
    expect(extractFigures(classified).map((figure) => [figure.src, figure.displaySrc])).toEqual([
      ['https://github.com/o/r/raw/master/img/a.jpg', 'https://github.com/o/r/raw/master/img/a.jpg'],
      ['https://raw.githubusercontent.com/o/r/master/b.png', 'https://raw.githubusercontent.com/o/r/master/b.png'],
      ['data:', 'data:'],
      ['data:', 'data:'],
    ]);
  });

  it('lists figures in reading order with lead only for the lead block', () => {
    const classified = classifyMarked(
      `<div data-block="lead" dir="auto">${githubImage(PHOTO)}</div><hr><div data-block="body" dir="auto"><p dir="auto">正文。</p>${githubImage(PHOTO_2)}<br>第二张。（网络图片）<br>${githubImage(PHOTO)}</div>`,
    );
    expect(extractFigures(classified).map((figure) => [figure.src, figure.lead])).toEqual([
      [PHOTO, true],
      [PHOTO_2, false],
      [PHOTO, false],
    ]);
  });
});
