/**
 * Reader layout (off by default): on an article page it hides GitHub's own chrome (the app header and
 * the file tree) and narrows the article to a reading column; a page without an article is untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/messages.ts';
import { HARBOUR, PLAIN_README } from './clean-pages.ts';
import { targetBrowser, type E2EPage } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

interface Layout {
  reader: string | null;
  /** Whether GitHub's header and file tree are rendered (absent elements count as not shown). */
  header: boolean;
  fileTree: boolean;
  articleWidth: number;
}

async function layout(tab: E2EPage): Promise<Layout> {
  return tab.evaluate(() => {
    const shown = (selector: string): boolean => {
      const element = document.querySelector(selector);
      return !!element && element.checkVisibility({ checkVisibilityCSS: true }) && element.getBoundingClientRect().height > 0;
    };
    return {
      reader: document.documentElement.getAttribute('data-mr-reader'),
      header: shown('header.AppHeader'),
      fileTree: shown('#repos-file-tree'),
      articleWidth: Math.round(document.querySelector('article.markdown-body')?.getBoundingClientRect().width ?? 0),
    };
  });
}

async function readerLayout(tab: E2EPage, on: boolean): Promise<Layout> {
  await session().setSettings({ readerLayout: on });
  await tab.waitFor((gate) => document.documentElement.getAttribute('data-mr-reader') === gate, on ? 'on' : 'off');
  return layout(tab);
}

afterEach(async () => {
  await session().setSettings(DEFAULT_SETTINGS);
});

describe(`reader layout (${targetBrowser()})`, () => {
  it('is off by default, and when on hides the header and file tree and narrows an article', async () => {
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    const tab = await session().open(HARBOUR.url);
    await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
    const normal = await layout(tab);
    expect(normal).toMatchObject({ reader: 'off', header: true, fileTree: true });

    const reading = await readerLayout(tab, true);
    expect(reading).toMatchObject({ header: false, fileTree: false });
    expect(reading.articleWidth).toBeGreaterThan(0);
    expect(reading.articleWidth).toBeLessThan(normal.articleWidth);
    console.info(`clean-reader ${targetBrowser()}: article ${normal.articleWidth}px wide normally, ${reading.articleWidth}px in reader layout`);

    expect(await readerLayout(tab, false)).toEqual(normal);
  });

  it('leaves a page without an article as GitHub draws it', async () => {
    session().servePage(PLAIN_README.url, PLAIN_README.markdown, 'home');
    const tab = await session().open(PLAIN_README.url);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-reader') === 'off');
    const normal = await layout(tab);
    expect(normal.header).toBe(true);
    expect(await readerLayout(tab, true)).toEqual({ ...normal, reader: 'on' });
  });
});
