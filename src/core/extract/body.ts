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
  return bodyText(classified, new Set(findFigures(classified).flatMap((match) => match.captionNodes))).paragraphs;
}

export interface BodyText {
  paragraphs: string[];
  /**
   * Short Han runs that stood on a line of their own inside running text: the mirror printed one tag per
   * line, so each was a whole inline element of the outlet's page — mostly its term and tag links
   * (`部长<ok href="/term/…">孔祥熙</ok>老家`, `<span href="…/tag/…">`), which GitHub strips to their text —
   * or, less often, the few characters between two such elements.
   */
  taggedTerms: string[];
}

/** A line of two to four Han characters with line breaks on both sides ([ \t]* then a disjoint class: linear). */
const TERM_LINE = /\n[ \t]*([\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t]*(?=\n)/g;

const TEXT_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'editor']);

/** Marks the end of a block element on the traversal stack. */
const BLOCK_END = Symbol('block end');

/** Body paragraphs leaving out `captionNodes` (the caller may already know them). Iterative: Minghui pages nest 20+ levels. */
export function bodyText(classified: ClassifiedArticle, captionNodes: ReadonlySet<Node>): BodyText {
  const blocks = new BlockMap(classified);
  const paragraphs: string[] = [];
  const taggedTerms: string[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    const raw = buffer.join('');
    const text = cleanText(raw);
    if (text !== '') paragraphs.push(text);
    // Inside running text only: a term alone in its paragraph may be a heading or a caption.
    let textStart = -1;
    let textEnd = -1;
    for (const m of raw.matchAll(TERM_LINE)) {
      if (textStart < 0) [textStart, textEnd] = [raw.search(/\S/), raw.trimEnd().length];
      if (m.index > textStart && m.index + m[0].length < textEnd) taggedTerms.push(m[1]!);
    }
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
  return { paragraphs, taggedTerms };
}

/** True when only whitespace lies between the two sibling nodes. */
function followsDirectly(previous: Node, node: Node): boolean {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling === previous) return true;
    if (sibling.nodeType !== TEXT_NODE || (sibling.textContent ?? '').trim() !== '') return false;
  }
  return false;
}
