/**
 * The GitHub renderer against real GitHub output and the real corpus (../shared).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom.ts';
import { corpusFileUrl, markdownToHtml, parseGitHubUrl, renderArticleHtml } from '../../scripts/lib/github-render.ts';
import { HAS_SHARED, SHARED_DIR, SKIP_REASON } from '../shared.ts';

const title = (name: string): string => (HAS_SHARED ? name : `${name} (skipped: ${SKIP_REASON})`);
const REFERENCE = join(SHARED_DIR, 'reference');
const CORPUS = join(SHARED_DIR, 'corpus');

function markdownFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

function articleOf(html: string): Element {
  const article = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelector('article');
  if (article === null) throw new Error('no article');
  return article;
}

describe.skipIf(!HAS_SHARED)(title('GitHub’s own rendering of every element (reference/github-sanitized-elements-2023-08.html)'), () => {
  // GitHub rendered the input as a gist, without a repository: relative URLs stayed as written.
  // Ours are rewritten against this file, so that prefix is taken off before comparing.
  const file = { owner: 'o', repo: 'r', ref: 'main', path: 'test/input.md' };
  const repoPrefix = /^\/o\/r\/(blob|raw)\/main\/test\//;
  let rendered: { github: Element; ours: Element } | undefined;
  const load = () => {
    rendered ??= {
      github: articleOf(`<article>${readFileSync(join(REFERENCE, 'github-sanitized-elements-2023-08.html'), 'utf8')}</article>`),
      ours: articleOf(renderArticleHtml(readFileSync(join(REFERENCE, 'github-sanitized-elements-input.html'), 'utf8'), file)),
    };
    return rendered;
  };
  const signatures = (root: Element, selector: string): string[] =>
    [...root.querySelectorAll(selector)].map((element) =>
      [...element.attributes]
        .map(({ name, value }) => `${name}=${name === 'src' || name === 'href' ? value.replace(repoPrefix, '') : value}`)
        .sort()
        .join(' '),
    );

  // Elements the allowlist keeps. Headings are all empty in the input, so neither side adds an anchor.
  const KEPT = 'b blockquote br code dd del details div dl dt em h1 h3 h4 h5 h6 i img ins kbd li ol pre q rp rt ruby s samp source span strike strong sub summary sup table tbody td tfoot th thead themed-picture picture tr tt ul var';

  it.each(KEPT.split(' '))('keeps <%s> with exactly GitHub’s attributes', (tag) => {
    const { github, ours } = load();
    const expected = signatures(github, tag);
    expect(expected.length).toBeGreaterThan(0);
    expect(signatures(ours, tag)).toEqual(expected);
  });

  it('wraps images in the same new-tab link', () => {
    const { github, ours } = load();
    expect(signatures(ours, 'a:has(> img)')).toEqual(signatures(github, 'a:has(> img)'));
  });

  it('removes the same elements, keeping their content', () => {
    const { github, ours } = load();
    const removed = 'abbr article aside audio bdo button canvas center cite dfn embed figcaption figure font footer form header iframe input label main mark nav noscript object select small svg template time u video wbr'.split(' ');
    for (const tag of removed) {
      expect(github.querySelectorAll(tag).length, `GitHub keeps <${tag}>`).toBe(0);
      expect(ours.querySelectorAll(tag).length, `we keep <${tag}>`).toBe(0);
    }
  });

  it('shows the tag-filtered elements as text', () => {
    const { github, ours } = load();
    for (const tag of ['iframe', 'noembed', 'noframes', 'plaintext', 'script', 'style', 'textarea', 'title', 'xmp']) {
      expect(github.textContent, tag).toContain(`<${tag} abbr="x"`);
      expect(ours.textContent, tag).toContain(`<${tag} abbr="x"`);
    }
  });
});

/** Classes and styles GitHub itself puts into rendered Markdown. */
const GITHUB_CLASSES = new Set([
  'markdown-heading',
  'heading-element',
  'anchor',
  'octicon octicon-link',
  'snippet-clipboard-content notranslate position-relative overflow-auto',
  'notranslate',
]);
const GITHUB_IMAGE_STYLE = /^max-width: 100%;( height: auto; max-height: \d+(\.\d+)?px;)?$/;

describe.skipIf(!HAS_SHARED)(title('every corpus article (corpus/articles/**/*.md)'), () => {
  const files = HAS_SHARED ? markdownFiles(join(CORPUS, 'articles')) : [];

  it('renders each one as GitHub would: one article, the title first, only GitHub’s classes and styles', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const path of files) {
      const name = relative(CORPUS, path);
      const { view: _view, ...file } = parseGitHubUrl(corpusFileUrl(path));
      const html = renderArticleHtml(readFileSync(path, 'utf8'), file);
      const document = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
      expect(document.querySelectorAll('article.markdown-body'), name).toHaveLength(1);
      const article = document.querySelector('article.markdown-body') as Element;

      // Every mirrored page starts with `### <title>`; a mirror with an empty title (`### `)
      // gives an empty <h3>, which GitHub leaves without wrapper or anchor.
      const first = article.firstElementChild;
      const titled = first?.matches('div.markdown-heading') === true && first.firstElementChild?.tagName === 'H3';
      const untitled = first?.tagName === 'H3' && first.childNodes.length === 0;
      expect(titled || untitled, `${name}: first element ${first?.outerHTML.slice(0, 120)}`).toBe(true);

      for (const element of article.querySelectorAll('[class]')) {
        const className = element.getAttribute('class') ?? '';
        const allowed = GITHUB_CLASSES.has(className) || /^highlight highlight-source-\S+ notranslate position-relative overflow-auto$/.test(className);
        expect(allowed, `${name}: class="${className}" on <${element.tagName.toLowerCase()}>`).toBe(true);
      }
      for (const element of article.querySelectorAll('[style]')) {
        expect(element.tagName, name).toBe('IMG');
        expect(element.getAttribute('style'), name).toMatch(GITHUB_IMAGE_STYLE);
      }
      for (const element of article.querySelectorAll('[id]')) expect(element.id, name).toMatch(/^user-content-/);
      expect(article.querySelector('script, style, iframe, figure, figcaption, ok, font, center'), name).toBeNull();
      for (const image of article.querySelectorAll('img[data-canonical-src]')) {
        expect(image.getAttribute('src'), name).toMatch(/^https:\/\/camo\.githubusercontent\.com\/[0-9a-f]{64}\/[0-9a-f]+$/);
      }
    }
  });
});

describe.skipIf(!HAS_SHARED)(title('markdownToHtml is byte-identical to a plain micromark run on the whole corpus'), () => {
  const reference = (markdown: string): string =>
    micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const directories = HAS_SHARED
    ? ['articles', 'negatives', ...readdirSync(join(CORPUS, 'bulk')).filter((name) => statSync(join(CORPUS, 'bulk', name)).isDirectory()).map((name) => `bulk/${name}`)]
    : [];

  it.each(directories)('%s', (directory) => {
    const files = markdownFiles(join(CORPUS, directory));
    expect(files.length).toBeGreaterThan(0);
    const different = files.filter((path) => {
      const markdown = readFileSync(path, 'utf8');
      return markdownToHtml(markdown) !== reference(markdown);
    });
    expect(different.map((path) => relative(CORPUS, path))).toEqual([]);
  });
});
