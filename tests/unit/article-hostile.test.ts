/** Pages built to hurt: every export must stay valid against the schema, and extraction must stay fast. */
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../scripts/lib/pipeline.ts';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import { extractArticle } from '../../src/core/extract/article.ts';
import { extractFigures } from '../../src/core/extract/figures.ts';
import { classifyMarked, githubImage } from '../fixtures/extract/marked.ts';

const PAGE_URL = 'https://github.com/o/r/blob/master/pages/nsc418/n1.md';

function mirrorPage(body: string, lead = ''): string {
  return [
    '### 测试标题',
    '------------------------',
    '',
    '#### [首页](https://github.com/gfw-breaker/banned-news3/blob/master/README.md) &nbsp;&nbsp;|&nbsp;&nbsp; [一键翻墙软件](https://github.com/gfw-breaker/nogfw/blob/master/README.md)',
    '',
    lead,
    '',
    `<div>${body}</div>`,
    '<hr/>',
    '手机上长按并复制下列链接或二维码分享本文章：<br/>',
    `${PAGE_URL} <br/>`,
    '原文地址（需翻墙访问）：https://www.epochtimes.com/gb/21/5/20/n1.htm',
  ].join('\n');
}

describe('hostile pages', () => {
  it('extracts 5,000 figures in reading order, quickly', () => {
    // Built as GitHub renders it and classified by hand, so that only extraction is timed.
    const figures = Array.from(
      { length: 5000 },
      (_, index) => `<p dir="auto">第${index}段。</p>\n${githubImage(`https://img.example.com/${index}.jpg`)}\n<br>\n图${index}。（网络图片）\n<br>\n<br>`,
    ).join('\n');
    const classified = classifyMarked(
      `<div data-block="title" class="markdown-heading"><h3>五千张图</h3></div><div data-block="body" dir="auto"><p dir="auto">【大纪元2021年05月20日讯】开头。</p>\n${figures}</div>`,
    );
    const started = performance.now();
    const article = extractArticle(classified, PAGE_URL);
    const elapsed = performance.now() - started;
    expect(article.figures).toHaveLength(5000);
    expect(article.figures[4999]).toMatchObject({ src: 'https://img.example.com/4999.jpg', caption: '图4999。', credit: '网络图片' });
    expect(article.body.paragraphs).toHaveLength(5001);
    expect(articleSchemaErrors(article)).toEqual([]);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('reads 20,000 tagged names after a 400,000-space indent, quickly', () => {
    // Minghui-like: a huge whitespace run opens the paragraph, then one stripped tag per line.
    const [middle, last] = ['明华强伟平', '军林杰涛斌超波辉鹏刚勇峰磊敏宁泉松柏桥楠'];
    const name = (index: number) => `邵${middle[index % 5]}${last[Math.floor(index / 5) % 20]}`;
    const lines = Array.from({ length: 20_000 }, (_, index) => `\n 学员\n ${name(index)}\n 说`).join('');
    const classified = classifyMarked(
      `<div data-block="title" class="markdown-heading"><h3>名单</h3></div><div data-block="body" dir="auto"><p dir="auto">${' '.repeat(400_000)}开头${lines}。</p></div>`,
    );
    const started = performance.now();
    const article = extractArticle(classified, PAGE_URL);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.body.paragraphs).toHaveLength(1);
    expect(article.people.length).toBeGreaterThan(90);
  });

  it('never exports a script URL; inline data images become "data:"', () => {
    const body = [
      '<p>正文。</p>',
      '<p><img src="javascript:alert(1)"/></p>',
      '<p><img src="vbscript:msgbox(1)"/></p>',
      '<p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></p>',
      '<p><img src=" JaVaScRiPt:alert(1)" alt="x"/></p>',
    ].join('\n');
    const { article } = extractMarkdown(mirrorPage(body), PAGE_URL);
    expect(article).not.toBeNull();
    expect(articleSchemaErrors(article)).toEqual([]);
    for (const figure of article?.figures ?? []) {
      expect(figure.src).toMatch(/^(data:|https?:\/\/)/);
      expect(figure.displaySrc).toMatch(/^(data:|https?:\/\/)/);
    }
  });

  it('skips script URLs that reach the DOM unsanitised', () => {
    const classified = classifyMarked(
      `<div data-block="body"><p>正文。</p><img src="javascript:alert(1)"><img src="jAvAsCrIpT:alert(1)" data-canonical-src="javascript:alert(2)"><img data-canonical-src="https://img.example.com/a.jpg" src="javascript:alert(3)"></div>`,
    );
    expect(extractFigures(classified)).toEqual([]);
  });

  it('keeps markup-looking caption text as plain text', () => {
    const body = `<p>正文。</p>\n<figure><img src="https://img.example.com/x.jpg"/><br/><figcaption>&lt;img src=x onerror=alert(1)&gt; 标题&lt;/figcaption&gt;（网络图片）</figcaption></figure>`;
    const { article } = extractMarkdown(mirrorPage(body), PAGE_URL);
    expect(article?.figures[0]?.caption).toBe('<img src=x onerror=alert(1)>标题</figcaption>');
    expect(article?.figures[0]?.credit).toBe('网络图片');
    expect(articleSchemaErrors(article)).toEqual([]);
  });

  it('does not take a page of text after an image as its caption', () => {
    const classified = classifyMarked(`<div data-block="body">${githubImage('https://img.example.com/a.jpg')}<br>${'很长的正文。'.repeat(2000)}</div>`);
    expect(extractFigures(classified)[0]?.caption).toBeNull();
  });

  it.each([
    ['an empty file', ''],
    ['a title with no rule under it', '### 只有标题\n'],
    ['a title and its rule only', '### 只有标题\n------------------------\n'],
  ])('finds no article in %s', (_name, markdown) => {
    expect(extractMarkdown(markdown, PAGE_URL).article).toBeNull();
  });

  it.each([
    ['an empty title', '### \n------------------------\n\n<div><p>正文。</p></div>\n原文地址（需翻墙访问）：https://example.org/a.htm'],
    ['a body cut off inside a name', '### 截断\n------------------------\n\n<div><p>\n 【大纪元2021年05月20日讯】开头\n <ok href="x">\n  艾伦‧\n\n原文地址（需翻墙访问）：https://example.org/a.htm'],
    ['unbalanced closing tags', '### 乱\n------------------------\n\n</div></p></figure><div><p>正文</p></div></div></div>\n原文地址（需翻墙访问）：https://example.org/a.htm'],
    ['a file cut off inside the pixel tag', `### 截断\n------------------------\n\n<div><p>正文。</p><img alt="x" src="https://img.example.com/a.jpg"/></div>\n原文地址（需翻墙访问）：https://example.org/a.htm\n\n<img src='http://gfw-breaker.win/banned-news3/pages/nsc418/n1`],
  ])('exports a valid article from %s', (_name, markdown) => {
    const { article } = extractMarkdown(markdown, PAGE_URL);
    expect(article).not.toBeNull();
    expect(articleSchemaErrors(article)).toEqual([]);
    expect(article?.body.characters).toBe(article?.body.paragraphs.join('').length);
  });
});
