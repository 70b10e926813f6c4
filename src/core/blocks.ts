/**
 * Classifies the regions of a mirrored news article as GitHub renders it (REPORT.md §3–§8,
 * github-dom.md §1–2): no class hooks survive, so everything is decided from structure and text,
 * in one walk over the article's children, descending only into containers that hold clutter.
 *
 * Named heuristics (each is a function below):
 * - titleAndRule: the page opens with an h3 (the `###` line, usually in GitHub's heading wrapper)
 *   followed by an <hr> (the 24-hyphen line). Without both there is no article.
 * - linkRowKind: a heading made only of links (plus `|` separators, emoji and a `网站代理：` label) whose
 *   targets are the mirror network's (github.com, git.io, bare IP hosts, repo-relative paths) is a
 *   nav row (first link 首页) or a promo line. Body subheadings never look like that: the generator
 *   renamed body links to <ok>/<span>, which GitHub drops.
 * - classifyLines: loose text and inline nodes are read as lines ending at <br>. The share sentence
 *   line starts the share block, which runs on over URL-only and image-only (QR) lines; a
 *   `原文地址（需翻墙访问）：URL` / `原文链接：URL` line is the source line; whole-line boilerplate is a trailer.
 * - lastSourceLineWins: only the last source line is the mirror's; an earlier one is a reprint credit
 *   inside the body and stays visible.
 * - trailerLine: recurring end-of-article boilerplate (看中国 【诚征荣誉会员】 and 本文短网址, the SOH
 *   copyright line, Reuters' trust badge, an embed's <script> tag shown as text).
 * - hasClutterMarker / collapse: a container that may hold clutter is walked child by child; one that
 *   turns out to hold nothing but clutter (看中国's in-body promo <div>) becomes a single block, one with
 *   no clutter at all stays a single content block.
 * - contentPiece: an image with caption-sized text before any body text is the lead; after it, a figure;
 *   a short element of its own naming 责任编辑/責任編輯 is the editor line; the rest is body, with its
 *   figures and editor line as nested blocks.
 *
 * Clutter blocks never contain content; content blocks may nest (figure and editor inside body).
 */
import { cleanText } from './text.ts';
import { CONTENT_KINDS, type Block, type BlockKind, type ClassifiedArticle, type ContentKind } from './types.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that break a line of loose inline content (anything else is read as part of the line). */
const BLOCK_TAGS = new Set([
  ...HEADING_TAGS, 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'header', 'hr', 'li', 'markdown-accessiblity-table', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements an editor line can be "its own element" in (an inline <strong> inside a paragraph is not). */
const LINE_TAGS = new Set(['p', 'div', 'li', 'td', 'blockquote']);
const LINK_TAG = new Set(['a']);
const IMAGE_TAG = new Set(['img']);
const SUMMARY_TAGS = new Set(['img', 'p', ...HEADING_TAGS]);
const CONTENT_KIND_SET = new Set<BlockKind>(CONTENT_KINDS);

const SHARE_LINE = /^手机上长按并复制下列链接或二维码分享本文章[:：]?$/;
const SOURCE_LINE = /^原文(?:地址[（(]需翻墙访问[）)]|链接)[:：]\S*$/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const TRAILER_LINES = [
  /^【诚征荣誉会员】/, // 看中国 membership appeal (followed by its banner GIF)
  /^本文短网址[:：]/, // 看中国 short URL + copyright notice
  /^我们的标准[:：]/, // Reuters "trust principles" badge
  /^[（(]?(?:希望之声版权所有|希望之聲版權所有|本文章或节目经希望之声编辑制作|本文章或節目經希望之聲編輯製作|转载请注明希望之声|轉載請註明希望之聲)/, // SOH copyright
  /^<script\b[^>]*>\s*(?:<\/script>)?$/i, // an embed's <script> tag, turned into text by GitHub's tag filter
];
/** Cheap pre-test on raw text for any of the line patterns above, to decide whether a container must be walked. */
const TEXT_MARKER = /手机上长按并复制|原文(?:地址|链接)|诚征荣誉会员|本文短网址|我们的标准|希望之[声聲]|<script/;
const TRAILER_MAX_CHARS = 300;
/** Longer than any share, source or trailer line (a source URL can be long). */
const LINE_PATTERN_MAX_CHARS = 800;
const CAPTION_MAX_CHARS = 400;
const EDITOR_MAX_CHARS = 60;
const EDITOR_LABEL = /责任编辑|責任編輯/;
/** A credit line: `责任编辑：X`, `（记者X报导/责任编辑：Y）`, `（转自大纪元/责任编辑：X）` — no sentence punctuation around the label. */
const EDITOR_LINE = /^[^，。！？“”]{0,20}(?:责任编辑|責任編輯)[^，。！？“”]{0,20}$/;

/** What a link row may hold outside its links: separators, emoji, spaces. */
const ROW_DECORATION = /[\s|｜\u00a0\u200b\u200d\ufe0f\p{Extended_Pictographic}]/gu;
const PROXY_LABEL = /^网站代理[:：]?$/;
const PROMO_OPENING = /^(?:\p{Extended_Pictographic}|网站代理)/u;
const MIRROR_HOST = /^(?:(?:[\w-]+\.)*github\.(?:com|io)|git\.io|\d{1,3}(?:\.\d{1,3}){3})$/i;
const PIXEL_SIZE = /^0(?:px)?$/i;

/** A classified stretch of one level of the tree; `kind: null` is neutral (whitespace, empty ad slots). */
interface Piece {
  kind: BlockKind | 'pending-rule' | null;
  nodes: Node[];
  nested?: Block[];
}

export function classifyArticle(root: Element): ClassifiedArticle | null {
  const opening = titleAndRule(root);
  if (!opening) return null;
  const walker = new ArticleWalker();
  const pieces = walker.walk(opening.rule.nextSibling, 0);
  const blocks: Block[] = [
    { kind: 'title', nodes: [opening.title] },
    { kind: 'separator', nodes: [opening.rule] },
  ];
  for (const piece of pieces) {
    if (piece.kind !== null && piece.kind !== 'pending-rule') blocks.push({ kind: piece.kind, nodes: piece.nodes });
    if (piece.nested) blocks.push(...piece.nested);
  }
  const hasSource = lastSourceLineWins(blocks);
  if (!hasSource && !blocks.some((block) => block.kind === 'share')) return null;
  return { root, blocks };
}

/** The `###` title and the 24-hyphen rule right after it: the first two things in the article. */
function titleAndRule(root: Element): { title: Element; rule: Element } | null {
  const title = nextSignificant(root.firstChild);
  if (!title || title.nodeType !== ELEMENT_NODE || headingOf(title as Element)?.localName !== 'h3') return null;
  const rule = nextSignificant(title.nextSibling);
  if (!rule || rule.nodeType !== ELEMENT_NODE || (rule as Element).localName !== 'hr') return null;
  return { title: title as Element, rule: rule as Element };
}

/** Every source line but the last is a credit inside the body (e.g. 原文链接 of a reprint): content. */
function lastSourceLineWins(blocks: Block[]): boolean {
  const sources = blocks.filter((block) => block.kind === 'original-url');
  for (const source of sources.slice(0, -1)) source.kind = 'body';
  return sources.length > 0;
}

class ArticleWalker {
  private bodyStarted = false;
  private leadFound = false;

  /** Classifies `first` and its following siblings (one level of the tree). */
  walk(first: ChildNode | null, depth: number): Piece[] {
    const pieces: Piece[] = [];
    let node = first;
    while (node) {
      if (isBlockish(node)) {
        pieces.push(...this.classifyElement(node as Element, depth));
        node = node.nextSibling;
        continue;
      }
      const run: Node[] = [];
      while (node && !isBlockish(node)) {
        run.push(node);
        node = node.nextSibling;
      }
      const before = pieces.findLast((piece) => piece.kind !== null);
      pieces.push(...this.classifyLines(run, before?.kind ?? null));
    }
    resolveRules(pieces);
    return pieces;
  }

  private classifyElement(element: Element, depth: number): Piece[] {
    if (element.localName === 'hr') return [{ kind: depth === 0 ? 'separator' : 'pending-rule', nodes: [element] }];
    const heading = headingOf(element);
    const row = heading ? linkRowKind(heading) : null;
    if (row) return [{ kind: row, nodes: [element] }];
    const summary = summarize([element]);
    if (isPixelOnly(summary)) return [{ kind: 'pixel', nodes: [element] }];
    if (hasClutterMarker(summary) || this.leadIsInside(element, summary)) {
      const pieces = this.walk(element.firstChild, depth + 1);
      // Nothing to hide or expose after all (a story quoting 原文链接, say): the container stays one block.
      if (pieces.some((piece) => isClutter(piece.kind) || piece.kind === 'lead')) return collapse(element, pieces);
    }
    return [this.contentPiece([element], summary)];
  }

  /** Before any body text, a container that opens with an image and its caption (看中国) is split to expose the lead. */
  private leadIsInside(element: Element, summary: Summary): boolean {
    if (this.leadFound || this.bodyStarted || summary.images.length === 0 || isImageWithCaption(summary)) return false;
    const first = nextSignificant(element.firstChild);
    return first !== null && first.nodeType === ELEMENT_NODE && isImageWithCaption(summarize([first]));
  }

  /**
   * Loose inline nodes, read as lines ending at <br>; consecutive content lines make one piece, an editor
   * line its own. `before` is the kind of what precedes the run (a share block can end in a wrapper element).
   */
  private classifyLines(run: Node[], before: Piece['kind']): Piece[] {
    const pieces: Piece[] = [];
    const contentLines = new Set<Piece>();
    let blankLines: Node[] = [];
    let previous: Piece | null = null;
    for (const line of splitAtBreaks(run)) {
      const summary = summarize(line);
      // Every clutter line is short; a long one is body text and needs no cleaning.
      const text = exceedsVisibleLength(summary.text, LINE_PATTERN_MAX_CHARS) ? summary.text : cleanText(summary.text);
      const hasImage = summary.images.length > 0;
      if (text === '' && !hasImage) {
        if (summary.pixels > 0) {
          previous = { kind: 'pixel', nodes: [...blankLines, ...line] };
          pieces.push(previous);
          blankLines = [];
        } else if (previous && isClutter(previous.kind)) previous.nodes.push(...line);
        else blankLines.push(...line);
        continue;
      }
      const kind = lineKind(text, hasImage, previous ? previous.kind : before);
      const editorLine = kind === null && isEditorLine(text);
      const continues = previous !== null && (kind === null ? contentLines.has(previous) && !editorLine && previous.kind === 'body' : kind === previous.kind);
      if (previous && continues) {
        previous.nodes.push(...blankLines, ...line);
      } else {
        if (kind === null && blankLines.length > 0) pieces.push({ kind: null, nodes: blankLines });
        previous = { kind: kind ?? (editorLine ? 'editor' : 'body'), nodes: kind === null ? line : [...blankLines, ...line] };
        if (kind === null) contentLines.add(previous);
        pieces.push(previous);
      }
      blankLines = [];
    }
    if (blankLines.length > 0) pieces.push({ kind: null, nodes: blankLines });
    return pieces.map((piece) => (contentLines.has(piece) ? this.contentPiece(piece.nodes, summarize(piece.nodes)) : piece));
  }

  /** Content: lead image, figure, editor line or body (with its figures and editor line nested). */
  private contentPiece(nodes: Node[], summary: Summary): Piece {
    if (summary.images.length === 0 && summary.text.trim() === '') return { kind: null, nodes };
    if (isImageWithCaption(summary)) {
      const kind: ContentKind = this.leadFound || this.bodyStarted ? 'figure' : 'lead';
      this.leadFound ||= kind === 'lead';
      return { kind, nodes };
    }
    if (isEditorLine(summary.text)) return { kind: 'editor', nodes };
    this.bodyStarted = true;
    return { kind: 'body', nodes, nested: [...nestedFigures(nodes, summary.images), ...nestedEditorLines(nodes, summary.text)] };
  }
}

/** Which clutter a (non-blank) line is, given the line before it; null for content. */
function lineKind(text: string, hasImage: boolean, previous: Piece['kind']): BlockKind | null {
  if (SHARE_LINE.test(text)) return 'share';
  if (SOURCE_LINE.test(text)) return 'original-url';
  if (isTrailerLine(text)) return 'trailer';
  // The share block goes on with the mirror URL and the QR image; the 看中国 appeal with its banner.
  if (previous === 'share' && (URL_LINE.test(text) || (text === '' && hasImage))) return 'share';
  if (previous === 'trailer' && text === '' && hasImage) return 'trailer';
  return null;
}

function isTrailerLine(text: string): boolean {
  return text.length <= TRAILER_MAX_CHARS && TRAILER_LINES.some((pattern) => pattern.test(text));
}

/** A line that is the 责任编辑 credit and nothing else (raw or cleaned text). */
function isEditorLine(text: string): boolean {
  return !exceedsVisibleLength(text, EDITOR_MAX_CHARS) && EDITOR_LABEL.test(text) && EDITOR_LINE.test(cleanText(text));
}

function isClutter(kind: Piece['kind']): boolean {
  return kind !== null && kind !== 'pending-rule' && !CONTENT_KIND_SET.has(kind);
}

/** A walked container holding nothing but clutter becomes one block; otherwise its pieces stand. */
function collapse(container: Element, pieces: Piece[]): Piece[] {
  const kinds = new Set(pieces.map((piece) => piece.kind).filter((kind) => kind !== null));
  if ([...kinds].some((kind) => !isClutter(kind))) return pieces;
  kinds.delete('separator');
  if (kinds.size > 1) return pieces;
  const [kind = 'separator'] = kinds;
  return [{ kind, nodes: [container] }];
}

/** An <hr> inside a container is layout unless it sits between two pieces of content. */
function resolveRules(pieces: Piece[]): void {
  const significant = pieces.filter((piece) => piece.kind !== null);
  significant.forEach((piece, index) => {
    if (piece.kind !== 'pending-rule') return;
    const before = significant[index - 1]?.kind;
    const after = significant[index + 1]?.kind;
    const betweenContent = before !== undefined && after !== undefined && !isClutter(before) && !isClutter(after);
    piece.kind = betweenContent ? null : 'separator';
  });
}

/** The hN of a heading block: GitHub's `div.markdown-heading > hN + a.anchor` wrapper, or a bare hN (pre-2023). */
function headingOf(element: Element): Element | null {
  if (HEADING_TAGS.has(element.localName)) return element;
  const first = element.firstElementChild;
  if (element.localName !== 'div' || !first || !HEADING_TAGS.has(first.localName)) return null;
  return element.children.length === 1 || (element.children.length === 2 && element.lastElementChild?.localName === 'a') ? first : null;
}

/** 'nav' / 'promo' for a heading that is a row of mirror-network links, else null. */
function linkRowKind(heading: Element): 'nav' | 'promo' | null {
  const links = descendantsByTag(heading, LINK_TAG).filter((link) => !(link.getAttribute('href') ?? '#').startsWith('#'));
  const firstLink = links[0];
  if (!firstLink) return null;
  const outside = textOutsideLinks(heading).replace(ROW_DECORATION, '');
  if (outside !== '' && !PROXY_LABEL.test(outside)) return null;
  const allNetwork = links.every((link) => isMirrorNetworkLink(link.getAttribute('href') ?? ''));
  if (!allNetwork && !PROMO_OPENING.test(cleanText(heading.textContent ?? ''))) return null;
  return cleanText(firstLink.textContent ?? '').endsWith('首页') ? 'nav' : 'promo';
}

function textOutsideLinks(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (child.nodeType === ELEMENT_NODE && (child as Element).localName !== 'a') text += textOutsideLinks(child);
  }
  return text;
}

/** Links of the mirror network: GitHub repositories (absolute or repo-relative), git.io, bare-IP video/proxy hosts. */
function isMirrorNetworkLink(href: string): boolean {
  if (!/^[a-z][a-z\d+.-]*:/i.test(href) && !href.startsWith('//')) return true;
  try {
    return MIRROR_HOST.test(new URL(href, 'https://github.com/').hostname);
  } catch {
    return false;
  }
}

/** What classification needs to know about a stretch of nodes, gathered in one walk. */
interface Summary {
  text: string;
  /** Images a reader sees: not the tracking pixel. */
  images: Element[];
  pixels: number;
  headings: Element[];
  paragraphs: number;
}

function summarize(nodes: readonly Node[]): Summary {
  const summary: Summary = { text: '', images: [], pixels: 0, headings: [], paragraphs: 0 };
  for (const node of nodes) {
    summary.text += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) continue;
    for (const element of [node as Element, ...descendantsByTag(node as Element, SUMMARY_TAGS)]) {
      const tag = element.localName;
      if (tag === 'img') {
        if (isPixelImage(element)) summary.pixels++;
        else summary.images.push(element);
      } else if (tag === 'p') summary.paragraphs++;
      else if (HEADING_TAGS.has(tag)) summary.headings.push(element);
    }
  }
  return summary;
}

function hasClutterMarker(summary: Summary): boolean {
  return TEXT_MARKER.test(summary.text) || summary.pixels > 0 || summary.headings.some((heading) => linkRowKind(heading) !== null);
}

/** GitHub's rendering of the 0-px tracking image: the <img>, or a wrapper (its <a>, a <p>) holding nothing else. */
function isPixelOnly(summary: Summary): boolean {
  return summary.pixels === 1 && summary.images.length === 0 && summary.text.trim() === '';
}

function isPixelImage(image: Element): boolean {
  return PIXEL_SIZE.test(image.getAttribute('width') ?? '') || PIXEL_SIZE.test(image.getAttribute('height') ?? '');
}

/** One or more images with no more text than a caption, and not a container of paragraphs (a short body with a photo). */
function isImageWithCaption(summary: Summary): boolean {
  return summary.images.length > 0 && summary.paragraphs <= 1 && !exceedsVisibleLength(summary.text, CAPTION_MAX_CHARS);
}

/** Whether `text` has more than `limit` non-space characters; stops counting there, so long bodies stay cheap. */
function exceedsVisibleLength(text: string, limit: number): boolean {
  let visible = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000 && code !== 0x200b && ++visible > limit) return true;
  }
  return false;
}

/** One figure block per image in a body piece: the smallest element holding the image and its caption, or the unwrapped figure's loose nodes. */
function nestedFigures(nodes: Node[], images: Element[]): Block[] {
  const tops = new Set(nodes);
  return images.map((image) => ({ kind: 'figure' as const, nodes: figureNodes(image, tops) }));
}

function figureNodes(image: Element, tops: Set<Node>): Node[] {
  let unit: Element = image;
  for (let parent = unit.parentElement; parent && !tops.has(unit); parent = unit.parentElement) {
    if (descendantsByTag(parent, IMAGE_TAG, 2).length !== 1 || !isImageWithCaption(summarize([parent]))) break;
    unit = parent;
  }
  if (tops.has(unit) || BLOCK_TAGS.has(unit.localName)) return [unit];
  // GitHub unwraps <figure>/<figcaption>: the caption follows the image's link as loose nodes.
  const figure: Node[] = [unit];
  let captionText = '';
  for (let node = unit.nextSibling; node && !isBlockish(node) && summarize([node]).images.length === 0; node = node.nextSibling) {
    captionText += node.textContent ?? '';
    if (exceedsVisibleLength(captionText, CAPTION_MAX_CHARS)) break;
    figure.push(node);
  }
  return figure;
}

/** Editor lines inside a body piece: the outermost line-level element whose whole text is the 责任编辑 credit. */
function nestedEditorLines(nodes: Node[], rawText: string): Block[] {
  if (!EDITOR_LABEL.test(rawText)) return [];
  const found: Element[] = [];
  for (const node of nodes) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    for (const candidate of descendantsByTag(node as Element, LINE_TAGS)) {
      if (found.some((outer) => outer.contains(candidate))) continue;
      if (isEditorLine(candidate.textContent ?? '')) found.push(candidate);
    }
  }
  return found.map((element) => ({ kind: 'editor' as const, nodes: [element] }));
}

/** Lines of loose inline nodes; each <br> ends the line it is in. */
function splitAtBreaks(run: Node[]): Node[][] {
  const lines: Node[][] = [];
  let line: Node[] = [];
  for (const node of run) {
    line.push(node);
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName === 'br') {
      lines.push(line);
      line = [];
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** A block-level element, or an inline one wrapping block content (the HTML parser re-opens unclosed <a name> around blocks). */
function isBlockish(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return BLOCK_TAGS.has(element.localName) || descendantsByTag(element, BLOCK_TAGS, 1).length > 0;
}

/**
 * Descendant elements (document order) whose tag is in `tags`, at most `limit` of them. A plain walk
 * instead of querySelectorAll: linkedom re-parses the selector on every call, which dominated the run time.
 */
function descendantsByTag(element: Element, tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [...element.children].reverse();
  while (stack.length > 0 && found.length < limit) {
    const current = stack.pop() as Element;
    if (tags.has(current.localName)) found.push(current);
    for (let child = current.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

/** The first node from `node` on that is an element or non-blank text. */
function nextSignificant(node: ChildNode | null): ChildNode | null {
  let current = node;
  while (current && current.nodeType !== ELEMENT_NODE && (current.nodeType !== TEXT_NODE || (current.textContent ?? '').trim() === '')) {
    current = current.nextSibling;
  }
  return current;
}
