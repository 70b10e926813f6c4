/**
 * Node-side extraction pipeline shared by `npm run extract` and `npm run eval`: a mirror Markdown file
 * is rendered as github.com would show it (scripts/lib/github-render.ts), a saved GitHub page is parsed
 * as it is; then the page goes through the same core the content script runs (detect → classify →
 * extractArticle).
 */
import { basename } from 'node:path';
import { classifyArticle } from '../../src/core/blocks.ts';
import { detectArticle, findMarkdownArticle } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract/article.ts';
import type { Article, ClassifiedArticle } from '../../src/core/types.ts';
import { parseBody, parseHtml } from './dom.ts';
import { articleHtml, parseGitHubUrl, renderArticleTree, type RepoFile } from './github-render.ts';
import { documentWithBody } from './hast-dom.ts';

export interface Extraction {
  url: string;
  classified: ClassifiedArticle | null;
  article: Article | null;
}

/** Renders a mirror Markdown file as the page at `url` (a github.com blob URL, or any URL for a file with no known place) and extracts it. */
export function extractMarkdown(markdown: string, url: string, now?: Date): Extraction {
  const article = renderArticleTree(markdown, repoFileFor(url));
  const document = documentWithBody(article) ?? parseBody(articleHtml(article));
  // The rendered article is all the body holds, so there is no page to search it in (findMarkdownArticle);
  // and a rendered Markdown file is a candidate page by construction, whatever placeholder URL it has.
  return finish(classifyRoot(document.body.firstElementChild), url, now);
}

/** Extracts a saved github.com page; its URL comes from the page itself unless given. */
export function extractSavedPage(html: string, fallbackUrl: string, now?: Date): Extraction {
  const document = parseHtml(html);
  const url = pageUrl(document) ?? fallbackUrl;
  const classified = isGitHubUrl(url) ? detectArticle(document, url) : classifyRoot(findMarkdownArticle(document));
  return finish(classified, url, now);
}

function classifyRoot(root: Element | null): ClassifiedArticle | null {
  return root === null ? null : classifyArticle(root);
}

function finish(classified: ClassifiedArticle | null, url: string, now: Date | undefined): Extraction {
  return { url, classified, article: classified === null ? null : extractArticle(classified, url, now) };
}

/** The page's own URL: `og:url`, the canonical link, or the code view's `initial-path`. */
export function pageUrl(document: Document): string | null {
  const declared =
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (declared) return declared;
  const initialPath = document.querySelector('react-app[initial-path]')?.getAttribute('initial-path');
  return initialPath ? new URL(initialPath, 'https://github.com').href : null;
}

function isGitHubUrl(url: string): boolean {
  try {
    return new URL(url).hostname === 'github.com';
  } catch {
    return false;
  }
}

/** The repository file a URL names, for link rewriting; files without a known place render as local/mirror. */
function repoFileFor(url: string): RepoFile {
  try {
    return parseGitHubUrl(url);
  } catch {
    return { owner: 'local', repo: 'mirror', ref: 'main', path: basename(url) };
  }
}
