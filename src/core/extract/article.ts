/**
 * Assembles the exported Article (schema v1, `../shared/docs/article-json.md`) from a classified
 * mirrored article: title, mirror location, dateline and dates, editor, original URL, people,
 * figures and body text.
 */
import { cleanText, repairMojibake } from '../text.ts';
import type { Article, BlockKind, ClassifiedArticle, Dateline, MirrorRef } from '../types.ts';
import { bodyText } from './body.ts';
import { findEditor, findOriginalUrl } from './credits.ts';
import { articleDate, dateFromPictures, dateFromUrl, findDateline } from './dateline.ts';
import { findFigures } from './figures.ts';
import { extractPeople } from './people.ts';
import { blockRoots } from './regions.ts';

export const EXTRACTOR = { name: 'mirror-reader', version: '0.1.0' } as const;

export function extractArticle(classified: ClassifiedArticle, url: string, now: Date = new Date()): Article {
  const title = titleText(classified);
  const figureMatches = findFigures(classified);
  const figures = figureMatches.map((match) => match.figure);
  const { paragraphs: textParagraphs, taggedTerms } = bodyText(classified, new Set(figureMatches.flatMap((match) => match.captionNodes)));
  const originalUrl = findOriginalUrl(blockText(classified, ['original-url', 'share']));
  // A dateline without a year takes the one nearest a date the page gives elsewhere.
  const referenceDate = (originalUrl === null ? null : dateFromUrl(originalUrl)) ?? dateFromPictures(figures.map((figure) => figure.src));
  const dateline = findDateline(textParagraphs, { referenceDate });
  const editor = findEditor(textParagraphs);
  const paragraphs = withoutDateline(textParagraphs, dateline);
  const people = extractPeople({
    title,
    paragraphs,
    captions: figures.flatMap((figure) => (figure.caption === null ? [] : [figure.caption])),
    taggedTerms,
    exclude: [...(dateline?.reporters ?? []), ...(editor === null ? [] : [editor])],
  });
  return {
    schemaVersion: 1,
    url,
    mirror: mirrorFromUrl(url),
    title,
    date: articleDate(dateline, textParagraphs, originalUrl),
    dateline,
    editor,
    originalUrl,
    people,
    figures,
    body: { paragraphs, characters: paragraphs.reduce((total, paragraph) => total + paragraph.length, 0) },
    extractor: { ...EXTRACTOR },
    extractedAt: now.toISOString(),
  };
}

/**
 * The `###` heading as shown: mojibake repaired (as cleanText does for the body), NBSP (also a literal
 * `&nbsp;` GitHub leaves in a heading) as a space, runs of space collapsed, trimmed.
 */
function titleText(classified: ClassifiedArticle): string {
  return repairMojibake(blockText(classified, ['title']))
    .replace(/&nbsp;?/gi, ' ')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

function blockText(classified: ClassifiedArticle, kinds: readonly BlockKind[]): string {
  return blockRoots(classified, kinds)
    .map((node) => node.textContent ?? '')
    .join('\n');
}

/**
 * The dateline is exported on its own, so it is cut from the start of the paragraph that opens with it
 * (`【大纪元2021年05月20日讯】（大纪元记者林紫蓉报导）5月19日，…` → `5月19日，…`); a paragraph that held
 * only the dateline goes. A closing credit line used as the dateline stays where it is.
 */
function withoutDateline(paragraphs: string[], dateline: Dateline | null): string[] {
  if (dateline === null) return paragraphs;
  const prefix = cleanText(dateline.text);
  const index = paragraphs.findIndex((paragraph) => paragraph.startsWith(prefix));
  if (index === -1 || prefix === '') return paragraphs;
  const rest = cleanText(paragraphs[index]!.slice(prefix.length));
  return [...paragraphs.slice(0, index), ...(rest === '' ? [] : [rest]), ...paragraphs.slice(index + 1)];
}

/**
 * Where the page sits in its mirror repository: blob views give OWNER/REPO, REF and PATH; a repository
 * home page shows README.md of the default branch (`HEAD`, or the REF of a `/tree/REF` URL). Other
 * pages have no mirror location.
 */
export function mirrorFromUrl(url: string): MirrorRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname !== 'github.com') return null;
  let segments: string[];
  try {
    segments = parsed.pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  } catch {
    return null;
  }
  const [owner, repo, view, ref, ...path] = segments;
  if (owner === undefined || repo === undefined) return null;
  const repository = `${owner}/${repo}`;
  if (view === undefined) return { repo: repository, ref: 'HEAD', path: 'README.md' };
  if (view === 'tree' && ref !== undefined && path.length === 0) return { repo: repository, ref, path: 'README.md' };
  if (view === 'blob' && ref !== undefined && path.length > 0) return { repo: repository, ref, path: path.join('/') };
  return null;
}
