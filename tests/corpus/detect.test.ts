/**
 * Detection and clean mode on the real corpus (../shared/corpus): every labelled article and every
 * bulk file must be detected and no negative; on the hand-checked labels every mustShow string stays
 * visible and every mustHide string is hidden; on the bulk files no paragraph of article text may end
 * up inside a clutter block. Pages are rendered the way github.com renders them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RepoFile } from '../../scripts/lib/github-render.ts';
import { classifyArticle } from '../../src/core/blocks.ts';
import { CLUTTER_KINDS, type BlockKind, type ClassifiedArticle } from '../../src/core/types.ts';
import { HAS_SHARED, SHARED_DIR, SKIP_REASON } from '../shared.ts';
import { cleanView, renderedArticle, squeeze } from '../unit/blocks-view.ts';

const CORPUS = join(SHARED_DIR, 'corpus');
const CLUTTER = new Set<BlockKind>(CLUTTER_KINDS);
const CORPUS_TIMEOUT = 600_000;

interface ManifestRow {
  file: string;
  repoFile: RepoFile;
  negative: boolean;
}

interface Gold {
  isArticle: boolean;
  mustShow?: string[];
  mustHide?: string[];
}

/** `file repo path commit [outlet kind notes]` rows of a corpus manifest. */
function readManifest(relativePath: string): ManifestRow[] {
  const [, ...rows] = readFileSync(join(CORPUS, relativePath), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file = '', repo = '', path = '', , , kind] = row.split('\t');
    const [owner = '', name = ''] = repo.split('/');
    return { file, repoFile: { owner, repo: name, ref: 'master', path }, negative: kind === 'negative' };
  });
}

function classifyCorpusFile(row: ManifestRow): ClassifiedArticle | null {
  return classifyArticle(renderedArticle(readFileSync(join(CORPUS, row.file), 'utf8'), row.repoFile));
}

function readGold(file: string): Gold | null {
  try {
    return JSON.parse(readFileSync(join(CORPUS, 'gold', file.replace(/\.md$/, '.json')), 'utf8')) as Gold;
  } catch {
    return null;
  }
}

/**
 * Boilerplate that clutter blocks are allowed to hold as plain text (REPORT.md §4–§5): the share
 * sentence, source labels and URLs, and the recurring trailers. Link text (nav and promo rows) is not
 * counted at all.
 */
const BOILERPLATE = [
  /https?:\/\/\S+/g,
  /手机上长按并复制下列链接或二维码分享本文章[:：]?/g,
  /原文(?:地址（需翻墙访问）|链接)[:：]?/g,
  /【诚征荣誉会员】.*/gs,
  /本文短网址.*/gs,
  /我们的标准[:：]?/g,
  /[（(]?希望之[声聲][^。]*。[）)]?/g,
  /[（(]?本文章或[节節]目[^。]*。[）)]?/g,
  /<script[^>]*>/g,
];
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
const PARAGRAPH_HAN_CHARS = 20;

function textOutsideLinks(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || ((node as Element).localName === 'a' && (node as Element).hasAttribute('href'))) return '';
  let text = '';
  for (const child of node.childNodes) text += textOutsideLinks(child);
  return text;
}

/** Clutter blocks holding 20+ Han characters that are neither link text nor known boilerplate: article text hidden by mistake. */
function hiddenParagraphs(classified: ClassifiedArticle): string[] {
  return classified.blocks
    .filter((block) => CLUTTER.has(block.kind))
    .map((block) => BOILERPLATE.reduce((text, pattern) => text.replace(pattern, ''), squeeze(block.nodes.map(textOutsideLinks).join(''))))
    .filter((text) => (text.match(HAN) ?? []).length >= PARAGRAPH_HAN_CHARS);
}

describe.skipIf(!HAS_SHARED)('detection and clean mode on the corpus', () => {
  const labelled = HAS_SHARED ? readManifest('MANIFEST.tsv') : [];
  const bulk = HAS_SHARED ? readManifest('bulk/MANIFEST.tsv') : [];

  it(
    'detects every labelled article and no negative',
    () => {
      const missed: string[] = [];
      const falseAlarms: string[] = [];
      for (const row of labelled) {
        const detected = classifyCorpusFile(row) !== null;
        const isArticle = readGold(row.file)?.isArticle ?? !row.negative;
        expect(isArticle, `${row.file}: manifest and gold agree`).toBe(!row.negative);
        if (isArticle && !detected) missed.push(row.file);
        if (!isArticle && detected) falseAlarms.push(row.file);
      }
      const articles = labelled.filter((row) => !row.negative).length;
      console.log(`labelled: ${articles - missed.length}/${articles} articles detected, ${falseAlarms.length}/${labelled.length - articles} negatives detected`);
      expect(articles).toBe(108);
      expect(missed).toEqual([]);
      expect(falseAlarms).toEqual([]);
    },
    CORPUS_TIMEOUT,
  );

  it(
    'shows every mustShow string and hides every mustHide string of the gold labels',
    () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const row of labelled) {
        const gold = readGold(row.file);
        if (!gold?.isArticle) continue;
        const classified = classifyCorpusFile(row);
        if (!classified) {
          wrong.push(`${row.file}: not detected`);
          continue;
        }
        const view = cleanView(classified);
        for (const text of gold.mustShow ?? []) {
          checked++;
          if (!view.shown.includes(squeeze(text))) wrong.push(`${row.file}: must show ${text}`);
        }
        for (const text of gold.mustHide ?? []) {
          checked++;
          if (view.shown.includes(squeeze(text)) || !view.hidden.includes(squeeze(text))) wrong.push(`${row.file}: must hide ${text}`);
        }
      }
      console.log(`gold clean mode: ${checked - wrong.length}/${checked} mustShow/mustHide strings right`);
      expect(checked).toBeGreaterThan(700);
      expect(wrong).toEqual([]);
    },
    CORPUS_TIMEOUT,
  );

  describe('bulk files', () => {
    const missed: string[] = [];
    const misplaced: string[] = [];
    const timings: number[] = [];

    beforeAll(() => {
      for (const row of bulk) {
        const root = renderedArticle(readFileSync(join(CORPUS, row.file), 'utf8'), row.repoFile);
        const started = performance.now();
        const classified = classifyArticle(root);
        timings.push(performance.now() - started);
        if (!classified) missed.push(row.file);
        else misplaced.push(...hiddenParagraphs(classified).map((text) => `${row.file}: ${text.slice(0, 60)}`));
      }
      timings.sort((a, b) => a - b);
      const percentile = (share: number) => (timings[Math.floor((timings.length - 1) * share)] ?? 0).toFixed(2);
      console.log(
        `bulk: ${bulk.length - missed.length}/${bulk.length} detected, ${misplaced.length} clutter blocks holding article text; ` +
          `classify median ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms, max ${percentile(1)} ms`,
      );
    }, CORPUS_TIMEOUT);

    it('detects every one of the 1,300 bulk files', () => {
      expect(bulk).toHaveLength(1300);
      expect(missed).toEqual([]);
    });

    it('never hides a paragraph of article text', () => {
      expect(misplaced).toEqual([]);
    });

    it('classifies a typical page in well under 2 ms', () => {
      expect(timings[Math.floor(timings.length / 2)]).toBeLessThan(2);
    });
  });
});

if (!HAS_SHARED) console.warn(`detect corpus tests: ${SKIP_REASON}`);
