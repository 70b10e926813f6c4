/**
 * Puts the core's block classification onto the page as `data-mr-block` markers, which clean.css
 * hides. Loose text nodes (the share block and 原文地址 line sit directly in <article>) cannot be
 * styled, so they are wrapped in a marked <span>; everything else only gets an attribute.
 */
import { CLUTTER_KINDS, type ClassifiedArticle, type ClutterKind } from '../core/types.ts';

export const BLOCK_ATTR = 'data-mr-block';
const CLUTTER = new Set<string>(CLUTTER_KINDS);

export function markBlocks(classified: ClassifiedArticle): void {
  for (const block of classified.blocks) {
    if (!CLUTTER.has(block.kind)) continue;
    for (const node of block.nodes) markNode(node, block.kind as ClutterKind);
  }
}

function markNode(node: Node, kind: ClutterKind): void {
  if (node.nodeType === Node.ELEMENT_NODE) {
    (node as Element).setAttribute(BLOCK_ATTR, kind);
  } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() && node.parentNode) {
    const wrapper = document.createElement('span');
    wrapper.setAttribute(BLOCK_ATTR, kind);
    node.parentNode.replaceChild(wrapper, node);
    wrapper.appendChild(node);
  }
}

/** Removes every marker, e.g. when the page turns out not to hold an article after a navigation. */
export function clearMarks(root: ParentNode): void {
  for (const element of root.querySelectorAll(`[${BLOCK_ATTR}]`)) element.removeAttribute(BLOCK_ATTR);
}
