/**
 * Scrolls the page to what the popup points at — a person's first mention or a figure — and
 * highlights it briefly.
 */
import type { Article, ClassifiedArticle } from '../core/types.ts';
import type { ContentRequest } from '../messages.ts';

type Target = Extract<ContentRequest, { type: 'mr:scroll-to' }>['target'];
const HIGHLIGHT_ATTR = 'data-mr-highlight';
const HIGHLIGHT_MS = 2000;

export function scrollToTarget(classified: ClassifiedArticle, article: Article, target: Target): boolean {
  const element = target.kind === 'figure' ? figureElement(classified, article, target.index) : firstMention(classified, article, target.name);
  if (!element) return false;
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  element.setAttribute(HIGHLIGHT_ATTR, '');
  setTimeout(() => element.removeAttribute(HIGHLIGHT_ATTR), HIGHLIGHT_MS);
  return true;
}

function figureElement(classified: ClassifiedArticle, article: Article, index: number): Element | null {
  const figure = article.figures[index];
  if (!figure) return null;
  for (const image of classified.root.querySelectorAll('img')) {
    if (image.getAttribute('src') === figure.displaySrc) return image;
  }
  return null;
}

/** The innermost element whose text holds one of the person's forms, in reading order. */
function firstMention(classified: ClassifiedArticle, article: Article, name: string): Element | null {
  const person = article.people.find((p) => p.name === name);
  if (!person) return null;
  const forms = [person.name, ...person.aliases, ...(person.nameEn ? [person.nameEn] : [])];
  const walker = classified.root.ownerDocument.createTreeWalker(classified.root, NodeFilter.SHOW_ELEMENT);
  let best: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.closest('[data-mr-block]')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, '');
    if (forms.some((form) => text.includes(form.replace(/\s+/g, '')))) best = element;
    else if (best) break;
  }
  return best;
}
