/**
 * The popup in Chromium, the production build against invented mirror pages: what it shows, what
 * its controls do to the page, the export, the messages without an article, and hostile data.
 */
import { describe, expect, it } from 'vitest';
import { articleSchemaErrors } from '../../../scripts/lib/validate-article.ts';
import {
  emptyArticle,
  injectionArticle,
  malformedResponses,
  manyFiguresArticle,
  manyPeopleArticle,
  PWNED_FLAG,
} from '../../fixtures/hostile/articles.ts';
import { ARTICLE, ARTICLE_URL, INJECTION_ARTICLE, INJECTION_URL, README, README_URL } from '../../fixtures/hostile/pages.ts';
import { useBrowser } from '../harness/vitest.ts';
import {
  clickIn,
  executedPayloads,
  exportFromPopup,
  msUntilShown,
  openArticleAndPopup,
  pageMessage,
  readSummary,
  reloadPopup,
  settled,
} from '../popup-driver.ts';

const session = useBrowser();
const FOREIGN_URL = 'https://news.example.org/';

const cleanGate = () => document.documentElement.getAttribute('data-mr-clean');
const readerGate = () => document.documentElement.getAttribute('data-mr-reader');

describe('popup on an article (chromium)', () => {
  it('shows title, dateline, length, editor, original link, people and figures', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    await session().open(ARTICLE_URL);
    const popup = await session().openPopup(ARTICLE_URL); // not yet settled: the clock runs from its navigation
    const shownAfterMs = await msUntilShown(popup, '.summary h1');
    console.info(`popup open → summary shown: ${Math.round(shownAfterMs)} ms`);
    expect(shownAfterMs).toBeLessThan(2000);

    const summary = await readSummary(popup);
    expect(summary.title).toBe('多伦多市议会讨论新图书馆计划');
    expect(summary.dateline).toBe('大纪元 · 2023-04-12 · by 周小文');
    expect(summary.stats).toMatch(/^[\d,]+ characters · about \d+ min read, at 450 characters\/min$/);
    expect(summary.facts).toEqual(['Editor高远', 'Originalhttps://news.example.org/gb/23/4/12/n1001.htm']);
    expect(summary.links).toEqual(['https://news.example.org/gb/23/4/12/n1001.htm']);
    expect(summary.people[0]).toContain('玛丽亚‧桑切斯');
    expect(summary.people[0]).toContain('Maria Sanchez');
    expect(summary.people.some((person) => person.includes('陈建国'))).toBe(true);
    expect(summary.figures[0]).toContain('市政厅介绍新图书馆的设计方案');
    expect(summary.thumbnails).toHaveLength(1);
    expect(summary.thumbnails[0]).toMatch(/^https:\/\/camo\.githubusercontent\.com\//);
  });

  it('flips clean mode and reader layout on the open page at once, without a reload, and remembers them', async () => {
    await session().setSettings({ clean: true, readerLayout: false });
    session().servePage(ARTICLE_URL, ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await tab.evaluate(() => void ((window as unknown as { __mrSameDocument: boolean }).__mrSameDocument = true));

    await clickIn(popup, 'input[role=switch]', 0);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'off');
    await clickIn(popup, 'input[role=switch]', 1);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-reader') === 'on');
    expect(await tab.evaluate(() => (window as unknown as { __mrSameDocument?: boolean }).__mrSameDocument)).toBe(true);

    const reopened = await session().openPopup(ARTICLE_URL);
    await settled(reopened);
    expect(await reopened.evaluate(() => [...document.querySelectorAll('input[role=switch]')].map((input) => (input as HTMLInputElement).checked))).toEqual([false, true]);

    await clickIn(reopened, 'input[role=switch]', 0);
    await clickIn(reopened, 'input[role=switch]', 1);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on' && document.documentElement.getAttribute('data-mr-reader') === 'off');
    expect([await tab.evaluate(cleanGate), await tab.evaluate(readerGate)]).toEqual(['on', 'off']);
  });

  it('scrolls the page to a person’s first mention or a figure and highlights it briefly', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    const people = await readSummary(popup);
    const lastPerson = people.people.findIndex((person) => person.includes('陈建国'));

    await clickIn(popup, '.people button', lastPerson);
    await tab.waitFor(() => document.querySelector('[data-mr-highlight]') !== null && window.scrollY > 300);
    const highlighted = await tab.evaluate(() => document.querySelector('[data-mr-highlight]')?.textContent ?? '');
    expect(highlighted.replace(/\s+/g, '')).toContain('陈建国');
    expect(highlighted.length).toBeLessThan(200); // the paragraph, not the whole article
    await tab.waitFor(() => document.querySelector('[data-mr-highlight]') === null, undefined, 5000);

    await clickIn(popup, '.figures button', 0);
    await tab.waitFor(() => document.querySelector('img[data-mr-highlight]') !== null);
    expect(await tab.evaluate(() => document.querySelector('img[data-mr-highlight]')?.getAttribute('data-canonical-src'))).toBe(
      'https://img.news.example.org/2023/04/library-600x400.jpg',
    );
  });

  it('exports YYYY-MM-DD-<title>.json: the article JSON v1, pretty-printed, Chinese as written', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    const exported = await exportFromPopup(popup);
    expect(exported.name).toBe('2023-04-12-多伦多市议会讨论新图书馆计划.json');
    expect(exported.notice).toBe(`Saved as ${exported.name}`);
    expect(exported.text).toContain('\n  "title": "多伦多市议会讨论新图书馆计划",\n');
    const article: unknown = JSON.parse(exported.text);
    expect(articleSchemaErrors(article)).toEqual([]);
    expect(article).toEqual(await session().getArticle(ARTICLE_URL));
  });

  it('copies the same JSON text and says whether that worked', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await popup.evaluate(() => {
      // Headless pages have no focus, which the clipboard requires; record what the popup hands over.
      const win = window as unknown as { __mrCopied?: string };
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void (win.__mrCopied = text) } });
    });
    await clickIn(popup, '.actions button', 1);
    await popup.waitFor(() => Boolean(document.querySelector('[role=status]')?.textContent));
    const copied = await popup.evaluate(() => (window as unknown as { __mrCopied?: string }).__mrCopied ?? '');
    expect(articleSchemaErrors(JSON.parse(copied))).toEqual([]);
    expect(await popup.evaluate(() => document.querySelector('[role=status]')?.textContent)).toBe('JSON copied to the clipboard');
  });
});

describe('popup without an article (chromium)', () => {
  it('says there is no mirrored article on a GitHub page without one, the switch still there', async () => {
    session().servePage(README_URL, README, 'home');
    const { popup } = await openArticleAndPopup(session(), README_URL);
    expect((await pageMessage(popup)).title).toBe('No mirrored article on this page');
    expect(await popup.evaluate(() => document.querySelectorAll('input[role=switch]:not(:disabled)').length)).toBe(2);
  });

  it('says a page outside github.com is not a GitHub page', async () => {
    session().serve(FOREIGN_URL, '<!doctype html><title>News</title><p>Some news site.</p>');
    // The browser hides the URL of such a tab from the extension: find it as the tab that is new.
    const tabIds = () =>
      session().inExtension(async () =>
        (await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser.tabs.query({})).map((tab) => tab.id),
      );
    const before = await tabIds();
    await session().open(FOREIGN_URL);
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    const popup = await session().newPage();
    await popup.goto(`${session().extensionOrigin}/${session().popupPath}?tab=${tabId}`);
    await settled(popup);
    expect(await pageMessage(popup)).toEqual({
      title: 'Not a GitHub page',
      detail: expect.stringContaining('github.com'),
      actions: [],
    });
  });
});

describe('popup on hostile data (chromium)', () => {
  it('shows markup from a page as text and runs none of it', async () => {
    session().servePage(INJECTION_URL, INJECTION_ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), INJECTION_URL);
    await reloadPopup(popup); // now recording dialogs from its first script on
    const summary = await readSummary(popup);
    expect(summary.title).toBe(`<img src=x onerror="window.${PWNED_FLAG}=1;alert(1)">市议会<script>window.${PWNED_FLAG}=1</script>讨论图书馆`);
    expect(summary.figures[0]).toContain('<img src=x onerror=');
    expect(await popup.evaluate(() => document.querySelectorAll('.summary :is(script, svg, iframe, object, embed)').length)).toBe(0);
    expect(await executedPayloads(popup)).toEqual({ flag: null, dialogs: [] });
    expect(await executedPayloads(tab)).toEqual({ flag: null, dialogs: [] });
  });

  it('links https only and loads no thumbnail from outside GitHub', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await reloadPopup(popup, { answer: { type: 'mr:article', article: injectionArticle() } });
    const summary = await readSummary(popup);
    expect(summary.links).toEqual([]);
    expect(await popup.evaluate(() => document.querySelector('.url-unsafe')?.textContent)).toBe(`javascript:window.${PWNED_FLAG}=1`);
    expect(summary.thumbnails.every((src) => src.startsWith('https://camo.githubusercontent.com/'))).toBe(true);
    expect(session().requests.filter((request) => request.url.includes('tracker.example.net/pixel.png'))).toEqual([]);
    await clickIn(popup, '.url-unsafe');
    expect(await executedPayloads(popup)).toEqual({ flag: null, dialogs: [] });
    const exported = await exportFromPopup(popup);
    expect(articleSchemaErrors(JSON.parse(exported.text))).toEqual([]);
  });

  it('stays responsive with 10,000 people: a short list first, the rest on request without freezing', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await reloadPopup(popup, { answer: { type: 'mr:article', article: manyPeopleArticle() } });
    expect((await readSummary(popup)).people).toHaveLength(30);
    // From the click until all rows are in: when the first rows were painted, and the longest frame.
    const timing = await popup.evaluate(
      () =>
        new Promise<{ firstPaintMs: number; allMs: number; longestFrameMs: number }>((resolve) => {
          const start = performance.now();
          let last = start;
          let longestFrameMs = 0;
          let firstPaintMs = 0;
          const frame = (now: number) => {
            longestFrameMs = Math.max(longestFrameMs, now - last);
            last = now;
            const rows = document.querySelectorAll('.people li').length;
            if (rows > 30 && firstPaintMs === 0) firstPaintMs = now - start;
            if (rows === 10_000) resolve({ firstPaintMs, allMs: now - start, longestFrameMs });
            else requestAnimationFrame(frame);
          };
          (document.querySelector('.people .show-all') as HTMLElement).click();
          requestAnimationFrame(frame);
        }),
    );
    console.info(
      `"Show all" 10,000 people: first rows after ${Math.round(timing.firstPaintMs)} ms, all after ${Math.round(timing.allMs)} ms, longest frame ${Math.round(timing.longestFrameMs)} ms`,
    );
    expect(timing.firstPaintMs).toBeLessThan(1000);
    expect(timing.longestFrameMs).toBeLessThan(1000);
    const exported = await exportFromPopup(popup);
    expect(articleSchemaErrors(JSON.parse(exported.text))).toEqual([]);
  });

  it('loads thumbnails of 5,000 figures only as they scroll into view', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await reloadPopup(popup, { answer: { type: 'mr:article', article: manyFiguresArticle() } });
    const before = session().camoRequests().length;
    await clickIn(popup, '.figures .show-all');
    // A thousand rows in the list are plenty to tell lazy loading from loading every image.
    await popup.waitFor(() => document.querySelectorAll('.figures li').length >= 1000, undefined, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(session().camoRequests().length - before).toBeLessThan(100);
  });

  it('shows an empty article without failing, and a malformed answer as unreadable', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await reloadPopup(popup, { answer: { type: 'mr:article', article: emptyArticle() } });
    expect((await readSummary(popup)).title).toBe('(untitled)');
    expect((await exportFromPopup(popup)).name).toBe('undated-article.json');

    await reloadPopup(popup, { answer: malformedResponses()['truncated article'] });
    expect(await pageMessage(popup)).toEqual({
      title: "This page's answer could not be read",
      detail: expect.stringContaining('Reload the tab'),
      actions: ['Reload tab'],
    });
  });
});

describe('popup for a tab opened before the extension (chromium)', () => {
  it('says to reload the tab, and shows the article once the user does', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    await session().open(ARTICLE_URL);
    // An update or reinstall leaves the tab with a content script the new extension cannot reach.
    await session().reloadExtension();
    const popup = await session().openPopup(ARTICLE_URL);
    await settled(popup);
    expect(await pageMessage(popup)).toEqual({
      title: "Mirror Reader can't reach this tab yet",
      detail: expect.stringContaining('Reload the tab'),
      actions: ['Reload tab'],
    });
    await clickIn(popup, '.page-message button');
    await popup.waitFor(() => document.querySelector('.summary h1') !== null, undefined, 15_000);
    expect((await readSummary(popup)).title).toBe('多伦多市议会讨论新图书馆计划');
  });
});
