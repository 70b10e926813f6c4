/**
 * Which classified block a DOM node belongs to. Blocks may nest (a promo block inside the 看中国 body
 * div, a figure block inside a body block), so a node belongs to the innermost block that holds it.
 */
import type { BlockKind, ClassifiedArticle } from '../types.ts';
import { CLUTTER_KINDS } from '../types.ts';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const CLUTTER = new Set<BlockKind>(CLUTTER_KINDS);

export function isClutterKind(kind: BlockKind): boolean {
  return CLUTTER.has(kind);
}

/** Looks up the kind of the innermost block holding a node; nodes outside every block have none. */
export class BlockMap {
  private readonly kindOfNode = new Map<Node, BlockKind>();

  constructor(private readonly classified: ClassifiedArticle) {
    for (const block of classified.blocks) {
      for (const node of block.nodes) this.kindOfNode.set(node, block.kind);
    }
  }

  kindOf(node: Node): BlockKind | null {
    for (let current: Node | null = node; current !== null; current = current.parentNode) {
      const kind = this.kindOfNode.get(current);
      if (kind !== undefined) return kind;
      if (current === this.classified.root) return null;
    }
    return null;
  }

  /** The block kind a node itself starts (not inherited from an ancestor). */
  ownKind(node: Node): BlockKind | null {
    return this.kindOfNode.get(node) ?? null;
  }
}

/** The top-level nodes of the blocks of the given kinds, in document order, without nodes nested in another listed node. */
export function blockRoots(classified: ClassifiedArticle, kinds: readonly BlockKind[]): Node[] {
  const wanted = new Set(kinds);
  const listed = new Set(classified.blocks.filter((block) => wanted.has(block.kind)).flatMap((block) => block.nodes));
  const roots: Node[] = [];
  // One walk in document order (compareDocumentPosition is unreliable in linkedom); a listed node's subtree is not entered.
  const stack: Node[] = [classified.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (listed.has(node)) {
      roots.push(node);
      continue;
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return roots;
}
