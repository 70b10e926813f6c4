/**
 * The corpus scores of ../shared/docs/article-json.md, computed in-process as `npm run eval` does, held
 * to floors a little under what the extractor reaches, plus the CLI agreeing with the core.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/eval.ts';
import { extractMarkdown } from '../../scripts/lib/pipeline.ts';
import { scoreResults, type LabelledResult, type Scores } from '../../scripts/lib/score.ts';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import type { Article } from '../../src/core/types.ts';
import { HAS_SHARED, SHARED_DIR, SKIP_REASON } from '../shared.ts';

if (!HAS_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAS_SHARED)('corpus evaluation', () => {
  let results: LabelledResult[];
  let scores: Scores;

  beforeAll(() => {
    results = evaluateCorpus(SHARED_DIR);
    scores = scoreResults(results);
  }, 300_000);

  it('detects every labelled article and no negative', () => {
    expect(scores.detection.articles.share).toBe(1);
    expect(scores.detection.falsePositives).toBe(0);
  });

  it('reads title, editor and original URL', () => {
    expect(scores.title.share).toBeGreaterThanOrEqual(0.98);
    expect(scores.editor.share).toBeGreaterThanOrEqual(0.98);
    expect(scores.originalUrl.share).toBeGreaterThanOrEqual(0.98);
  });

  it('reads the date and the dateline', () => {
    expect(scores.date.share).toBeGreaterThanOrEqual(0.98);
    expect(scores.outlet.share).toBeGreaterThanOrEqual(0.97);
    expect(scores.reporters.share).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the people mentioned', () => {
    expect(scores.people.macro.precision).toBeGreaterThanOrEqual(0.97);
    expect(scores.people.macro.recall).toBeGreaterThanOrEqual(0.90);
  });

  it('finds the figures with their captions', () => {
    expect(scores.figures.precision).toBeGreaterThanOrEqual(0.98);
    expect(scores.figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(scores.figures.countExact.share).toBeGreaterThanOrEqual(0.97);
    expect(scores.figures.captions.share).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps what readers need and hides the clutter (structurally)', () => {
    expect(scores.clean.mustShow.share).toBeGreaterThanOrEqual(0.97);
    expect(scores.clean.mustHide.share).toBeGreaterThanOrEqual(0.97);
  });

  it('exports only schema-valid articles', () => {
    for (const { gold, article } of results) {
      if (article !== null) expect(articleSchemaErrors(article), gold.file).toEqual([]);
    }
  });
});

describe.skipIf(!HAS_SHARED)('npm run extract on a corpus page', () => {
  it('prints what extractArticle gives in-process, apart from extractedAt', () => {
    const file = join(SHARED_DIR, 'corpus/articles/epochtimes/begood0513__goodnews__pages__nsc418__n13852569.md');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', file], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Article;
    const url = 'https://github.com/begood0513/goodnews/blob/master/pages/nsc418/n13852569.md';
    const inProcess = extractMarkdown(readFileSync(file, 'utf8'), url).article;
    expect(printed.url).toBe(url);
    expect({ ...printed, extractedAt: null }).toEqual({ ...inProcess, extractedAt: null });
  });
});
