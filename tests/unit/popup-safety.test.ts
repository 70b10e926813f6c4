import { describe, expect, it } from 'vitest';
import { isArticle, isArticleResponse } from '../../src/messages.ts';
import { safeLinkUrl, thumbnailUrl } from '../../src/popup/safe-url.ts';
import { emptyArticle, injectionArticle, malformedResponses, manyFiguresArticle, ordinaryArticle } from '../fixtures/hostile/articles.ts';

const PAGE = 'https://github.com/example-mirror/news/blob/master/pages/local/n1001.md';

describe('links from page data', () => {
  it('links https: URLs only', () => {
    expect(safeLinkUrl('https://news.example.org/gb/23/4/12/n1001.htm')).toBe('https://news.example.org/gb/23/4/12/n1001.htm');
    expect(safeLinkUrl('  https://news.example.org/a  ')).toBe('https://news.example.org/a');
  });

  it('shows everything else as text', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'http://news.example.org/a', 'vbscript:x', '//news.example.org/a', 'news.example.org', '', null]) {
      expect(safeLinkUrl(url), String(url)).toBeNull();
    }
  });
});

describe('figure thumbnails', () => {
  it('load from GitHub image hosts over https', () => {
    expect(thumbnailUrl('https://camo.githubusercontent.com/0a1b/6869', PAGE)).toBe('https://camo.githubusercontent.com/0a1b/6869');
    expect(thumbnailUrl('//camo.githubusercontent.com/0a1b/6869', PAGE)).toBe('https://camo.githubusercontent.com/0a1b/6869');
    expect(thumbnailUrl('https://raw.githubusercontent.com/o/r/master/a.jpg', PAGE)).toBe('https://raw.githubusercontent.com/o/r/master/a.jpg');
    expect(thumbnailUrl('/example-mirror/news/raw/master/pages/a.jpg', PAGE)).toBe('https://github.com/example-mirror/news/raw/master/pages/a.jpg');
  });

  it('are left out for any other host, scheme or look-alike', () => {
    for (const src of [
      'https://tracker.example.net/pixel.png',
      'http://camo.githubusercontent.com/abc',
      'https://camo.githubusercontent.com.evil.example/abc',
      'https://evilgithubusercontent.com/abc',
      'data:',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'javascript:alert(1)',
      '',
    ]) {
      expect(thumbnailUrl(src, PAGE), src).toBeNull();
    }
  });

  it('are left out when the page itself is not https', () => {
    expect(thumbnailUrl('a.jpg', 'http://github.com/o/r/blob/master/a.md')).toBeNull();
    expect(thumbnailUrl('a.jpg', 'not a url')).toBeNull();
  });
});

describe('article response validation', () => {
  it('accepts well-formed articles, including empty, hostile-looking and huge ones', () => {
    for (const article of [ordinaryArticle(), emptyArticle(), injectionArticle(), manyFiguresArticle()]) {
      expect(isArticleResponse({ type: 'mr:article', article })).toBe(true);
    }
    expect(isArticleResponse({ type: 'mr:article', article: null })).toBe(true);
  });

  it('accepts fields added to the format later', () => {
    expect(isArticle({ ...ordinaryArticle(), summary: 'x' })).toBe(true);
  });

  it('rejects truncated answers and wrong types at any depth', () => {
    for (const [name, response] of Object.entries(malformedResponses())) {
      expect(isArticleResponse(response), name).toBe(false);
    }
  });
});
