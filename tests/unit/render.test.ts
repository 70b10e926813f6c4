import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom.ts';
import {
  camoUrl,
  corpusFileUrl,
  markdownToHtml,
  parseGitHubUrl,
  renderArticleHtml,
  renderGitHubPage,
  type RepoFile,
} from '../../scripts/lib/github-render.ts';

const FILE: RepoFile = { owner: 'example-org', repo: 'mirror', ref: 'master', path: 'pages/nsc418/n900001.md' };
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/render/mirror-article.md'), 'utf8');

/** The rendered `article.markdown-body`, in a linkedom document. */
function render(markdown: string, file: RepoFile = FILE): Element {
  const html = renderArticleHtml(markdown, file);
  const article = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelector('article');
  if (article === null) throw new Error(`no <article> in ${html}`);
  return article;
}

function attributes(element: Element | null | undefined): Record<string, string> {
  if (!element) throw new Error('element not found');
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

const hex = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

describe('renderArticleHtml: the article element', () => {
  it('is GitHub’s article.markdown-body with its itemprop', () => {
    const html = renderArticleHtml('hello', FILE);
    expect(html).toMatch(/^<article class="markdown-body entry-content container-lg" itemprop="text">/);
    expect(html).toMatch(/<\/article>$/);
  });
});

describe('GFM tag filter', () => {
  it('shows disallowed tags as text instead of parsing them', () => {
    const article = render('<script>alert(1)</script>\n\ntext <style>p{}</style> and <iframe src="x"></iframe>\n\n<textarea>t</textarea>');
    expect(article.querySelector('script, style, iframe, textarea')).toBeNull();
    expect(article.textContent).toContain('<script>alert(1)</script>');
    expect(article.textContent).toContain('<style>p{}</style>');
    expect(article.textContent).toContain('<iframe src="x"></iframe>');
    expect(article.textContent).toContain('<textarea>t</textarea>');
  });
});

describe('sanitisation', () => {
  it('strips class, style, role, data-* and event handlers', () => {
    const article = render('<div class="x" style="color:red" role="note" data-id="1" onclick="evil()"><p class="lead" style="margin:0">text</p></div>');
    expect(attributes(article.querySelector('div'))).toEqual({ dir: 'auto' });
    expect(attributes(article.querySelector('p'))).toEqual({ dir: 'auto' });
  });

  it('unwraps figure and figcaption, keeping the link, the image and the caption text in place', () => {
    const article = render(
      '<figure class="wp-caption" id="a" style="width:450px"><a href="http://img.example.com/big.jpg"><img class="c" src="http://img.example.com/small.jpg" width="450" height="304"></a><figcaption class="wp-caption-text">Caption</figcaption></figure>',
    );
    expect(article.querySelector('figure, figcaption')).toBeNull();
    expect(article.querySelector('#user-content-a')).toBeNull();
    const link = article.querySelector('a');
    expect(link?.parentElement).toBe(article);
    expect(link?.nextSibling?.textContent).toBe('Caption');
    expect(attributes(link)).toEqual({ href: 'http://img.example.com/big.jpg', rel: 'nofollow' });
  });

  it('unwraps unknown elements such as <ok href> and keeps their text without a <p>', () => {
    const article = render('<ok href="https://www.example.com/tag/x.html">\n 标签\n</ok>\n继续');
    expect(article.querySelector('ok, [href]')).toBeNull();
    expect(article.querySelector('p')).toBeNull();
    expect(article.textContent).toContain('标签');
    expect(article.textContent).toContain('继续');
  });

  it('keeps allowed elements but drops attributes that are not allowed on them', () => {
    const article = render('<span href="x" title="t" aria-label="no">a</span> <details open><summary aria-label="s">more</summary>body</details>');
    expect(attributes(article.querySelector('span'))).toEqual({ title: 't' });
    expect(attributes(article.querySelector('details'))).toEqual({ open: '' });
    expect(attributes(article.querySelector('summary'))).toEqual({ 'aria-label': 's' });
  });

  it('removes comments and raw <input> elements', () => {
    const article = render('<div>本文短网址: <input value="http://short.example/x"/> 版权所有<!-- zoomattribute --></div>');
    expect(article.querySelector('input')).toBeNull();
    expect(article.innerHTML).not.toContain('zoomattribute');
    expect(article.textContent).toContain('本文短网址:  版权所有');
  });

  it('prefixes id, name and aria-labelledby with user-content-, leaving in-page links alone', () => {
    const article = render('<div id="y"><a name="foo" href="#foo">x</a><dl aria-labelledby="z"></dl></div>');
    expect(article.querySelector('div')?.id).toBe('user-content-y');
    expect(attributes(article.querySelector('a'))).toEqual({ name: 'user-content-foo', href: '#foo' });
    expect(article.querySelector('dl')?.getAttribute('aria-labelledby')).toBe('user-content-z');
  });

  it('drops non-http(s) image sources such as data: URIs (GitHub shows a broken image)', () => {
    const article = render('<img alt="inline" src="data:image/jpeg;base64,/9j/4AAQ">');
    const image = article.querySelector('img');
    expect(attributes(image)).toEqual({ alt: 'inline', style: 'max-width: 100%;' });
    expect(image?.parentElement).toBe(article);
  });

  it('drops javascript: links but keeps the link text', () => {
    const article = render('[click](javascript:alert(1)) <a href="javascript:alert(2)">raw</a>');
    expect(article.querySelector('[href]')).toBeNull();
    expect(article.textContent).toContain('click');
  });
});

describe('dir="auto"', () => {
  it('is added to p, ul, ol, blockquote and div, not to li, table or span', () => {
    const article = render('para\n\n- a\n\n1. b\n\n> q\n\n<div><span>s</span></div>\n\n| h |\n| - |\n| c |');
    for (const selector of ['p', 'ul', 'ol', 'blockquote', 'div:not(.markdown-heading)']) {
      expect(article.querySelector(selector)?.getAttribute('dir'), selector).toBe('auto');
    }
    for (const selector of ['li', 'table', 'span']) expect(article.querySelector(selector)?.hasAttribute('dir'), selector).toBe(false);
  });

  it('leaves an author’s dir as it is', () => {
    expect(render('<p dir="rtl">x</p>').querySelector('p')?.getAttribute('dir')).toBe('rtl');
  });
});

describe('headings', () => {
  it('wraps each heading in div.markdown-heading with a permalink anchor named by its slug', () => {
    const article = render('### 【快讯】约翰逊退出竞选 & More');
    const wrapper = article.firstElementChild;
    expect(attributes(wrapper)).toEqual({ class: 'markdown-heading', dir: 'auto' });
    const heading = wrapper?.firstElementChild;
    expect(heading?.tagName).toBe('H3');
    expect(attributes(heading)).toEqual({ tabindex: '-1', class: 'heading-element', dir: 'auto' });
    const anchor = heading?.nextElementSibling;
    expect(attributes(anchor)).toEqual({
      id: 'user-content-快讯约翰逊退出竞选--more',
      class: 'anchor',
      'aria-label': 'Permalink: 【快讯】约翰逊退出竞选 & More',
      href: '#快讯约翰逊退出竞选--more',
    });
    expect(anchor?.querySelector('svg.octicon.octicon-link[aria-hidden="true"] path')).not.toBeNull();
  });

  it('numbers duplicate slugs within one document', () => {
    const anchors = [...render('#### [首页](/a)\n\n#### 首页\n\n<h4>首页</h4>').querySelectorAll('a.anchor')];
    expect(anchors.map((anchor) => anchor.getAttribute('href'))).toEqual(['#首页', '#首页-1', '#首页-2']);
  });

  it('wraps raw HTML headings too, keeping the author’s attributes first', () => {
    const heading = render('<h2 align="center" id="top">Top</h2>').querySelector('h2');
    expect(heading?.parentElement?.className).toBe('markdown-heading');
    expect(Object.keys(attributes(heading))).toEqual(['align', 'id', 'tabindex', 'class', 'dir']);
    expect(heading?.id).toBe('user-content-top');
  });

  it('gives an empty heading no anchor', () => {
    const article = render('### \n------------------------\n\ntext');
    expect(article.firstElementChild?.outerHTML).toBe('<h3 dir="auto"></h3>');
    expect(article.querySelector('hr')).not.toBeNull();
  });

  it('turns an ATX title followed by a dash line into a heading and a rule', () => {
    const article = render('### Title\n------------------------\n');
    expect(article.firstElementChild?.matches('div.markdown-heading')).toBe(true);
    expect(article.firstElementChild?.nextElementSibling?.tagName).toBe('HR');
  });
});

describe('links', () => {
  const hrefOf = (markdown: string): string | null => render(markdown).querySelector('a:not(.anchor)')?.getAttribute('href') ?? null;

  it('resolves relative links against the file’s directory in the blob view, keeping the query', () => {
    expect(hrefOf('[首页](../../README.md?n900001)')).toBe('/example-org/mirror/blob/master/README.md?n900001');
    expect(hrefOf('[x](other.md#part)')).toBe('/example-org/mirror/blob/master/pages/nsc418/other.md#part');
  });

  it('lets ../ climb out of the repository like a browser resolving the blob URL', () => {
    expect(hrefOf('[基本常识](../../../../../basic/blob/master/README.md?n1)')).toBe('/example-org/basic/blob/master/README.md?n1');
  });

  it('resolves root-relative links from the repository root and empty links to the directory', () => {
    expect(hrefOf('<a href="/docs/a.md">x</a>')).toBe('/example-org/mirror/blob/master/docs/a.md');
    expect(hrefOf('<a href="">x</a>')).toBe('/example-org/mirror/blob/master/pages/nsc418');
  });

  it('leaves #fragment links unchanged', () => {
    expect(hrefOf('[up](#top)')).toBe('#top');
  });

  it('adds rel="nofollow" to external links only', () => {
    const article = render('[a](https://www.example.com/x) [b](https://github.com/o/r) [c](http://docs.github.com/) <a href="//cdn.example.net/x">d</a> https://bare.example.org/y');
    const rels = [...article.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('rel')]);
    expect(rels).toEqual([
      ['a', 'nofollow'],
      ['b', null],
      ['c', null],
      ['d', 'nofollow'],
      ['https://bare.example.org/y', 'nofollow'],
    ]);
  });
});

describe('images', () => {
  it('proxies external images through camo, keeps the original in data-canonical-src and links the camo URL', () => {
    const source = 'https://img.example.com/a.jpg';
    const article = render(`<div><img alt="lead" class="wp" src="${source}"/></div>`);
    const image = article.querySelector('img');
    expect(attributes(image)).toEqual({ alt: 'lead', src: camoUrl(source), 'data-canonical-src': source, style: 'max-width: 100%;' });
    expect(attributes(image?.parentElement)).toEqual({ target: '_blank', rel: 'noopener noreferrer nofollow', href: camoUrl(source) });
  });

  it('does not wrap an image that is already inside a link', () => {
    const article = render("<a href='https://github.com/o/r/blob/master/x.md'><img src='https://cdn.example.net/qr.png'/></a>");
    const image = article.querySelector('img');
    expect(image?.parentElement?.getAttribute('href')).toBe('https://github.com/o/r/blob/master/x.md');
    expect(article.querySelectorAll('a')).toHaveLength(1);
  });

  it('keeps the tracking pixel’s width and height verbatim and caps the height in style', () => {
    const image = render("<img src='http://pixel.example.net/n1.md' width='0px' height='0px'/>").querySelector('img');
    expect(attributes(image)).toMatchObject({ width: '0px', height: '0px', 'data-canonical-src': 'http://pixel.example.net/n1.md' });
    expect(image?.getAttribute('style')).toBe('max-width: 100%; height: auto; max-height: 0px;');
  });

  it('serves relative images from /raw/ and links them to /blob/', () => {
    const article = render('![chart](img/chart.png)');
    expect(attributes(article.querySelector('img'))).toEqual({ src: '/example-org/mirror/raw/master/pages/nsc418/img/chart.png', alt: 'chart', style: 'max-width: 100%;' });
    expect(attributes(article.querySelector('img')?.parentElement)).toEqual({
      target: '_blank',
      rel: 'noopener noreferrer',
      href: '/example-org/mirror/blob/master/pages/nsc418/img/chart.png',
    });
  });

  it('proxies protocol-relative images and leaves GitHub-hosted ones unproxied', () => {
    const article = render('<img src="//s4.example.net/r.jpg"> <img src="https://raw.githubusercontent.com/o/r/main/a.png">');
    const [relative, raw] = [...article.querySelectorAll('img')];
    expect(relative?.getAttribute('data-canonical-src')).toBe('//s4.example.net/r.jpg');
    expect(relative?.getAttribute('src')).toBe(camoUrl('//s4.example.net/r.jpg'));
    expect(raw?.getAttribute('src')).toBe('https://raw.githubusercontent.com/o/r/main/a.png');
    expect(raw?.hasAttribute('data-canonical-src')).toBe(false);
  });
});

describe('camoUrl', () => {
  it('is camo.githubusercontent.com/<64 hex digest>/<hex of the URL>, deterministic and distinct per URL', () => {
    const url = 'https://img.shields.io/badge/x.svg';
    expect(camoUrl(url)).toMatch(new RegExp(`^https://camo\\.githubusercontent\\.com/[0-9a-f]{64}/${hex(url)}$`));
    expect(camoUrl(url)).toBe(camoUrl(url));
    expect(camoUrl(url).split('/')[3]).not.toBe(camoUrl(`${url}?v=2`).split('/')[3]);
  });
});

describe('tables and code', () => {
  it('wraps tables in markdown-accessiblity-table', () => {
    const table = render('| a | b |\n| :- | -: |\n| 1 | 2 |').querySelector('table');
    expect(table?.parentElement?.tagName).toBe('MARKDOWN-ACCESSIBLITY-TABLE');
    expect(table?.parentElement?.getAttribute('data-catalyst')).toBe('');
    expect(table?.querySelector('td[align="right"]')?.textContent).toBe('2');
  });

  it('gives indented and fenced code GitHub’s two wrappers', () => {
    const article = render('    <p>indented</p>\n\n```js\nlet a = 1;\n```\n');
    const plain = article.querySelector('div.snippet-clipboard-content');
    expect(plain?.getAttribute('data-snippet-clipboard-copy-content')).toBe('<p>indented</p>');
    expect(plain?.querySelector('pre.notranslate > code')?.textContent).toBe('<p>indented</p>\n');
    const highlighted = article.querySelector('div.highlight.highlight-source-js');
    expect(highlighted?.getAttribute('dir')).toBe('auto');
    expect(highlighted?.querySelector('pre')?.textContent).toBe('let a = 1;\n');
  });
});

describe('a whole mirrored article (tests/fixtures/render/mirror-article.md)', () => {
  const article = render(FIXTURE);

  it('starts with the title heading, then the rule and the nav row', () => {
    expect(article.firstElementChild?.querySelector('h3')?.textContent).toBe('【快讯】示例城市举行春季花展');
    expect(article.firstElementChild?.nextElementSibling?.tagName).toBe('HR');
    const nav = [...article.querySelectorAll('h4')][0];
    expect([...(nav?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'))).toEqual([
      '/example-org/mirror/blob/master/README.md?n900001',
      '/example-org/mirror/blob/master/indexes/E%E5%9B%BD%E9%99%85%E6%96%B0%E9%97%BB.md?n900001',
      '/example-org/basic/blob/master/README.md?n900001',
      'https://github.com/example-org/guides/blob/master/README.md?n900001',
    ]);
    expect(nav?.textContent).toContain('\u00a0\u00a0|\u00a0\u00a0');
  });

  it('leaves the share block as loose text, <br>s and a QR link directly in the article', () => {
    const looseText = [...article.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent?.trim());
    expect(looseText).toContain('手机上长按并复制下列链接或二维码分享本文章：');
    expect(looseText).toContain('https://github.com/example-org/mirror/blob/master/pages/nsc418/n900001.md');
    expect(looseText).toContain('原文地址（需翻墙访问）：https://www.example.com/gb/24/3/3/n900001.htm');
    const qr = article.querySelector('img[data-canonical-src$="n900001.md.png"]');
    expect(qr?.parentElement?.parentElement).toBe(article);
    expect(qr?.parentElement?.hasAttribute('rel')).toBe(false);
  });

  it('unwraps <ok> and <figure> inside the body and keeps no author class or style', () => {
    const body = article.querySelector('div[dir="auto"] > p');
    expect(body?.textContent?.replace(/\s+/g, '')).toBe('【示例新闻2024年3月3日讯】（示例新闻记者王小明综合报导）周六，示例城市的春季花展吸引了大批游客。');
    expect(article.querySelector('ok, figure, figcaption')).toBeNull();
    for (const element of article.querySelectorAll('[class]')) {
      expect(element.matches('.markdown-heading, .heading-element, .anchor, .octicon'), element.outerHTML).toBe(true);
    }
    for (const element of article.querySelectorAll('[style]')) expect(element.tagName).toBe('IMG');
  });

  it('ends with the wrapped tracking pixel', () => {
    const last = article.lastElementChild;
    expect(last?.tagName).toBe('A');
    expect(attributes(last?.querySelector('img'))).toMatchObject({ width: '0px', height: '0px' });
  });
});

describe('markdownToHtml (HTML blocks passed through without tokenising them)', () => {
  const reference = (markdown: string): string =>
    micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const cases: Record<string, string> = {
    'the mirror fixture': FIXTURE,
    'a fence opened after an HTML block': '<div>x</div>\n\n```\n\n<div>\n```\n',
    'an HTML block line inside a list item': '- a\n\n  <div>\n\n<div>\n*x*\n\n*y*\n',
    'a comment spanning blank lines': 'text\n<!--\n\n<div>\n-->\n\n<div>after</div>\n',
    'a <pre> block spanning blank lines': '<pre>\n\n<div>\n</pre>\n',
    'CRLF and mixed line endings': '\r\n<p>\r\n<style>x\r\n\r\n<div>\n\n*y*\r\n',
    'a link reference definition used before it is defined': '[a][r]\n\n<div>x</div>\n\n[r]: https://example.com\n',
    'a tag-filtered tag at a line end': '<div>\n<script\nx\n\n</div>\n',
    'lazy paragraph lines after a blank': 'p\n\n<div>\nq\n\nr\n<div>\n',
  };
  for (const [name, markdown] of Object.entries(cases)) {
    it(`matches micromark exactly: ${name}`, () => expect(markdownToHtml(markdown)).toBe(reference(markdown)));
  }
});

describe('parseGitHubUrl', () => {
  it('reads blob URLs', () => {
    expect(parseGitHubUrl('https://github.com/example-org/mirror/blob/master/pages/nsc418/n900001.md')).toEqual({ ...FILE, view: 'blob' });
  });

  it('reads repository home URLs as the README on main, or on the ref of a /tree/ URL', () => {
    expect(parseGitHubUrl('https://github.com/example-org/mirror')).toEqual({ owner: 'example-org', repo: 'mirror', ref: 'main', path: 'README.md', view: 'home' });
    expect(parseGitHubUrl('https://github.com/example-org/mirror/tree/master').ref).toBe('master');
  });

  it('decodes percent-encoded paths', () => {
    expect(parseGitHubUrl('https://github.com/o/r/blob/main/indexes/E%E5%9B%BD.md').path).toBe('indexes/E国.md');
  });

  it.each([
    ['not a URL', 'pages/n1.md', /Not a URL/],
    ['another host', 'https://gitlab.com/o/r/blob/main/a.md', /Not a github\.com URL/],
    ['plain http', 'http://github.com/o/r', /Not a github\.com URL/],
    ['no repository', 'https://github.com/o', /without OWNER\/REPO/],
    ['an issues page', 'https://github.com/o/r/issues/1', /Unsupported GitHub URL/],
    ['a blob URL without a path', 'https://github.com/o/r/blob/main', /Unsupported GitHub URL/],
  ])('rejects %s', (_name, url, message) => {
    expect(() => parseGitHubUrl(url)).toThrow(message);
  });
});

describe('corpusFileUrl', () => {
  it('maps corpus file names to blob URLs, keeping __ inside channel names', () => {
    expect(corpusFileUrl('/x/begood0513__goodnews__pages__nsc418__n13851406.md')).toBe('https://github.com/begood0513/goodnews/blob/master/pages/nsc418/n13851406.md');
    expect(corpusFileUrl('a__b__pages__vbc_CN__all__id1.md')).toBe('https://github.com/a/b/blob/master/pages/vbc_CN__all/id1.md');
  });

  it('falls back to a local mirror URL for other names', () => {
    expect(corpusFileUrl('notes.md')).toBe('https://github.com/local/mirror/blob/main/notes.md');
  });
});

describe('renderGitHubPage', () => {
  const url = 'https://github.com/example-org/mirror/blob/master/pages/nsc418/n900001.md';

  it('serves the blob view with GitHub’s stable hooks around the article', () => {
    const html = renderGitHubPage(FIXTURE, { url });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const document = parseHtml(html);
    for (const selector of [
      'header.AppHeader a.AppHeader-context-item[href="/example-org"]',
      'nav[aria-label="Repository"].js-repo-nav a#code-tab',
      'main#js-repo-pjax-container > turbo-frame#repo-content-turbo-frame > #repo-content-pjax-container.repository-content',
      'react-app[app-name="react-code-view"][data-ssr="true"][initial-path="/example-org/mirror/blob/master/pages/nsc418/n900001.md"]',
      '#repos-file-tree li[role="treeitem"][id="pages/nsc418/n900001.md-item"]',
      'nav[data-testid="breadcrumbs"] a[data-testid="breadcrumbs-repo-link"]',
      '[data-testid="breadcrumbs-filename"] h1#file-name-id-wide',
      'h1#sticky-file-name-id',
      'ul[aria-label="File view"]',
      'a[data-testid="raw-button"][href="https://github.com/example-org/mirror/raw/refs/heads/master/pages/nsc418/n900001.md"]',
      'section[aria-labelledby="file-name-id-wide file-name-id-mobile"] > div.js-snippet-clipboard-copy-unpositioned[data-hpc] > article.markdown-body',
      'footer',
    ]) {
      expect(document.querySelector(selector), selector).not.toBeNull();
    }
    expect(document.querySelector('h1#file-name-id-wide')?.textContent).toBe('n900001.md');
    expect(document.querySelector('meta[name="octolytics-dimension-repository_nwo"]')?.getAttribute('content')).toBe('example-org/mirror');
    expect(document.title).toBe('mirror/pages/nsc418/n900001.md at master · example-org/mirror');
    expect(document.querySelectorAll('article.markdown-body')).toHaveLength(1);
  });

  it('embeds the article HTML as payload.blob.richText, escaped so it cannot close the script', () => {
    const html = renderGitHubPage(FIXTURE, { url });
    const script = parseHtml(html).querySelector('react-app script[type="application/json"][data-target="react-app.embeddedData"]');
    expect(script?.textContent).not.toMatch(/<\//);
    const data = JSON.parse(script?.textContent ?? '');
    expect(data.payload.blob.richText).toBe(renderArticleHtml(FIXTURE, FILE));
    expect(data.payload.path).toBe(FILE.path);
    expect(data.payload.refInfo.name).toBe('master');
    expect(data.payload.blob.headerInfo.toc[0]).toMatchObject({ level: 3, text: '【快讯】示例城市举行春季花展', anchor: '快讯示例城市举行春季花展' });
  });

  it('serves the repository home with the file as README', () => {
    const document = parseHtml(renderGitHubPage(FIXTURE, { url: 'https://github.com/example-org/mirror' }));
    for (const selector of [
      '#repository-container-header:not([hidden])',
      '.Layout-main react-partial[partial-name="repos-overview"] script[data-target="react-partial.embeddedData"]',
      'nav[aria-label="Repository files"]',
      '#repo-content-pjax-container div.js-snippet-clipboard-copy-unpositioned[data-hpc] > article.markdown-body',
      '.Layout-sidebar a[href="#readme-ov-file"]',
    ]) {
      expect(document.querySelector(selector), selector).not.toBeNull();
    }
    expect(document.querySelector('section[aria-labelledby~="file-name-id-wide"]')).toBeNull();
    const data = JSON.parse(document.querySelector('react-partial script')?.textContent ?? '');
    expect(data.props.initialPayload.overview.overviewFiles[0].richText).toContain('【快讯】示例城市举行春季花展');
  });

  it('loads nothing from the network', () => {
    const document = parseHtml(renderGitHubPage(FIXTURE, { url }));
    expect(document.querySelector('script[src], link[rel="stylesheet"], link[rel="preload"]')).toBeNull();
  });
});
