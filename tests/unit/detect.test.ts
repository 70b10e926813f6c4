/**
 * Page-level detection: which github.com URLs can show a mirrored article, where the rendered
 * Markdown is on the page, and the verdict on whole pages built like github.com's blob and home views.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom.ts';
import { renderGitHubPage } from '../../scripts/lib/github-render.ts';
import { detectArticle, findMarkdownArticle, isCandidateUrl } from '../../src/core/detect.ts';
import { fixture } from './blocks-view.ts';

const ARTICLE_URL = 'https://github.com/begood0513/goodnews/blob/master/pages/nsc418/n13900001.md';
const HOME_URL = 'https://github.com/begood0513/goodnews';

function page(markdown: string, url: string, view?: 'blob' | 'home'): Document {
  return parseHtml(renderGitHubPage(markdown, view ? { url, view } : { url }));
}

describe('isCandidateUrl', () => {
  it.each([
    ARTICLE_URL,
    `${ARTICLE_URL}#user-content-title`,
    `${ARTICLE_URL}?plain=0`,
    'https://github.com/zydd999/banned-news2/blob/master/pages/z__yoerrvp/4573782.md',
    'https://github.com/owner/repo/blob/main/docs/Guide.MARKDOWN',
    HOME_URL,
    `${HOME_URL}/`,
    `${HOME_URL}?tab=readme-ov-file`,
    `${HOME_URL}/tree/master`,
  ])('accepts %s', (url) => {
    expect(isCandidateUrl(url)).toBe(true);
  });

  it.each([
    `${ARTICLE_URL}?plain=1`,
    'https://github.com/owner/repo/blob/main/src/index.ts',
    'https://github.com/owner/repo/issues/12',
    'https://github.com/owner/repo/pull/3/files',
    'https://github.com/owner/repo/raw/main/pages/x/n1.md',
    'https://github.com/owner/repo/blob/main',
    'https://raw.githubusercontent.com/owner/repo/main/pages/x/n1.md',
    'https://gist.github.com/owner/0123456789abcdef',
    'https://github.com/settings/profile',
    'https://github.com/owner',
    'https://github.com/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isCandidateUrl(url)).toBe(false);
  });
});

describe('findMarkdownArticle', () => {
  it('finds the file preview on a blob view', () => {
    const article = findMarkdownArticle(page(fixture('gen-e-2022-epoch.md'), ARTICLE_URL));
    expect(article?.closest('section')?.getAttribute('aria-labelledby')).toContain('file-name-id-wide');
    expect(article?.textContent).toContain('港口城市举办国际帆船赛');
  });

  it('finds the README on a repository home page', () => {
    const article = findMarkdownArticle(page(fixture('readme-channel-menu.md'), HOME_URL));
    expect(article?.textContent).toContain('新闻聚合【新闻、评论、历史等】');
  });

  it('prefers the file preview to other rendered Markdown and never takes a comment body', () => {
    const document = page(fixture('gen-e-2022-epoch.md'), ARTICLE_URL);
    const comment = parseHtml('<div class="markdown-body comment-body"><h3>comment</h3></div><article class="markdown-body">other</article>');
    document.body.prepend(...comment.body.childNodes);
    expect(findMarkdownArticle(document)?.textContent).toContain('港口城市举办国际帆船赛');
  });

  it('returns null when the page has no rendered Markdown', () => {
    expect(findMarkdownArticle(parseHtml('<html><body><div class="markdown-body"><h3>x</h3></div></body></html>'))).toBeNull();
  });
});

describe('detectArticle', () => {
  it('detects a mirrored article on its blob view', () => {
    const document = page(fixture('gen-e-2022-epoch.md'), ARTICLE_URL);
    const classified = detectArticle(document, ARTICLE_URL);
    expect(classified?.root).toBe(findMarkdownArticle(document));
    expect(classified?.blocks.some((block) => block.kind === 'share')).toBe(true);
  });

  it('detects a mirrored article shown as a repository README', () => {
    expect(detectArticle(page(fixture('gen-c-2020-ntd.md'), HOME_URL), HOME_URL)).not.toBeNull();
  });

  it('ignores the same file in Code view (?plain=1)', () => {
    const url = `${ARTICLE_URL}?plain=1`;
    expect(detectArticle(page(fixture('gen-e-2022-epoch.md'), ARTICLE_URL), url)).toBeNull();
  });

  it.each(['readme-h3-hr.md', 'readme-channel-menu.md'])('does not fire on an ordinary README (%s)', (file) => {
    expect(detectArticle(page(fixture(file), HOME_URL), HOME_URL)).toBeNull();
    expect(detectArticle(page(fixture(file), 'https://github.com/owner/repo/blob/main/README.md'), 'https://github.com/owner/repo/blob/main/README.md')).toBeNull();
  });
});
