/**
 * An offline imitation of what github.com renders for a repository Markdown file
 * (`../shared/docs/github-dom.md` §1, §2, §6): GFM with raw HTML, GitHub's tag filter and
 * sanitiser, then GitHub's decorations (dir="auto", heading wrappers, camo images, link rewriting,
 * table and code wrappers). Node only: it is used to build test pages, never shipped.
 */
import { createHmac } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { fromParse5 } from 'hast-util-from-parse5';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { micromark, type Options as MicromarkOptions } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { parseFragment } from 'parse5';
import { renderPageTemplate } from './github-page-template.ts';

export interface RepoFile {
  owner: string;
  repo: string;
  ref: string;
  /** Path inside the repository, e.g. "pages/nsc418/n123.md". */
  path: string;
}
export type PageView = 'blob' | 'home';

/** GitHub's rendered Markdown: the `<article class="markdown-body …" itemprop="text">…</article>` string. */
export function renderArticleHtml(markdown: string, file: RepoFile): string {
  return articleHtml(renderArticle(markdown, file).article);
}

/** The same article as a hast element, for callers that build a DOM from it without an HTML round trip. */
export function renderArticleTree(markdown: string, file: RepoFile): Element {
  return renderArticle(markdown, file).article;
}

/** The HTML of a rendered article tree. */
export function articleHtml(article: Element): string {
  return toHtml(article, { characterReferences: { useNamedReferences: true } });
}

/** One entry of GitHub's "Outline" (the page JSON's `headerInfo.toc`). */
export interface OutlineEntry {
  level: number;
  text: string;
  anchor: string;
  htmlText: string;
}

/** A complete <!DOCTYPE html> page as github.com serves it at `url` (blob view of the file, or repo home with it as README). */
export function renderGitHubPage(markdown: string, options: { url: string; view?: PageView }): string {
  const parsed = parseGitHubUrl(options.url);
  const file: RepoFile = { owner: parsed.owner, repo: parsed.repo, ref: parsed.ref, path: parsed.path };
  const view = options.view ?? parsed.view;
  const { article, headings } = renderArticle(markdown, file);
  const outline = headings.map(({ level, text, anchor, content }) => ({ level, text, anchor, htmlText: toHtml(content) }));
  return renderPageTemplate({ file, view, articleHtml: articleHtml(article), outline });
}

/**
 * https://github.com/OWNER/REPO/blob/REF/PATH → RepoFile + 'blob';
 * https://github.com/OWNER/REPO (optionally /tree/REF) → 'home' with README.md.
 * The REF is taken to be one path segment (branch names with slashes are ambiguous in URLs).
 */
export function parseGitHubUrl(url: string): RepoFile & { view: PageView } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'github.com') {
    throw new Error(`Not a github.com URL: ${url} (expected https://github.com/OWNER/REPO[/blob/REF/PATH])`);
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  const [owner, repo, kind, ref, ...rest] = segments;
  if (owner === undefined || repo === undefined) {
    throw new Error(`GitHub URL without OWNER/REPO: ${url}`);
  }
  if (kind === undefined) return { owner, repo, ref: 'main', path: 'README.md', view: 'home' };
  if (kind === 'tree' && ref !== undefined && rest.length === 0) {
    return { owner, repo, ref, path: 'README.md', view: 'home' };
  }
  if (kind === 'blob' && ref !== undefined && rest.length > 0) {
    return { owner, repo, ref, path: rest.join('/'), view: 'blob' };
  }
  throw new Error(`Unsupported GitHub URL: ${url} (expected https://github.com/OWNER/REPO or …/blob/REF/PATH)`);
}

/**
 * The blob URL a corpus file stands for. Corpus names are `<owner>__<repo>__<path with / as __>`;
 * channel ids may contain `__`, so only names ending in `pages__<channel>__<id>.md` are mapped
 * (owner and repo from the first two parts, ref "master" as in the mirrors); anything else becomes
 * https://github.com/local/mirror/blob/main/<file name>.
 */
export function corpusFileUrl(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  const parts = name.split('__');
  const [owner, repo] = parts;
  const pagesIndex = parts.indexOf('pages', 2);
  if (owner && repo && pagesIndex !== -1 && parts.length >= pagesIndex + 3 && name.endsWith('.md')) {
    const channel = parts.slice(pagesIndex + 1, -1).join('__');
    return `https://github.com/${owner}/${repo}/blob/master/pages/${channel}/${parts[parts.length - 1]}`;
  }
  return `https://github.com/local/mirror/blob/main/${encodeURIComponent(name)}`;
}

const CAMO_KEY = 'mirror-reader-offline-camo-key';

/** Camo URL GitHub would show for an image URL: https://camo.githubusercontent.com/<64 hex HMAC-SHA256>/<hex of url>. Deterministic. */
export function camoUrl(imageUrl: string): string {
  const digest = createHmac('sha256', CAMO_KEY).update(imageUrl).digest('hex');
  return `https://camo.githubusercontent.com/${digest}/${Buffer.from(imageUrl, 'utf8').toString('hex')}`;
}

// ---------------------------------------------------------------------------------------------
// Pipeline

/**
 * Markdown → HTML string → HTML5 parse → sanitise → decorate, the same stages as GitHub
 * (cmark-gfm renders HTML, then the HTML is parsed and sanitised); callers serialise the tree or
 * build a DOM from it. micromark is the parser inside remark-parse; going through its HTML output
 * instead of mdast + rehype-raw costs a third and gives the same sanitised tree on all corpus files
 * but one, where a tag cut in two by a blank line is parsed across the two blocks, as GitHub's
 * string-based pipeline would. Its GFM HTML extension includes the tag filter (`<script` →
 * `&lt;script`). Protocols are left to the sanitiser, as cmark-gfm runs "unsafe" on github.com.
 */
function renderArticle(markdown: string, file: RepoFile): { article: Element; headings: Heading[] } {
  // Scripting off: <noscript> content is parsed as elements (then unwrapped), as rehype-raw does.
  const tree = fromParse5(parseFragment(markdownToHtml(markdown), { scriptingEnabled: false }), { space: 'html' }) as Root;
  const clean = sanitize(tree, GITHUB_SCHEMA) as Root;
  const headings = decorate(clean, file);
  const article: Element = {
    type: 'element',
    tagName: 'article',
    properties: { className: ['markdown-body', 'entry-content', 'container-lg'], itemProp: ['text'] },
    children: clean.children as ElementContent[],
  };
  return { article, headings };
}

const MICROMARK_OPTIONS: MicromarkOptions = {
  allowDangerousHtml: true,
  allowDangerousProtocol: true,
  // Combined once here; micromark would otherwise merge GFM's extensions again on every call.
  extensions: [combineExtensions([gfm()])],
  htmlExtensions: [gfmHtml()],
};

/**
 * hast-util-sanitize's defaultSchema is GitHub's 2023 allowlist, with corrections from GitHub's
 * real output (../shared/reference/github-sanitized-elements-2023-08.html): `disabled` survives on
 * every element; a raw `<input>` is removed (the schema would turn it into a checkbox; GitHub
 * only keeps the task-list checkboxes it generates, which this renderer does not imitate); and
 * raw task-list classes go. `language-*` on a raw inline `<code>` is dropped in decorate().
 */
const GITHUB_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'disabled'],
    // Task-list classes only exist on lists GitHub generates itself; an author's are stripped.
    li: [],
    ol: (defaultSchema.attributes?.['ol'] ?? []).filter((attribute) => typeof attribute === 'string'),
    ul: (defaultSchema.attributes?.['ul'] ?? []).filter((attribute) => typeof attribute === 'string'),
  },
};

/**
 * GFM "disallowed raw HTML" as micromark's tag filter applies it, to each line of an HTML block on
 * its own: `<script` at a line end stays (so no \r or \n in the lookahead).
 */
const TAG_FILTER = /<(\/?)(iframe|noembed|noframes|plaintext|script|style|textarea|title|xmp)(?=[\t\f />])/gi;
/** CommonMark HTML block start condition 6 (block tag names), indented less than a code block. */
const BLOCK_TAG_LINE = new RegExp(`^ {0,3}</?(?:${htmlBlockNames.join('|')})(?:[\\t >]|/>|(?:\\r\\n|\\r|\\n)?$)`, 'i');
/** May open a list item or block quote, which can hold the indented lines after a blank line. */
const CONTAINER_START = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?\n?$)|>)/;
/** A line at column 0: after a blank line it closes every open list item and block quote. */
const UNINDENTED = /^[^ \t\r\n]/;
/** Lines that may open a block spanning blank lines (fences, HTML blocks 1–5): stop carving there. */
const SPANS_BLANK_LINES = new RegExp(`^ {0,3}(?:\`\`\`|~~~|<(?:${htmlRawNames.join('|')})(?:[\\t >]|$)|<!|<\\?)`, 'im');
/** Link reference or footnote definitions apply document-wide, so such documents are parsed whole. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]*\]:/m;
const BLANK_LINE = /^[ \t]*(?:\r\n|\r|\n)?$/;
/** A line with its line ending (the last one may have none). */
const LINE = /[^\r\n]*(?:\r\n?|\n)|[^\r\n]+/g;
const PLACEHOLDER_MARK = '\uE000';
const PLACEHOLDER = new RegExp(`<div ${PLACEHOLDER_MARK}(\\d+)${PLACEHOLDER_MARK}>`, 'g');

/** Whether the document defines link references or footnotes (`]:` first: the regex tests every character). */
function hasDefinitions(markdown: string): boolean {
  return markdown.includes(']:') && DEFINITION.test(markdown);
}

/**
 * micromark's HTML for the document. Mirrored pages are mostly raw HTML blocks, which CommonMark
 * passes through verbatim, yet micromark tokenises them character by character (half its time on
 * the corpus). A block-tag line indented less than 4 spaces after a blank line, where no list item
 * can still be open, starts a top-level HTML block that ends at the next blank line, so such
 * blocks are swapped for a one-line placeholder block before parsing and put back (tag-filtered)
 * afterwards. The output is identical byte for byte;
 * tests/corpus/render-reference.test.ts checks that on every corpus file.
 */
export function markdownToHtml(markdown: string): string {
  if (markdown.includes('\0') || markdown.includes(PLACEHOLDER_MARK) || hasDefinitions(markdown)) {
    return micromark(markdown, MICROMARK_OPTIONS);
  }
  const lines = markdown.match(LINE) ?? [];
  const blocks: string[] = [];
  let withPlaceholders = '';
  let afterBlank = true;
  let mayBeInContainer = false;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as string;
    if (SPANS_BLANK_LINES.test(line)) break;
    if (CONTAINER_START.test(line)) mayBeInContainer = true;
    else if (afterBlank && UNINDENTED.test(line)) mayBeInContainer = false;
    if (afterBlank && !mayBeInContainer && BLOCK_TAG_LINE.test(line)) {
      let end = index;
      while (end < lines.length && !BLANK_LINE.test(lines[end] as string)) end++;
      const block = lines.slice(index, end).join('');
      const lineEnding = /(?:\r\n|\r|\n)$/.exec(block)?.[0] ?? '';
      withPlaceholders += `<div ${PLACEHOLDER_MARK}${blocks.length}${PLACEHOLDER_MARK}>${lineEnding}`;
      blocks.push(block.slice(0, block.length - lineEnding.length).replace(TAG_FILTER, '&lt;$1$2'));
      index = end;
      afterBlank = false;
      continue;
    }
    withPlaceholders += line;
    afterBlank = BLANK_LINE.test(line);
    index++;
  }
  if (blocks.length === 0) return micromark(markdown, MICROMARK_OPTIONS);
  withPlaceholders += lines.slice(index).join('');
  return micromark(withPlaceholders, MICROMARK_OPTIONS).replace(PLACEHOLDER, (_, n: string) => blocks[Number(n)] as string);
}

// ---------------------------------------------------------------------------------------------
// Decoration (after sanitising: GitHub adds these attributes itself)

const DIR_AUTO = new Set(['p', 'ul', 'ol', 'blockquote', 'div']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading that gets an anchor: its outline entry, with the content kept as hast (only the page template serialises it). */
interface Heading extends Omit<OutlineEntry, 'htmlText'> {
  content: ElementContent[];
}

interface DecorateContext {
  file: RepoFile;
  slugger: GithubSlugger;
  headings: Heading[];
}

/** Decorates the tree in place and returns its anchored headings. */
function decorate(tree: Root, file: RepoFile): Heading[] {
  const context: DecorateContext = { file, slugger: new GithubSlugger(), headings: [] };
  decorateChildren(tree.children, context, false);
  return context.headings;
}

function decorateChildren(children: (RootContent | ElementContent)[], context: DecorateContext, insideLink: boolean): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child?.type === 'element') children[index] = decorateElement(child, context, insideLink);
  }
}

/** Decorates one element (and its subtree) and returns what replaces it in its parent. */
function decorateElement(element: Element, context: DecorateContext, insideLink: boolean): Element {
  const tag = element.tagName;
  // The schema keeps only GitHub's own classes; an author's other classes leave `class=""` behind.
  if (Array.isArray(element.properties.className) && element.properties.className.length === 0) {
    delete element.properties.className;
  }
  if (tag === 'pre') return codeBlock(element);
  // Only code blocks (handled above) carry a language class on GitHub.
  if (tag === 'code') delete element.properties.className;
  if (tag === 'a') rewriteLink(element, context.file);
  decorateChildren(element.children, context, insideLink || tag === 'a');
  // An author's own `dir` wins (github-sanitized-elements-2023-08.html keeps dir="x").
  if (DIR_AUTO.has(tag)) element.properties.dir ??= 'auto';
  if (HEADINGS.has(tag)) return headingWithAnchor(element, context);
  if (tag === 'img') return decorateImage(element, context.file, insideLink);
  if (tag === 'table') return wrap('markdown-accessiblity-table', { dataCatalyst: '' }, element);
  if (tag === 'picture') return wrap('themed-picture', { dataCatalystInline: 'true', dataCatalyst: '' }, element);
  return element;
}

function wrap(tagName: string, properties: Properties, child: Element): Element {
  return { type: 'element', tagName, properties, children: [child] };
}

const OCTICON_LINK_PATH =
  'm7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018 1.998 1.998 0 0 0 2.83 0l2.5-2.5a2.002 2.002 0 0 0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042Zm-4.69 9.64a1.998 1.998 0 0 0 2.83 0l1.25-1.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .751.751 0 0 1-.018 1.042.751.751 0 0 1-1.042.018 1.998 1.998 0 0 0-2.83 0l-2.5 2.5a1.998 1.998 0 0 0 0 2.83Z';

/**
 * `div.markdown-heading[dir=auto] > hN[tabindex=-1].heading-element[dir=auto] + a.anchor#user-content-SLUG`
 * (GitHub since late 2023). The author's attributes stay first and keep their values. A heading
 * with no content gets no anchor (GitHub's 2023 output; html-pipeline's TOC filter skips it too),
 * but still takes its slug so later duplicates are numbered the same way.
 */
function headingWithAnchor(heading: Element, context: DecorateContext): Element {
  const text = hastToString(heading);
  const slug = context.slugger.slug(text);
  const properties = heading.properties;
  if (heading.children.length === 0) {
    properties.dir ??= 'auto';
    return heading;
  }
  context.headings.push({ level: Number(heading.tagName.slice(1)), text, anchor: slug, content: heading.children });
  // New keys go last and existing ones keep their place: the attribute order GitHub produces.
  properties.tabIndex ??= -1;
  properties.className = ['heading-element'];
  properties.dir ??= 'auto';
  const icon: Element = {
    type: 'element',
    tagName: 'svg',
    properties: { className: ['octicon', 'octicon-link'], viewBox: '0 0 16 16', version: '1.1', width: 16, height: 16, ariaHidden: 'true' },
    children: [{ type: 'element', tagName: 'path', properties: { d: OCTICON_LINK_PATH }, children: [] }],
  };
  const anchor: Element = {
    type: 'element',
    tagName: 'a',
    properties: { id: `user-content-${slug}`, className: ['anchor'], ariaLabel: `Permalink: ${text}`, href: `#${slug}` },
    children: [icon],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['markdown-heading'], dir: 'auto' }, children: [heading, anchor] };
}

/** github.com and its subdomains are GitHub's own: no rel="nofollow" on links there. */
const GITHUB_LINK_HOST = /(^|\.)github\.com$/i;

function rewriteLink(link: Element, file: RepoFile): void {
  const href = link.properties.href;
  if (typeof href !== 'string' || href.startsWith('#')) return;
  if (!isRelative(href)) {
    const host = hostOf(href);
    if (host !== null && !GITHUB_LINK_HOST.test(host)) link.properties.rel = ['nofollow'];
    return;
  }
  link.properties.href = repoUrl(file, 'blob', href);
}

/** Relative or root-relative: no scheme and no `//host`. */
function isRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * `/OWNER/REPO/<kind>/REF/<target resolved against the file's directory>`, query and fragment kept;
 * a root-relative target starts from the repository root. `..` climbs past the repository root the
 * way a browser resolves the blob URL, which is what the mirrors' `../../../../../basic/blob/master/README.md`
 * links rely on.
 */
function repoUrl(file: RepoFile, kind: 'blob' | 'raw', target: string): string {
  const suffixStart = target.search(/[?#]/);
  const targetPath = suffixStart === -1 ? target : target.slice(0, suffixStart);
  const suffix = suffixStart === -1 ? '' : target.slice(suffixStart);
  const base = targetPath.startsWith('/') ? [] : file.path.split('/').slice(0, -1);
  const segments = [file.owner, file.repo, kind, file.ref, ...base];
  for (const segment of targetPath.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return `/${segments.join('/')}${suffix}`;
}

/** Image hosts GitHub shows directly; the wrapping link of the first group gets rel="nofollow". */
const UNPROXIED_NOFOLLOW_HOST = /^(raw|avatars|camo)\.githubusercontent\.com$/i;
const UNPROXIED_HOST = /^((private-)?user-images\.githubusercontent\.com|github\.com)$/i;

/**
 * Camo for other hosts' images (also protocol-relative `//host/x.jpg`, as html-pipeline's camo
 * filter did), /raw/ for repository images, `style` last, and a link around the image unless it is
 * already inside one. A `data:` src never gets here: the sanitiser drops it, as GitHub does
 * (the image is left without src); with no URL to open, such an image is not wrapped.
 */
function decorateImage(image: Element, file: RepoFile, insideLink: boolean): Element {
  const src = image.properties.src;
  let link: Properties | null = null;
  if (typeof src === 'string') {
    const host = isRelative(src) ? null : hostOf(src);
    if (host === null) {
      image.properties.src = repoUrl(file, 'raw', src);
      link = { target: '_blank', rel: ['noopener', 'noreferrer'], href: repoUrl(file, 'blob', src) };
    } else if (UNPROXIED_HOST.test(host)) {
      link = { target: '_blank', rel: ['noopener', 'noreferrer'], href: src };
    } else if (UNPROXIED_NOFOLLOW_HOST.test(host)) {
      link = { target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'], href: src };
    } else {
      const proxied = camoUrl(src);
      image.properties.src = proxied;
      image.properties.dataCanonicalSrc = src;
      link = { target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'], href: proxied };
    }
  }
  image.properties.style = imageStyle(image.properties.height);
  if (insideLink || link === null) return image;
  return wrap('a', link, image);
}

/** `max-width: 100%;`, plus a height cap when the author gave a numeric height (GitHub 2025). */
function imageStyle(height: Properties[string]): string {
  const pixels = typeof height === 'number' ? height : typeof height === 'string' ? Number.parseFloat(height) : Number.NaN;
  return Number.isFinite(pixels) ? `max-width: 100%; height: auto; max-height: ${pixels}px;` : 'max-width: 100%;';
}

/**
 * `<pre><code>` → GitHub's server-side code block wrappers (without syntax highlighting spans).
 * A `<pre>` without `<code>` (raw HTML) stays as it is, as in GitHub's 2023 output.
 */
function codeBlock(pre: Element): Element {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  if (code === undefined) return pre;
  const text = hastToString(code);
  const copyContent = text.endsWith('\n') ? text.slice(0, -1) : text;
  const language = (Array.isArray(code.properties.className) ? code.properties.className : [])
    .map(String)
    .find((name) => name.startsWith('language-'))
    ?.slice('language-'.length)
    .toLowerCase();
  const textNode: ElementContent = { type: 'text', value: text };
  if (language !== undefined) {
    return {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['highlight', `highlight-source-${language}`, 'notranslate', 'position-relative', 'overflow-auto'],
        dir: 'auto',
        dataSnippetClipboardCopyContent: copyContent,
      },
      children: [{ type: 'element', tagName: 'pre', properties: {}, children: [textNode] }],
    };
  }
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['snippet-clipboard-content', 'notranslate', 'position-relative', 'overflow-auto'],
      dataSnippetClipboardCopyContent: copyContent,
    },
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: { className: ['notranslate'] },
        children: [{ type: 'element', tagName: 'code', properties: {}, children: [textNode] }],
      },
    ],
  };
}
