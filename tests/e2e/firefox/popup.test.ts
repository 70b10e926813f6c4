/**
 * The popup in Firefox ESR, as far as automation reaches there: the popup document opened as
 * moz-extension://<pinned uuid>/src/popup/index.html?tab=<id> (toolchain.md §3.2) against invented
 * mirror pages. Chromium's file covers the rest: Firefox runs no init scripts in moz-extension://
 * documents, so the popup cannot be handed invented Articles (huge lists, script-scheme links) here,
 * and the extension-reload path is Chromium's.
 */
import { describe, expect, it } from 'vitest';
import { articleSchemaErrors } from '../../../scripts/lib/validate-article.ts';
import { PWNED_FLAG } from '../../fixtures/hostile/articles.ts';
import { ARTICLE, ARTICLE_URL, INJECTION_ARTICLE, INJECTION_URL, README, README_URL } from '../../fixtures/hostile/pages.ts';
import { useBrowser } from '../harness/vitest.ts';
import { clickIn, executedPayloads, exportFromPopup, openArticleAndPopup, pageMessage, readSummary } from '../popup-driver.ts';

const session = useBrowser();

describe('popup (firefox)', () => {
  it('shows the summary of an article page', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    const summary = await readSummary(popup);
    expect(summary.title).toBe('多伦多市议会讨论新图书馆计划');
    expect(summary.dateline).toBe('大纪元 · 2023-04-12 · by 周小文');
    expect(summary.facts).toEqual(['Editor高远', 'Originalhttps://news.example.org/gb/23/4/12/n1001.htm']);
    expect(summary.people[0]).toContain('Maria Sanchez');
    expect(summary.thumbnails[0]).toMatch(/^https:\/\/camo\.githubusercontent\.com\//);
  });

  it('flips clean mode on the open page at once, without a reload', async () => {
    await session().setSettings({ clean: true, readerLayout: false });
    session().servePage(ARTICLE_URL, ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    await tab.evaluate(() => void ((window as unknown as { __mrSameDocument: boolean }).__mrSameDocument = true));
    await clickIn(popup, 'input[role=switch]', 0);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'off');
    await clickIn(popup, 'input[role=switch]', 0);
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on');
    expect(await tab.evaluate(() => (window as unknown as { __mrSameDocument?: boolean }).__mrSameDocument)).toBe(true);
  });

  it('scrolls the page to a person’s first mention and highlights it', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    const lastPerson = (await readSummary(popup)).people.findIndex((person) => person.includes('陈建国'));
    await clickIn(popup, '.people button', lastPerson);
    await tab.waitFor(() => document.querySelector('[data-mr-highlight]') !== null);
    expect((await tab.evaluate(() => document.querySelector('[data-mr-highlight]')?.textContent ?? '')).replace(/\s+/g, '')).toContain('陈建国');
  });

  it('exports the article JSON v1 under YYYY-MM-DD-<title>.json', async () => {
    session().servePage(ARTICLE_URL, ARTICLE);
    const { popup } = await openArticleAndPopup(session(), ARTICLE_URL);
    const exported = await exportFromPopup(popup);
    expect(exported.name).toBe('2023-04-12-多伦多市议会讨论新图书馆计划.json');
    expect(exported.text).toContain('"title": "多伦多市议会讨论新图书馆计划"');
    expect(articleSchemaErrors(JSON.parse(exported.text))).toEqual([]);
  });

  it('says there is no mirrored article on a GitHub page without one', async () => {
    session().servePage(README_URL, README, 'home');
    const { popup } = await openArticleAndPopup(session(), README_URL);
    expect((await pageMessage(popup)).title).toBe('No mirrored article on this page');
  });

  it('shows markup from a page as text and runs none of it', async () => {
    session().servePage(INJECTION_URL, INJECTION_ARTICLE);
    const { tab, popup } = await openArticleAndPopup(session(), INJECTION_URL);
    expect((await readSummary(popup)).title).toBe(`<img src=x onerror="window.${PWNED_FLAG}=1;alert(1)">市议会<script>window.${PWNED_FLAG}=1</script>讨论图书馆`);
    expect(await popup.evaluate(() => document.querySelectorAll('.summary :is(script, svg, iframe, object, embed)').length)).toBe(0);
    expect((await executedPayloads(popup)).flag).toBeNull(); // no dialog recorder: see the header
    expect(await executedPayloads(tab)).toEqual({ flag: null, dialogs: [] });
  });
});
