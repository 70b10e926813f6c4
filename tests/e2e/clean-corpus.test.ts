/**
 * Clean mode on every labelled corpus page, in a real browser: each page is rendered as github.com
 * serves it at its real URL, and what a reader sees is checked against the gold labels (GOLD.md):
 * every `mustShow` string on screen, every `mustHide` string present in the page but not on screen.
 * Negatives must not be taken for articles. One tab goes from page to page.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SKIP_REASON } from '../shared.ts';
import { corpusPage, manifestUrls, readGold, type CorpusPage } from './corpus-pages.ts';
import { targetBrowser, visibleTexts, type E2EPage } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

if (!HAS_SHARED) console.info(`clean-corpus (${targetBrowser()}): ${SKIP_REASON}`);

/** Every negative of the corpus (labelled or not), each README also as its repository's home page. */
function negativePages(urls: Map<string, string>): CorpusPage[] {
  const files = [...urls.keys()].filter((file) => file.startsWith('negatives/')).sort();
  const readmes = files.filter((file) => urls.get(file)?.endsWith('/blob/master/README.md'));
  return [...files.map((file) => corpusPage(file, urls)), ...readmes.map((file) => corpusPage(file, urls, 'home'))];
}

interface PageState {
  article: boolean;
  /** The page's text with whitespace removed, to tell a hidden string from one that is not there at all. */
  text: string;
}

/** Opens the page in `tab` and waits until the content script has applied the clean-mode setting and classified the page. */
async function visit(tab: E2EPage, page: CorpusPage, serve: (page: CorpusPage) => void, clean: 'on' | 'off' = 'on'): Promise<PageState> {
  serve(page);
  await tab.goto(page.url);
  await tab.waitFor(
    (gate) => document.documentElement.getAttribute('data-mr-clean') === gate && !document.documentElement.hasAttribute('data-mr-pending'),
    clean,
  );
  return tab.evaluate(() => ({
    article: document.documentElement.hasAttribute('data-mr-article'),
    text: (document.querySelector('article.markdown-body')?.textContent ?? '').replace(/\s+/g, ''),
  }));
}

interface Tally {
  right: number;
  total: number;
}

const share = ({ right, total }: Tally): string => `${right}/${total} (${total === 0 ? '–' : ((100 * right) / total).toFixed(1)}%)`;

const session = useBrowser();

describe.skipIf(!HAS_SHARED)(`clean mode on the labelled corpus (${targetBrowser()})`, () => {
  const urls = HAS_SHARED ? manifestUrls() : new Map<string, string>();
  const golds = HAS_SHARED ? readGold('articles').filter((gold) => gold.isArticle) : [];
  const serve = (page: CorpusPage): void => session().servePage(page.url, page.markdown, page.view);

  it('shows every mustShow string and hides every mustHide string', { timeout: 600_000 }, async () => {
    const tab = await session().newPage();
    const detected: Tally = { right: 0, total: 0 };
    const shown: Tally = { right: 0, total: 0 };
    const hidden: Tally = { right: 0, total: 0 };
    const misses: string[] = [];
    for (const gold of golds) {
      const page = corpusPage(gold.file, urls);
      const state = await visit(tab, page, serve);
      detected.total++;
      if (state.article) detected.right++;
      else misses.push(`${gold.file}: not detected as an article`);
      const mustShow = gold.mustShow ?? [];
      const mustHide = gold.mustHide ?? [];
      const visible = await visibleTexts(tab, [...mustShow, ...mustHide]);
      for (const text of mustShow) {
        shown.total++;
        if (visible[text]) shown.right++;
        else misses.push(`${gold.file}: mustShow not visible: ${text}`);
      }
      for (const text of mustHide) {
        hidden.total++;
        const present = state.text.includes(text.replace(/\s+/g, ''));
        if (present && !visible[text]) hidden.right++;
        else misses.push(`${gold.file}: mustHide ${present ? 'visible' : 'not in the page at all'}: ${text}`);
      }
    }
    console.info(
      `clean-corpus ${targetBrowser()}: articles detected ${share(detected)}; mustShow visible ${share(shown)}; mustHide hidden ${share(hidden)}`,
    );
    expect(golds.length).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });

  it('with clean mode off, every mustHide string is on screen (the hidden check can fail)', { timeout: 600_000 }, async () => {
    await session().setSettings({ clean: false });
    try {
      const tab = await session().newPage();
      const onScreen: Tally = { right: 0, total: 0 };
      const misses: string[] = [];
      for (const gold of golds) {
        const mustHide = gold.mustHide ?? [];
        if (mustHide.length === 0) continue;
        await visit(tab, corpusPage(gold.file, urls), serve, 'off');
        const visible = await visibleTexts(tab, mustHide);
        for (const text of mustHide) {
          onScreen.total++;
          if (visible[text]) onScreen.right++;
          else misses.push(`${gold.file}: not visible with clean mode off: ${text}`);
        }
      }
      console.info(`clean-corpus ${targetBrowser()}: clean mode off, mustHide visible ${share(onScreen)}`);
      expect(misses).toEqual([]);
    } finally {
      await session().setSettings({ clean: true });
    }
  });

  it('never marks a negative page as an article, and hides nothing on it', { timeout: 300_000 }, async () => {
    const tab = await session().newPage();
    const pages = negativePages(urls);
    const flagged: string[] = [];
    for (const page of pages) {
      const state = await visit(tab, page, serve);
      const marked = await tab.evaluate(() => document.querySelectorAll('[data-mr-block]').length);
      if (state.article || marked > 0) flagged.push(`${page.url} (${page.view}): article=${state.article}, ${marked} marked blocks`);
    }
    console.info(`clean-corpus ${targetBrowser()}: negatives marked as articles ${flagged.length}/${pages.length} pages (READMEs also as repo home)`);
    const visited = new Set(pages.map((page) => page.file));
    expect(readGold('negatives').filter((gold) => !visited.has(gold.file))).toEqual([]); // every labelled negative is among them
    expect(pages.length).toBeGreaterThan(0);
    expect(flagged).toEqual([]);
  });
});
