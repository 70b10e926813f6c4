/**
 * Figures: the content images of a mirrored article with their captions and photo credits.
 *
 * GitHub unwraps `<figure>`/`<figcaption>`, strips every class and proxies images through camo
 * (`../shared/docs/github-dom.md` §1.3, §2.2), so the caption shapes of the source sites
 * (`../shared/corpus/REPORT.md` §7.13) all arrive as one of three structures:
 *
 *  1. text that follows the image on its own line, inside the same container, up to the next line
 *     break or block — `<a><img></a><br>caption<br>` (Epoch/NTD/SOH figcaptions, 看中国 text after
 *     `<br>`, Minghui table cells, VOA `<span>`);
 *  2. a box that closes the image's container — `<div><a><img></a><div>caption</div></div>` (Epoch
 *     and SOH-2019 lead images, RFA `headerimg`, Reuters `Image_caption`);
 *  3. a short caption line right after the image's own block that ends in a photo credit —
 *     `<p><img></p><h5>caption（摄影：X）</h5>`.
 *
 * The image is first widened to its "anchor": the largest ancestor that holds nothing but this image
 * (its link, its `div.thumb`, its own `<p>`), so the caption is searched beside the whole image box.
 *
 * The credit is the caption's trailing parenthetical when it reads as a photo credit (`（美联社）`,
 * `(Joe Raedle/Getty Images)`, mixed `（…)`), an agency tail after the last full stop
 * (`。REUTERS/Aly Song`), or a short element of its own closing the caption (RFA `Photo: RFA`).
 */
import { cleanText, hasHan } from '../text.ts';
import type { ClassifiedArticle, Figure } from '../types.ts';
import { BlockMap, ELEMENT_NODE, TEXT_NODE, isClutterKind } from './regions.ts';

export interface FigureMatch {
  figure: Figure;
  /** The nodes holding the caption text, so that body text can leave them out. */
  captionNodes: Node[];
}

export function extractFigures(classified: ClassifiedArticle): Figure[] {
  return findFigures(classified).map((match) => match.figure);
}

/** Images of the lead, body and figure blocks in reading order; clutter blocks hold QR codes, promo images and the pixel. */
export function findFigures(classified: ClassifiedArticle): FigureMatch[] {
  const blocks = new BlockMap(classified);
  const matches: FigureMatch[] = [];
  for (const image of classified.root.querySelectorAll('img')) {
    const kind = blocks.kindOf(image);
    if (kind === null || isClutterKind(kind) || kind === 'title' || kind === 'editor') continue;
    const sources = imageSources(image);
    if (sources === null || isDecoration(image, sources.src)) continue;
    const captionNodes = findCaptionNodes(image, classified.root);
    const { caption, credit } = captionAndCredit(captionNodes);
    matches.push({
      captionNodes,
      figure: { ...sources, caption, credit, alt: nonEmpty(cleanText(image.getAttribute('alt') ?? '')), lead: kind === 'lead' },
    });
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Sources

const GITHUB = 'https://github.com';
const DATA_IMAGE = 'data:';

/**
 * `src` is the original URL (camo's `data-canonical-src`, else the `src` itself); `displaySrc` is the
 * URL the page loads. GitHub rewrites repository-relative images to `/OWNER/REPO/raw/REF/…`, so
 * relative URLs resolve against github.com. GitHub's sanitiser removes every non-http(s) image source;
 * the only such sources the mirror generator wrote are inline `data:` images (REPORT §5.3), so an image
 * left without a source is reported as "data:". Other schemes (`javascript:` …) are not images.
 */
function imageSources(image: Element): { src: string; displaySrc: string } | null {
  const shown = image.getAttribute('src')?.trim() ?? '';
  // A blank line inside the tag ends Markdown's HTML block mid-attribute: the rest leaks into alt and no image is left.
  if (shown === '' && /\ssrc=/.test(image.getAttribute('alt') ?? '')) return null;
  const canonical = image.getAttribute('data-canonical-src')?.trim() ?? '';
  const displaySrc = shown === '' ? DATA_IMAGE : imageUrl(shown);
  const src = canonical !== '' ? imageUrl(canonical) : displaySrc;
  if (src === null || displaySrc === null) return null;
  return { src, displaySrc };
}

function imageUrl(url: string): string | null {
  if (/^data:/i.test(url)) return DATA_IMAGE;
  if (/^https?:\/\/\S+$/i.test(url) || /^\/\/[^/\s]\S*$/.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  try {
    return new URL(url, `${GITHUB}/`).href;
  } catch {
    return null;
  }
}

/** Square icons and spacers at most this many pixels wide or high are decoration, not figures. */
const ICON_PIXELS = 32;
/** Standard IAB banner sizes seen in file names of ad images (`join_membership_728x90.jpg`). */
const BANNER_SIZE = /(?:^|[^0-9])(728x90|468x60|300x250|320x50|160x600|970x90)(?:[^0-9]|$)/i;
/** Ad assets of the source sites live under an `ad`/`ads`/`ad2017` path segment or are named `…ad2020….gif`. */
const AD_PATH = /\/(?:ads?|ad\d{2,4})\/|\/[a-z]*ad\d{4,}[^/]*\.gif$/i;
/** The share block's QR code is an image of the page itself (`….md.png`), wherever it ends up. */
const PAGE_QR = /\.md\.png(?:$|[?#])/i;
const EMOJI_PATH = /\/emoji\//i;

/** The tracking pixel, icons, emoji, ad banners and QR codes are never figures, even when misclassified. */
function isDecoration(image: Element, src: string): boolean {
  const width = pixels(image.getAttribute('width'));
  const height = pixels(image.getAttribute('height'));
  if ((width !== null && width <= ICON_PIXELS) || (height !== null && height <= ICON_PIXELS)) return true;
  return BANNER_SIZE.test(src) || AD_PATH.test(src) || PAGE_QR.test(src) || EMOJI_PATH.test(src);
}

/** A pixel size from a width/height attribute (`0px`, `100`, `100px;`); null for percentages and junk. */
function pixels(value: string | null): number | null {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)(px)?;?$/i);
  return match?.[1] === undefined ? null : Number(match[1]);
}

// ---------------------------------------------------------------------------------------------
// Captions

/** Captions are short; a longer run of text after an image is body text. */
const MAX_CAPTION = 400;
/** A caption line after the image's own block (shape 3) must be shorter still and carry a credit. */
const MAX_CAPTION_LINE = 200;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'markdown-accessiblity-table', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);
/** Blocks that may box a caption (shape 2); paragraphs, headings and tables are body text there. */
const CAPTION_BOX_TAGS = new Set(['div', 'span', 'figcaption']);
const LINE_TAGS = new Set(['p', 'div', 'h4', 'h5', 'h6']);

export function isBlockElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName);
}

function findCaptionNodes(image: Element, root: Element): Node[] {
  const anchor = imageAnchor(image, root);
  if (!startsLine(anchor)) return [];
  const inline: Node[] = [];
  let length = 0;
  for (let node = anchor.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (inline.length === 0 && text.trim() === '') continue;
      inline.push(node);
      length += text.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'br') {
        if (hasText(inline)) break;
        continue;
      }
      if (containsImage(element)) break;
      if (!hasContent(element)) continue;
      if (isBlockElement(element)) {
        if (hasText(inline)) break;
        return captionBlock(element, anchor) ?? [];
      }
      inline.push(element);
      length += element.textContent?.length ?? 0;
    }
    if (length > MAX_CAPTION * 2) return [];
  }
  return cleanText(inline.map(textOf).join('')).length <= MAX_CAPTION ? inline : [];
}

/** Climbs from the image while the parent holds nothing else visible: no text and no other image. */
function imageAnchor(image: Element, root: Element): Element {
  let anchor = image;
  for (let parent = anchor.parentElement; parent !== null && parent !== root; parent = parent.parentElement) {
    if (!onlyHolds(parent, anchor)) break;
    anchor = parent;
  }
  return anchor;
}

function onlyHolds(parent: Element, child: Element): boolean {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node !== child && hasContent(node)) return false;
  }
  return true;
}

/** An image starts a line when it fills a block of its own, or when nothing but whitespace, a line break, a block or another image comes before it. */
function startsLine(anchor: Element): boolean {
  if (isBlockElement(anchor)) return true;
  for (let node = anchor.previousSibling; node !== null; node = node.previousSibling) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (element.localName === 'br' || isBlockElement(element) || containsImage(element)) return true;
      if (hasContent(element)) return false;
    } else if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '') {
      return false;
    }
  }
  return true;
}

/**
 * A block right after the image is its caption when it closes the image's container and is a caption
 * box (shape 2), or when it is a short line that ends in a photo credit (shape 3).
 */
function captionBlock(block: Element, anchor: Element): Node[] | null {
  if (containsImage(block)) return null;
  const raw = boundedText(block, MAX_CAPTION * 4);
  if (raw === null) return null;
  const text = cleanText(raw);
  if (text === '') return null;
  const tag = block.localName;
  if (CAPTION_BOX_TAGS.has(tag) && text.length <= MAX_CAPTION && closesContainer(block)) return [block];
  if (isBlockElement(anchor) && LINE_TAGS.has(tag) && text.length <= MAX_CAPTION_LINE && splitCredit(text).credit !== null) return [block];
  return null;
}

/** The text under a node, or null as soon as it passes `limit` characters (a following block may hold the rest of the article). */
function boundedText(node: Node, limit: number): string | null {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeType === TEXT_NODE) {
      text += current.textContent ?? '';
      if (text.length > limit) return null;
    }
    for (let child = current.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return text;
}

function closesContainer(block: Element): boolean {
  for (let node = block.nextSibling; node !== null; node = node.nextSibling) {
    if (hasContent(node)) return false;
  }
  return true;
}

/** True when a node shows something: non-whitespace text or an image. */
function hasContent(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').trim() !== '';
  if (node.nodeType !== ELEMENT_NODE) return false;
  if ((node as Element).localName === 'img') return true;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) if (hasContent(child)) return true;
  return false;
}

/**
 * Child nodes by sibling links: linkedom builds `childNodes` by walking the whole subtree, which made
 * pages with thousands of figures quadratic.
 */
function children(node: Node): Node[] {
  const list: Node[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) list.push(child);
  return list;
}

function containsImage(element: Element): boolean {
  return element.localName === 'img' || element.querySelector('img') !== null;
}

function hasText(nodes: Node[]): boolean {
  return nodes.some((node) => (node.textContent ?? '').trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// Credits

/**
 * Words that mark a parenthetical as a photo credit: agencies, outlets, "photo"/"screenshot"/"provided"/
 * "taken from … Facebook", licences. A parenthetical without them — a position note `（左）`, a date `（2018年5月21日）`, a
 * programme name `（涛哥侃封神）` — stays in the caption.
 */
const CREDIT_WORDS =
  /[图圖摄攝绘繪]|截|提供|来源|來源|网络|網絡|网$|網$|资料|資料|社|维基|維基|领域|領域|新闻|新聞|日报|日報|时报|時報|电视|電視|大纪元|大紀元|新唐人|明慧|看中国|看中國|希望之声|希望之聲|美国之音|美國之音|自由亚洲|脸书|臉書|网站|網站|取自|翻拍|照片|facebook|getty|afp|\b(?:ap|epa|rfa|voa|bbc|cnn|ntd|upi)\b|reuters|images?\b|photo|pixabay|shutterstock|wiki|public domain|pool|via\b|cc by|[/／]/i;
/** Reporter and editor credits (`（记者X报导/责任编辑：Y）`) are bylines, not photo credits. */
const BYLINE_WORDS = /报导|报道|報導|報道|编辑|編輯|编译|編譯/;
const PHOTO_WORDS = /[图圖摄攝]/;
const OPENERS = new Set(['(', '（']);
const CLOSERS = new Set([')', '）']);
/** After a full stop, a Latin-only tail with a slash or "via" is an agency credit: `。REUTERS/Aly Song`. */
const LATIN_CREDIT_TAIL = /。\s*([^。]*?)\s*$/;

/** Longest credit that may stand in an element of its own after the caption (RFA `<span>Photo: RFA</span>`). */
const SENTENCE_END = /[。.!?！？…”」]$/;
const CREDIT_LABEL = /^[^：:]{1,8}[：:]/;
const MAX_CREDIT_ELEMENT = 40;

/**
 * The caption text and its credit: a credit in an element of its own closing the caption (RFA
 * `<span>caption</span><span>Photo: RFA</span>`), else a trailing parenthetical or agency tail.
 */
function captionAndCredit(captionNodes: Node[]): { caption: string | null; credit: string | null } {
  const box = captionNodes.length === 1 && captionNodes[0]!.nodeType === ELEMENT_NODE ? children(captionNodes[0]!) : captionNodes;
  const parts = box.filter(hasContent);
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined && last.nodeType === ELEMENT_NODE) {
    const credit = cleanText(textOf(last));
    const caption = cleanText(parts.slice(0, -1).map(textOf).join(''));
    // A tag-link word closing a running caption (`…会见<a>美联社</a>`) is no credit: the caption must be finished, or the credit labelled.
    const standsApart = SENTENCE_END.test(caption) || CREDIT_LABEL.test(credit);
    if (credit.length <= MAX_CREDIT_ELEMENT && standsApart && isCreditText(credit)) {
      // The caption may carry its own credit too (`…。（记者X摄）` + `Photo: RFA`): both are kept.
      const inner = splitCredit(caption);
      return { caption: inner.caption, credit: inner.credit === null ? credit : `${inner.credit}；${credit}` };
    }
  }
  return splitCredit(cleanText(captionNodes.map(textOf).join('')));
}

function textOf(node: Node): string {
  return node.textContent ?? '';
}

/** Splits `caption（credit）` — full-width, ASCII or mixed parentheses — into caption and credit, both cleanText-normalised. */
export function splitCredit(text: string): { caption: string | null; credit: string | null } {
  const trimmed = text.trim();
  const parenthetical = trailingParenthetical(trimmed);
  if (parenthetical !== null && looksLikeCredit(parenthetical.inner, parenthetical.before)) {
    return { caption: nonEmpty(cleanText(parenthetical.before)), credit: nonEmpty(cleanText(parenthetical.inner)) };
  }
  const tail = trimmed.match(LATIN_CREDIT_TAIL)?.[1];
  if (tail !== undefined && tail !== '' && !hasHan(tail) && /\/|\bvia\b/i.test(tail)) {
    return { caption: nonEmpty(cleanText(trimmed.slice(0, trimmed.length - tail.length))), credit: tail };
  }
  return { caption: nonEmpty(cleanText(trimmed)), credit: null };
}

function trailingParenthetical(text: string): { before: string; inner: string } | null {
  const last = text[text.length - 1];
  if (last === undefined || !CLOSERS.has(last)) return null;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const char = text[index] ?? '';
    if (CLOSERS.has(char)) depth++;
    else if (OPENERS.has(char) && --depth === 0) return { before: text.slice(0, index), inner: text.slice(index + 1, -1) };
  }
  return null;
}

function isCreditText(text: string): boolean {
  return CREDIT_WORDS.test(text) && !(BYLINE_WORDS.test(text) && !PHOTO_WORDS.test(text));
}

function looksLikeCredit(inner: string, before: string): boolean {
  const content = inner.trim();
  if (content === '') return false;
  if (BYLINE_WORDS.test(content) && !PHOTO_WORDS.test(content)) return false;
  if (isCreditText(content)) return true;
  // A Latin name after a finished sentence is a photographer, after a Chinese name it is that person's original name.
  return !hasHan(content) && SENTENCE_END.test(before.trimEnd());
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}
