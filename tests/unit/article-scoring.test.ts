/** The corpus scores follow ../shared/docs/article-json.md to the letter; these pin the rules down. */
import { describe, expect, it } from 'vitest';
import { checkClean, scoreResults, type GoldLabel } from '../../scripts/lib/score.ts';
import type { Article, Figure } from '../../src/core/types.ts';
import { classifyMarked } from '../fixtures/extract/marked.ts';

function article(fields: Partial<Article>): Article {
  return {
    schemaVersion: 1,
    url: 'https://github.com/o/r/blob/master/pages/c/1.md',
    mirror: null,
    title: '',
    date: null,
    dateline: null,
    editor: null,
    originalUrl: null,
    people: [],
    figures: [],
    body: { paragraphs: [], characters: 0 },
    extractor: { name: 'mirror-reader', version: '0.1.0' },
    extractedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

function figure(src: string, caption: string | null, lead = false): Figure {
  return { src, displaySrc: src, caption, credit: null, alt: null, lead };
}

const gold = (fields: Partial<GoldLabel>): GoldLabel => ({ file: 'articles/x/1.md', isArticle: true, kind: 'article', ...fields });

describe('scoreResults', () => {
  it('compares text after NFKC, whitespace removal, one middle dot and Latin case folding', () => {
    const scores = scoreResults([
      {
        gold: gold({ title: '安东尼‧布林肯 会见 ＡＢＣ', editor: '高义、高静', date: '2021-05-20', originalUrl: 'https://Example.org/A' }),
        article: article({ title: '安东尼·布林肯会见abc', editor: '高义、高静', date: '2021-05-20', originalUrl: 'https://example.org/a' }),
        clean: null,
      },
      { gold: gold({ title: '乔治亚.梅洛尼', editor: null }), article: article({ title: '乔治亚・梅洛尼', editor: '某某' }), clean: null },
    ]);
    expect(scores.title.right).toBe(2);
    expect(scores.editor).toMatchObject({ right: 1, total: 2 });
    expect(scores.date).toMatchObject({ right: 2, total: 2 });
    expect(scores.originalUrl).toMatchObject({ right: 2, total: 2 });
  });

  it('scores detection over articles and negatives, counting false positives', () => {
    const scores = scoreResults([
      { gold: gold({}), article: null, clean: null },
      { gold: gold({ file: 'negatives/a.md', isArticle: false, kind: 'other' }), article: article({}), clean: null },
      { gold: gold({ file: 'negatives/b.md', isArticle: false, kind: 'other' }), article: null, clean: null },
    ]);
    expect(scores.detection.articles).toMatchObject({ right: 0, total: 1 });
    expect(scores.detection.negatives).toMatchObject({ right: 1, total: 2 });
    expect(scores.detection.falsePositives).toBe(1);
    expect(scores.title).toMatchObject({ right: 0, total: 1 });
  });

  it('matches outlets by containment either way and reporters as sets', () => {
    const dateline = (outlet: string | null, reporters: string[]) => ({ text: '【】', outlet, date: null, time: null, place: null, reporters });
    const scores = scoreResults([
      { gold: gold({ dateline: { text: '', outlet: '明慧网', place: null, reporters: ['甲', '乙'] } }), article: article({ dateline: dateline('明慧', ['乙', '甲']) }), clean: null },
      { gold: gold({ dateline: { text: '', outlet: '大纪元', place: null, reporters: [] } }), article: article({ dateline: dateline('新唐人', ['丙']) }), clean: null },
      { gold: gold({ dateline: null }), article: article({ dateline: null }), clean: null },
    ]);
    expect(scores.outlet).toMatchObject({ right: 2, total: 3 });
    expect(scores.reporters).toMatchObject({ right: 2, total: 3 });
  });

  it('matches figures one to one by src (gold written as in the Markdown), and checks caption containment', () => {
    const scores = scoreResults([
      {
        gold: gold({
          figures: [
            { src: '//s3.example.net/r/?m=02&amp;d=1', lead: false, caption: '图一。', credit: 'REUTERS/X' },
            { src: 'https://a/1.jpg', lead: true, caption: null, credit: null },
            { src: 'https://a/1.jpg', lead: false, caption: '同一张图', credit: null },
            { src: 'https://a/missing.jpg', lead: false, caption: null, credit: null },
          ],
        }),
        article: article({
          figures: [figure('https://a/1.jpg', null, true), figure('//s3.example.net/r/?m=02&d=1', '资料图片：图 一。'), figure('https://a/1.jpg', '另一段'), figure('https://a/extra.jpg', null)],
        }),
        clean: null,
      },
    ]);
    expect(scores.figures).toMatchObject({ matched: 3, predicted: 4, gold: 4, precision: 0.75, recall: 0.75 });
    expect(scores.figures.countExact).toMatchObject({ right: 1, total: 1 });
    expect(scores.figures.captions).toMatchObject({ right: 2, total: 3 });
  });
});

describe('checkClean', () => {
  it('calls a string shown when a run outside clutter holds it, hidden when every run holding it is clutter', () => {
    const classified = classifyMarked(
      `<div data-block="nav"><h4><a>首页</a> | <a>热点推荐</a></h4></div><div data-block="body"><p>正文 第一段 内容</p><p>热点推荐在正文里也出现</p></div><div data-block="share">手机上长按并复制下列链接或二维码分享本文章：</div>`,
    );
    const labels = gold({ mustShow: ['正文第一段内容', '不存在的文字'], mustHide: ['手机上长按并复制', '热点推荐'] });
    expect(checkClean(classified, labels)).toEqual({ mustShow: [true, false], mustHide: [true, false] });
    // A page that is not detected is not cleaned: everything on it stays visible.
    expect(checkClean(null, labels)).toEqual({ mustShow: [true, true], mustHide: [false, false] });
  });
});
