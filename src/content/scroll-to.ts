/**
 * Scrolls the page to what the popup points at — a person's first mention or a figure — and
 * highlights it briefly (clean.css styles `[data-mr-highlight]`).
 */
import type { Article, ClassifiedArticle } from '../core/types.ts';
import type { ContentRequest } from '../messages.ts';
import { BLOCK_ATTR } from './mark.ts';

type Target = Extract<ContentRequest, { type: 'mr:scroll-to' }>['target'];
const HIGHLIGHT_ATTR = 'data-mr-highlight';
const HIGHLIGHT_MS = 2000;

let clearHighlight: (() => void) | null = null;

export function scrollToTarget(classified: ClassifiedArticle, article: Article, target: Target): boolean {
  const element = target.kind === 'figure' ? figureElement(classified, article, target.index) : firstMention(classified, article, target.name);
  if (!element) return false;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  highlight(element);
  return true;
}

/** One highlight at a time: a second click moves it instead of being cut short by the first timer. */
function highlight(element: Element): void {
  clearHighlight?.();
  element.setAttribute(HIGHLIGHT_ATTR, '');
  const timer = setTimeout(() => clearHighlight?.(), HIGHLIGHT_MS);
  clearHighlight = () => {
    clearTimeout(timer);
    element.removeAttribute(HIGHLIGHT_ATTR);
    clearHighlight = null;
  };
}

function figureElement(classified: ClassifiedArticle, article: Article, index: number): Element | null {
  const figure = article.figures[index];
  if (!figure) return null;
  for (const image of classified.root.querySelectorAll('img')) {
    if (image.getAttribute('src') === figure.displaySrc) return image;
  }
  return null;
}

/**
 * The innermost element that holds the person's first mention outside clutter: descend from the
 * article root, each time into the first child whose own text mentions one of the person's forms.
 */
function firstMention(classified: ClassifiedArticle, article: Article, name: string): Element | null {
  const person = article.people.find((p) => p.name === name);
  if (!person) return null;
  const forms = [person.name, ...person.aliases, ...(person.nameEn ? [person.nameEn] : [])].map(compact).filter(Boolean);
  const mentions = (element: Element): boolean => {
    const text = compact(contentText(element));
    return forms.some((form) => text.includes(form));
  };
  let found: Element | null = null;
  for (let next = firstChildWhere(classified.root, mentions); next; next = firstChildWhere(next, mentions)) found = next;
  return found;
}

function firstChildWhere(parent: Element, test: (child: Element) => boolean): Element | null {
  for (const child of parent.children) {
    if (!child.hasAttribute(BLOCK_ATTR) && test(child)) return child;
  }
  return null;
}

/** The element's text without the clutter marked inside it (a promo line may name people too). */
function contentText(element: Element): string {
  if (!element.querySelector(`[${BLOCK_ATTR}]`)) return element.textContent ?? '';
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).hasAttribute(BLOCK_ATTR)) text += contentText(node as Element);
  }
  return text;
}

/** Mirror pages break text wherever a tag used to be, even inside a name; compare without whitespace. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
