/**
 * The bundled demo for `npm start`: an invented article (article.md, written for this project, not
 * taken from the corpus) in the 2021 mirror layout — generation D of ../shared/corpus/REPORT.md §4:
 * two-variant top nav, no promo lines, lead image with caption and credit, an Epoch-style body with a
 * dateline, an in-body figure, transliterated names with English names in parentheses and an editor
 * line, the share block with its QR code, the 原文地址 line, the six-link tail nav and the tracking pixel.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gradientPng } from '../../tests/e2e/harness/png.ts';

/** Where the demo is served (by request interception): a blob URL of a mirror fork. */
export const DEMO_URL = 'https://github.com/mirror-reader-demo/tuidang/blob/master/pages/nf2021/n13000001.md';

/** The share block's QR image, which GitHub serves itself (github.com URLs are not proxied through camo). */
export const DEMO_QR_URL = 'https://github.com/gfw-breaker/tuidang/blob/master/pages/nf2021/n13000001.md.png';

export function demoMarkdown(): string {
  return readFileSync(resolve(import.meta.dirname, 'article.md'), 'utf8');
}

const PHOTO_TONES = [
  [[92, 129, 168], [214, 226, 236]],
  [[120, 140, 96], [228, 232, 210]],
  [[150, 110, 90], [238, 222, 206]],
] as const;

export const DEMO_QR_PNG = gradientPng(150, 150, [60, 60, 60], [160, 160, 160]);

/**
 * What the demo's camo stand-in answers: the QR code as a small square (the offline renderer may
 * proxy it), every other image as a 600×400 stand-in photo whose tone follows its URL.
 */
export function demoImage(proxiedUrl: string | null): Buffer {
  if (proxiedUrl === DEMO_QR_URL) return DEMO_QR_PNG;
  const toneIndex = createHash('sha256').update(proxiedUrl ?? '').digest()[0] ?? 0;
  const [top, bottom] = PHOTO_TONES[toneIndex % PHOTO_TONES.length] ?? PHOTO_TONES[0];
  return gradientPng(600, 400, top, bottom);
}
