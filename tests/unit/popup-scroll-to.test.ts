/**
 * What the page does when the popup points at a person or a figure (src/content/scroll-to.ts):
 * which element it scrolls to and highlights, on a linkedom page with scrolling stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom.ts';
import { scrollToTarget } from '../../src/content/scroll-to.ts';
import type { Article, ClassifiedArticle } from '../../src/core/types.ts';
import { ordinaryArticle } from '../fixtures/hostile/articles.ts';

const CAMO = ordinaryArticle().figures.map((figure) => figure.displaySrc);

/** A mirrored article as GitHub renders it, with a promo line marked as clutter the way mark.ts does. */
const PAGE = `<!doctype html><html><body><article class="markdown-body">
  <div class="markdown-heading"><h3>市议会讨论新图书馆计划</h3></div>
  <h4 data-mr-block="promo"><a href="#">陈建国专访：图书馆的未来</a></h4>
  <div><img src="${CAMO[0]}">4月11日，新图书馆的设计方案。</div>
  <div>
    <p>市议会4月11日讨论了新图书馆计划。</p>
    <p>市议员玛丽亚‧
      <a href="#">桑切斯</a>（Maria Sanchez）表示，新馆将设在市中心。</p>
    <p>馆长陈建国表示，新馆将于2025年开放。</p>
    <p><img src="${CAMO[1]}"></p>
  </div>
</article></body></html>`;

let document: Document;
let classified: ClassifiedArticle;
let scrolledTo: Element[];

beforeEach(() => {
  vi.useFakeTimers();
  document = parseHtml(PAGE);
  classified = { root: document.querySelector('article')!, blocks: [] };
  scrolledTo = [];
  vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
  vi.stubGlobal('Node', (document.defaultView as unknown as { Node: unknown }).Node);
  const prototype = Object.getPrototypeOf(document.createElement('p')) as { scrollIntoView?: () => void };
  prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const article: Article = ordinaryArticle();
const highlighted = () => [...document.querySelectorAll('[data-mr-highlight]')];

describe('scroll to a person', () => {
  it('goes to the first paragraph that mentions them, skipping clutter that names them earlier', () => {
    expect(scrollToTarget(classified, article, { kind: 'person', name: '陈建国' })).toBe(true);
    expect(scrolledTo.map((element) => element.textContent)).toEqual(['馆长陈建国表示，新馆将于2025年开放。']);
    expect(highlighted()).toEqual(scrolledTo);
  });

  it('finds a name split by a link and a line break, down to the innermost element holding a form of it', () => {
    scrollToTarget(classified, article, { kind: 'person', name: '玛丽亚‧桑切斯' });
    expect(scrolledTo).toHaveLength(1);
    expect(scrolledTo[0]?.textContent).toBe('桑切斯'); // the link holding the short form
    expect(scrolledTo[0]?.closest('p')?.textContent).toContain('（Maria Sanchez）表示');
  });

  it('highlights for two seconds, and a second request moves the highlight at once', () => {
    scrollToTarget(classified, article, { kind: 'person', name: '陈建国' });
    vi.advanceTimersByTime(1000);
    scrollToTarget(classified, article, { kind: 'figure', index: 1 });
    expect(highlighted().map((element) => element.tagName)).toEqual(['IMG']);
    vi.advanceTimersByTime(1500);
    expect(highlighted()).toHaveLength(1); // the first timer did not cut the second highlight short
    vi.advanceTimersByTime(600);
    expect(highlighted()).toHaveLength(0);
  });

  it('answers false for a name the article does not list', () => {
    expect(scrollToTarget(classified, article, { kind: 'person', name: '王五' })).toBe(false);
    expect(scrolledTo).toEqual([]);
  });
});

describe('scroll to a figure', () => {
  it('goes to the image the figure was read from', () => {
    expect(scrollToTarget(classified, article, { kind: 'figure', index: 1 })).toBe(true);
    expect(scrolledTo[0]?.getAttribute('src')).toBe(CAMO[1]);
  });

  it('answers false for an index past the list', () => {
    expect(scrollToTarget(classified, article, { kind: 'figure', index: 5 })).toBe(false);
  });
});
