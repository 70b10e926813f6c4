/**
 * The exported file: the article JSON v1, pretty-printed, Chinese kept as written (JSON.stringify
 * escapes nothing outside ASCII control characters and lone surrogates), and a file name that is
 * safe on every desktop file system.
 */
import type { Article } from '../core/types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** File systems limit a name to 255 bytes; CJK takes 3 bytes a character in UTF-8. */
const MAX_TITLE_BYTES = 150;
const FALLBACK_TITLE = 'article';

export function articleJsonText(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/** `YYYY-MM-DD-<title>.json`, or `undated-<title>.json` when the article has no valid date. */
export function exportFileName(article: Article): string {
  const prefix = article.date && ISO_DATE.test(article.date) ? article.date : 'undated';
  return `${prefix}-${fileSafeTitle(article.title) || FALLBACK_TITLE}.json`;
}

function fileSafeTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    // Other control and format characters, including bidi overrides that can disguise an extension.
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    // Reserved on Windows or a path separator somewhere.
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/ {2,}/g, ' ');
  return trimEnds(truncateUtf8(trimEnds(cleaned), MAX_TITLE_BYTES));
}

/** Leading dots hide a file; Windows drops trailing dots and spaces. */
function trimEnds(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, '');
}

/** Cuts at a whole code point, so no half surrogate pair ends the name. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = '';
  for (const char of text) {
    bytes += utf8Length(char.codePointAt(0) ?? 0);
    if (bytes > maxBytes) break;
    result += char;
  }
  return result;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
