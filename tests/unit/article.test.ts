import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import { EXTRACTOR, extractArticle, mirrorFromUrl } from '../../src/core/extract/article.ts';
import { bodyParagraphs, bodyText } from '../../src/core/extract/body.ts';
import { classifyMarked, githubImage } from '../fixtures/extract/marked.ts';

const URL_OF_PAGE = 'https://github.com/example-owner/example-news/blob/master/pages/nsc418/n100.md';
const NOW = new Date('2026-01-02T03:04:05.000Z');

const ARTICLE = [
  `<div data-block="title" class="markdown-heading" dir="auto"><h3 tabindex="-1" class="heading-element" dir="auto">  某市\u00a0举行&nbsp;市民集会  </h3><a class="anchor" href="#x"><svg></svg></a></div>`,
  `<hr data-block="separator">`,
  `<div data-block="lead" dir="auto">${githubImage('https://img.example-news.com/lead.jpg', 'alt="集会"')}\n<div dir="auto">\n 市民在广场集会。（王某／大纪元）\n</div></div>`,
  `<div data-block="promo" class="markdown-heading" dir="auto"><h4>💥 推广链接</h4></div>`,
  `<div data-block="body" dir="auto"><p dir="auto">\n 【大纪元2021年05月20日讯】（大纪元记者林紫云报导）5月19日，\n 市民\n 在广场集会。\n</p>`,
  `<p dir="auto">第二段，市长张大同出席并讲话。</p>`,
  `<p data-block="editor" dir="auto">责任编辑：李明#</p></div>`,
  `<div data-block="share">手机上长按并复制下列链接或二维码分享本文章：<br>${URL_OF_PAGE}</div>`,
  `<p data-block="original-url" dir="auto">原文地址（需翻墙访问）：https://www.epochtimes.com/gb/21/5/20/n100.htm</p>`,
].join('\n');

describe('extractArticle', () => {
  const article = extractArticle(classifyMarked(ARTICLE), URL_OF_PAGE, NOW);

  it('produces a valid Article v1', () => {
    expect(articleSchemaErrors(article)).toEqual([]);
    expect(article.schemaVersion).toBe(1);
    expect(article.url).toBe(URL_OF_PAGE);
    expect(article.extractedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('reports the extractor version of package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(article.extractor).toEqual({ name: 'mirror-reader', version: manifest.version });
    expect(EXTRACTOR.version).toBe(manifest.version);
  });

  it('reads the title with NBSP and a literal &nbsp; as single spaces, trimmed', () => {
    expect(article.title).toBe('某市 举行 市民集会');
  });

  it('takes the dateline, its date, the editor and the original URL from their blocks', () => {
    expect(article.dateline).toMatchObject({ outlet: '大纪元', date: '2021-05-20', reporters: ['林紫云'] });
    expect(article.date).toBe('2021-05-20');
    expect(article.editor).toBe('李明');
    expect(article.originalUrl).toBe('https://www.epochtimes.com/gb/21/5/20/n100.htm');
  });

  it('cuts the dateline from the first paragraph and counts the body characters', () => {
    expect(article.body.paragraphs).toEqual(['5月19日，市民在广场集会。', '第二段，市长张大同出席并讲话。', '责任编辑：李明#']);
    expect(article.body.characters).toBe(article.body.paragraphs.join('').length);
  });

  it('never lists the dateline reporter or the editor as people mentioned', () => {
    const names = article.people.flatMap((person) => [person.name, ...person.aliases]);
    expect(names).not.toContain('林紫云');
    expect(names).not.toContain('李明');
  });

  it('exports the lead figure and keeps clutter out of the body', () => {
    expect(article.figures).toEqual([
      expect.objectContaining({ src: 'https://img.example-news.com/lead.jpg', caption: '市民在广场集会。', credit: '王某／大纪元', lead: true }),
    ]);
    expect(article.body.paragraphs.join('')).not.toContain('推广链接');
    expect(article.body.paragraphs.join('')).not.toContain('手机上长按');
  });

  it('falls back to the date in the original URL when there is no dateline', () => {
    const withoutDateline = ARTICLE.replace('【大纪元2021年05月20日讯】（大纪元记者林紫云报导）', '');
    const result = extractArticle(classifyMarked(withoutDateline), URL_OF_PAGE, NOW);
    expect(result.dateline).toBeNull();
    expect(result.date).toBe('2021-05-20');
    expect(articleSchemaErrors(result)).toEqual([]);
  });
});

describe('mirrorFromUrl', () => {
  it.each([
    [URL_OF_PAGE, { repo: 'example-owner/example-news', ref: 'master', path: 'pages/nsc418/n100.md' }],
    ['https://github.com/o/r/blob/main/pages/%E4%B8%AD/a.md?plain=0#top', { repo: 'o/r', ref: 'main', path: 'pages/中/a.md' }],
    ['https://github.com/o/r', { repo: 'o/r', ref: 'HEAD', path: 'README.md' }],
    ['https://github.com/o/r/tree/dev', { repo: 'o/r', ref: 'dev', path: 'README.md' }],
    ['https://github.com/o/r/issues/1', null],
    ['https://example.org/o/r/blob/master/a.md', null],
    ['file:///tmp/a.md', null],
    ['not a url', null],
  ])('%s', (url, expected) => {
    expect(mirrorFromUrl(url)).toEqual(expected);
  });
});

describe('bodyParagraphs', () => {
  it('splits at blocks and line breaks, joins loose inline runs, and skips nested clutter and empty lines', () => {
    const classified = classifyMarked(
      `<div data-block="body" dir="auto">开头的裸文字\n<span>接着</span>同一行<br>第二行<p dir="auto"> </p>` +
        `<div data-block="promo" class="markdown-heading" dir="auto"><h4>🔥 注入的推广</h4></div>` +
        `<p dir="auto">外层<p dir="auto">嵌套的段落</p>外层尾巴</p></div>`,
    );
    expect(bodyParagraphs(classified)).toEqual(['开头的裸文字接着同一行', '第二行', '外层', '嵌套的段落', '外层尾巴']);
  });

  it('reads blocks in document order whatever order the classifier lists them in', () => {
    const classified = classifyMarked(`<p data-block="body">第一段</p><p data-block="body">第二段</p><p data-block="editor">责任编辑：某</p>`);
    classified.blocks.reverse();
    expect(bodyParagraphs(classified)).toEqual(['第一段', '第二段', '责任编辑：某']);
  });

  it('keeps the short runs a stripped tag link (or two tags around them) left on a line of their own inside running text', () => {
    // As GitHub serves `前部长<ok href="/term/1">\n 邵光远\n</ok>老家`: the tag is gone, its line breaks stay.
    const classified = classifyMarked(
      `<div data-block="body" dir="auto"><p dir="auto">\n 前部长\n \n  邵光远\n \n 老家在\n <strong>\n  江城\n </strong>\n 。\n</p>` +
        `<p dir="auto">\n 小标题\n</p><p dir="auto">\n 同一行的邵光远\n</p></div>`,
    );
    expect(bodyText(classified, new Set())).toEqual({
      paragraphs: ['前部长邵光远老家在江城。', '小标题', '同一行的邵光远'],
      taggedTerms: ['邵光远', '老家在', '江城'],
    });
  });

  it('survives nesting deeper than the call stack would allow', () => {
    const depth = 20_000;
    const classified = classifyMarked(`<div data-block="body">${'<div>'.repeat(depth)}深处的文字${'</div>'.repeat(depth)}</div>`);
    expect(bodyParagraphs(classified)).toEqual(['深处的文字']);
  });
});
