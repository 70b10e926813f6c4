/**
 * Where a mirrored article can be on github.com, and whether the page holds one.
 * The verdict itself comes from the rendered Markdown's structure (core/blocks.ts); the URL only
 * rules out pages that cannot show rendered Markdown (code view, issues, settings …).
 */
import { classifyArticle } from './blocks.ts';
import type { ClassifiedArticle } from './types.ts';

/** Blob view (github-dom.md §3.1), then repo home README (§3.2), then any rendered file; never comment bodies (div.markdown-body). */
const ARTICLE_SELECTORS = [
  'section[aria-labelledby~="file-name-id-wide"] article.markdown-body',
  '#repo-content-pjax-container [data-hpc] article.markdown-body',
  'article.markdown-body',
];

export function findMarkdownArticle(doc: Document): Element | null {
  for (const selector of ARTICLE_SELECTORS) {
    const article = doc.querySelector(selector);
    if (article) return article;
  }
  return null;
}

/** First path segments that are github.com's own pages, not an OWNER/REPO pair. */
const RESERVED_OWNERS = new Set([
  'about', 'apps', 'codespaces', 'collections', 'contact', 'customer-stories', 'enterprise', 'events', 'explore',
  'features', 'issues', 'login', 'marketplace', 'new', 'notifications', 'orgs', 'pricing', 'pulls', 'search',
  'settings', 'signup', 'sponsors', 'topics', 'trending',
]);
const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** Blob view of a Markdown file in Preview mode (not ?plain=1), or a repository home / README view. */
export function isCandidateUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.hostname !== 'github.com' || parsed.searchParams.get('plain') === '1') return false;
  const [owner, repo, view, ref, ...path] = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (owner === undefined || repo === undefined || RESERVED_OWNERS.has(owner.toLowerCase())) return false;
  if (view === undefined) return true;
  if (view === 'tree') return ref !== undefined; // a directory view renders that directory's README
  return view === 'blob' && ref !== undefined && path.length > 0 && MARKDOWN_FILE.test(path[path.length - 1] ?? '');
}

export function detectArticle(doc: Document, url: string): ClassifiedArticle | null {
  if (!isCandidateUrl(url)) return null;
  const root = findMarkdownArticle(doc);
  return root ? classifyArticle(root) : null;
}
