/**
 * What the popup exports equals what `npm run extract` prints for the same page, apart from
 * `extractedAt`: the article the content script extracts in the browser from the page github.com
 * serves is compared with the batch CLI's extraction (scripts/lib/pipeline.ts) of the same Markdown
 * file, on every labelled corpus article; every export is valid against the JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { extractMarkdown } from '../../scripts/lib/pipeline.ts';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import { HAS_SHARED, SKIP_REASON } from '../shared.ts';
import { corpusPage, manifestUrls, readGold } from './corpus-pages.ts';
import { targetBrowser } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

if (!HAS_SHARED) console.info(`export-parity (${targetBrowser()}): ${SKIP_REASON}`);

const withoutTimestamp = (article: Article | null): Omit<Article, 'extractedAt'> | null => {
  if (!article) return null;
  const { extractedAt: _extractedAt, ...rest } = article;
  return rest;
};

const session = useBrowser();

describe.skipIf(!HAS_SHARED)(`export equals the batch CLI on the labelled corpus (${targetBrowser()})`, () => {
  it('gives the same article JSON in the page as npm run extract', { timeout: 600_000 }, async () => {
    const urls = manifestUrls();
    const pages = readGold('articles')
      .filter((gold) => gold.isArticle)
      .map((gold) => corpusPage(gold.file, urls));
    const tab = await session().newPage();
    const differing: string[] = [];
    const invalid: string[] = [];
    for (const page of pages) {
      session().servePage(page.url, page.markdown, page.view);
      await tab.goto(page.url);
      await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
      const exported = await session().getArticle(page.url);
      const errors = articleSchemaErrors(exported);
      if (errors.length > 0) invalid.push(`${page.file}: ${errors.join('; ')}`);
      const cli = extractMarkdown(page.markdown, page.url).article;
      try {
        expect(withoutTimestamp(exported)).toEqual(withoutTimestamp(cli));
      } catch {
        differing.push(page.file);
      }
    }
    console.info(`export-parity ${targetBrowser()}: ${pages.length - differing.length}/${pages.length} pages identical to the CLI`);
    expect(pages.length).toBeGreaterThan(0);
    expect(invalid).toEqual([]);
    expect(differing).toEqual([]);
  });
});
