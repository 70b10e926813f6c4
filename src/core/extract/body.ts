/**
 * Body text: the visible text of the body and editor blocks cut into paragraphs at every block boundary
 * and line break, the way a reader sees it. Clutter and figure blocks nested in the body, images and
 * figure captions are left out (captions belong to their figures). The editor line stays: it is article
 * text that clean mode shows, and the credit rules read it from here.
 */
import type { BlockKind, ClassifiedArticle } from '../types.ts';
import { findFigures, isBlockElement } from './figures.ts';
import { BlockMap, ELEMENT_NODE, TEXT_NODE, blockRoots } from './regions.ts';
import { cleanText } from '../text.ts';

export function bodyParagraphs(classified: ClassifiedArticle): string[] {
  return paragraphsWithout(classified, new Set(findFigures(classified).flatMap((match) => match.captionNodes)));
}

const TEXT_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'editor']);

/** Marks the end of a block element on the traversal stack. */
const BLOCK_END = Symbol('block end');

/** Body paragraphs leaving out `captionNodes` (the caller may already know them). Iterative: Minghui pages nest 20+ levels. */
export function paragraphsWithout(classified: ClassifiedArticle, captionNodes: ReadonlySet<Node>): string[] {
  const blocks = new BlockMap(classified);
  const paragraphs: string[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    const text = cleanText(buffer.join(''));
    if (text !== '') paragraphs.push(text);
    buffer = [];
  };
  let previousRoot: Node | null = null;
  for (const root of blockRoots(classified, [...TEXT_KINDS])) {
    // Loose inline nodes of one line may come as separate roots; only a gap between them ends the paragraph.
    if (previousRoot === null || !followsDirectly(previousRoot, root)) flush();
    previousRoot = root;
    const stack: (Node | typeof BLOCK_END)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === undefined) break;
      if (node === BLOCK_END) {
        flush();
        continue;
      }
      const ownKind = blocks.ownKind(node);
      if (captionNodes.has(node) || (ownKind !== null && !TEXT_KINDS.has(ownKind))) {
        flush();
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        buffer.push(node.textContent ?? '');
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.localName === 'br' || element.localName === 'img') {
        flush();
        continue;
      }
      if (isBlockElement(element)) {
        flush();
        stack.push(BLOCK_END);
      }
      for (let child = element.lastChild; child !== null; child = child.previousSibling) stack.push(child);
    }
  }
  flush();
  return paragraphs;
}

/** True when only whitespace lies between the two sibling nodes. */
function followsDirectly(previous: Node, node: Node): boolean {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling === previous) return true;
    if (sibling.nodeType !== TEXT_NODE || (sibling.textContent ?? '').trim() !== '') return false;
  }
  return false;
}
