/**
 * Test helpers for detection and block classification: render a mirror Markdown file the way
 * github.com does, and read back what a reader sees once clean mode hides the clutter blocks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../scripts/lib/dom.ts';
import { renderArticleHtml, type RepoFile } from '../../scripts/lib/github-render.ts';
import { CLUTTER_KINDS, type BlockKind, type ClassifiedArticle } from '../../src/core/types.ts';

const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/articles');
const CLUTTER = new Set<BlockKind>(CLUTTER_KINDS);
const DEFAULT_FILE: RepoFile = { owner: 'gfw-breaker', repo: 'banned-news3', ref: 'master', path: 'pages/nsc418/n1.md' };

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURE_DIR, name), 'utf8');
}

/** GitHub's `article.markdown-body` for a Markdown file, in a DOM whose text nodes are merged as a browser's are. */
export function renderedArticle(markdown: string, file: RepoFile = DEFAULT_FILE): Element {
  const document = parseHtml(`<!DOCTYPE html><html><head></head><body>${renderArticleHtml(markdown, file)}</body></html>`);
  document.documentElement.normalize();
  const article = document.querySelector('article');
  if (!article) throw new Error('the renderer produced no <article>');
  return article;
}

/** Text with all whitespace removed and NFKC applied, as the corpus scoring compares strings. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export interface CleanView {
  /** Text still on the page in clean mode. */
  shown: string;
  /** Text inside clutter blocks. */
  hidden: string;
}

/** Splits the article's text into what clean mode shows and what it hides (both squeezed). */
export function cleanView(classified: ClassifiedArticle): CleanView {
  const hiddenRoots = new Set(classified.blocks.filter((block) => CLUTTER.has(block.kind)).flatMap((block) => block.nodes));
  let shown = '';
  let hidden = '';
  const walk = (node: Node, inClutter: boolean): void => {
    const clutter = inClutter || hiddenRoots.has(node);
    if (node.nodeType === 3) {
      if (clutter) hidden += node.textContent ?? '';
      else shown += node.textContent ?? '';
      return;
    }
    for (const child of node.childNodes) walk(child, clutter);
  };
  walk(classified.root, false);
  return { shown: squeeze(shown), hidden: squeeze(hidden) };
}

/** The squeezed text of every block of one kind, in block order. */
export function textsOfKind(classified: ClassifiedArticle, kind: BlockKind): string[] {
  return classified.blocks
    .filter((block) => block.kind === kind)
    .map((block) => squeeze(block.nodes.map((node) => node.textContent ?? '').join('')));
}

/** Content blocks whose nodes lie inside (or are) a clutter block's node: must never happen. */
export function contentInsideClutter(classified: ClassifiedArticle): string[] {
  const clutterNodes = classified.blocks.filter((block) => CLUTTER.has(block.kind)).flatMap((block) => block.nodes);
  return classified.blocks
    .filter((block) => !CLUTTER.has(block.kind))
    .filter((block) => block.nodes.some((node) => clutterNodes.some((clutter) => clutter === node || clutter.contains(node))))
    .map((block) => `${block.kind}: ${squeeze(block.nodes.map((node) => node.textContent ?? '').join('')).slice(0, 40)}`);
}
