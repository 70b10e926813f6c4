/**
 * What a reader sees, measured inside the page: whether a text is visible now, and on which frames
 * from the very first paint it was visible. Visible means: some element holding the text is rendered
 * with a non-empty box, not `visibility: hidden`, not transparent (Element.checkVisibility). The text is
 * matched with all whitespace removed, so it may span inline elements.
 */
import type { E2EPage } from './session.ts';

interface TextChecks {
  textVisible(text: string): boolean;
}

/** Per text: on how many frames it was visible, and the first such frame (0-based), from the first animation frame with a <body>. */
export interface PaintRecord {
  frames: number;
  visibleFrames: Record<string, number>;
  firstVisibleFrame: Record<string, number | null>;
}

interface HarnessWindow {
  __mrTextChecks?: TextChecks;
  __mrPaintRecord?: PaintRecord;
}

/**
 * Init script on every tab the harness opens: defines `window.__mrTextChecks`. Self-contained,
 * because it is serialised into the page.
 */
export function defineTextChecks(): void {
  const squash = (text: string): string => text.replace(/\s+/g, '');
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const isShown = (element: Element): boolean =>
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    [...element.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
  // Text a reader could see: without script, style and template contents (GitHub's page JSON repeats the article).
  const readableText = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.has((node as Element).tagName)) return '';
    return [...node.childNodes].map(readableText).join('');
  };
  // The deepest elements whose text contains `needle`; a text cut by inline tags is held by their parent.
  const holders = (element: Element, needle: string, found: Element[]): Element[] => {
    const inner = [...element.children].filter((child) => !SKIPPED.has(child.tagName) && squash(child.textContent ?? '').includes(needle));
    // No child holds it: the element does, unless the text was only in a skipped child (e.g. a JSON <script>).
    if (inner.length === 0 && squash(readableText(element)).includes(needle)) found.push(element);
    for (const child of inner) holders(child, needle, found);
    return found;
  };
  const checks: TextChecks = {
    textVisible(text) {
      const needle = squash(text);
      const body = document.body;
      if (!body || !squash(body.textContent ?? '').includes(needle)) return false;
      return holders(body, needle, []).some(isShown);
    },
  };
  (window as unknown as HarnessWindow).__mrTextChecks = checks;
}

/**
 * Init script: records, on every animation frame from the first one on, which of `texts` are visible.
 * A frame callback runs just before the browser paints that frame, so a text with 0 visible frames was
 * never painted. Needs `defineTextChecks` (installed on every harness tab) to run first.
 */
export function recordTextPaints(texts: string[]): void {
  const win = window as unknown as HarnessWindow;
  const record: PaintRecord = {
    frames: 0,
    visibleFrames: Object.fromEntries(texts.map((text) => [text, 0])),
    firstVisibleFrame: Object.fromEntries(texts.map((text) => [text, null])),
  };
  win.__mrPaintRecord = record;
  const onFrame = (): void => {
    const checks = win.__mrTextChecks;
    if (document.body && checks) {
      for (const text of texts) {
        if (!checks.textVisible(text)) continue;
        record.visibleFrames[text] = (record.visibleFrames[text] ?? 0) + 1;
        record.firstVisibleFrame[text] ??= record.frames;
      }
      record.frames++;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** Starts a paint record for `texts` on the next document `page` loads: call before `goto`. */
export async function recordPaints(page: E2EPage, texts: string[]): Promise<void> {
  await page.addInitScript(recordTextPaints, texts);
}

/** The paint record of the current document (after `recordPaints` and `goto`). */
export async function readPaints(page: E2EPage): Promise<PaintRecord> {
  const record = await page.evaluate(() => (window as unknown as HarnessWindow).__mrPaintRecord ?? null);
  if (!record) throw new Error('No paint record in this document: call recordPaints(page, texts) before page.goto');
  return record;
}

/** Whether each text is visible now. */
export async function visibleTexts(page: E2EPage, texts: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((wanted) => {
    const checks = (window as unknown as HarnessWindow).__mrTextChecks;
    if (!checks) throw new Error('text checks missing: open the page with session.newPage() or session.open()');
    return Object.fromEntries(wanted.map((text) => [text, checks.textVisible(text)]));
  }, texts);
}
