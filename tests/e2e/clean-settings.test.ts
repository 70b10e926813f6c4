/**
 * The clean-mode setting as a user meets it: on right after install; a toggle in the popup reaches
 * every open GitHub tab at once, without a reload; the keyboard command is registered with its
 * suggested shortcut; the toolbar badge tells an article tab from any other GitHub tab.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '../../src/messages.ts';
import { HARBOUR, PLAIN_README, PRESS } from './clean-pages.ts';
import { BADGE_TITLE, toolbar } from './clean-toolbar.ts';
import { targetBrowser, visibleTexts, type E2EPage } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

type Api = Browser.Browser;

const cleanGate = () => document.documentElement.getAttribute('data-mr-clean');

/** A mark in the page's JavaScript state: it survives a DOM change but not a reload. */
async function markDocument(tab: E2EPage): Promise<void> {
  await tab.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
const sameDocument = (tab: E2EPage): Promise<boolean> => tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

afterEach(async () => {
  await session().setSettings(DEFAULT_SETTINGS);
});

describe(`clean-mode setting (${targetBrowser()})`, () => {
  // Runs first: the browser was launched for this file with a freshly installed extension.
  it('is on right after install: stored so, and an article opens cleaned', async () => {
    const stored = await session().inExtension(async () => (await (globalThis as unknown as { browser: Api }).browser.storage.local.get('settings')).settings);
    expect(stored).toEqual({ clean: true, readerLayout: false });
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    const tab = await session().open(HARBOUR.url);
    await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
    expect(await tab.evaluate(cleanGate)).toBe('on');
    expect(Object.values(await visibleTexts(tab, HARBOUR.hidden))).not.toContain(true);
  });

  it('toggled as the popup does, applies at once to every open GitHub tab, without a reload', async () => {
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    session().servePage(PRESS.url, PRESS.markdown);
    const tabs: [E2EPage, string[]][] = [];
    for (const page of [HARBOUR, PRESS]) {
      const tab = await session().open(page.url);
      await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
      await markDocument(tab);
      tabs.push([tab, page.hidden]);
    }
    const clutterOnScreen = async (tab: E2EPage, hidden: string[]): Promise<boolean[]> => Object.values(await visibleTexts(tab, hidden));

    await session().setSettings({ clean: false });
    for (const [tab, hidden] of tabs) {
      await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'off');
      expect(await clutterOnScreen(tab, hidden)).not.toContain(false);
    }
    await session().setSettings({ clean: true });
    for (const [tab, hidden] of tabs) {
      await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on');
      expect(await clutterOnScreen(tab, hidden)).not.toContain(true);
      expect(await sameDocument(tab)).toBe(true);
    }
  });

  it('has a keyboard command, registered with its suggested shortcut Alt+Shift+M', async () => {
    const commands = await session().inExtension(async () => (globalThis as unknown as { browser: Api }).browser.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-clean-mode')).toMatchObject({ shortcut: 'Alt+Shift+M', description: expect.stringMatching(/\S/) });
  });

  it('shows a badge on a tab with an article and none on a README tab', async () => {
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    session().servePage(PLAIN_README.url, PLAIN_README.markdown, 'home');
    const article = await session().open(HARBOUR.url);
    await article.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
    const readme = await session().open(PLAIN_README.url);
    await readme.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on');
    const articleTab = await session().tabId(HARBOUR.url);
    const readmeTab = await session().tabId(PLAIN_README.url);
    // The content script reports after classifying; the badge follows within a moment.
    await expect.poll(() => toolbar(session(), articleTab), { timeout: 5000 }).toEqual({ badge: '✓', title: BADGE_TITLE.article });
    await expect.poll(() => toolbar(session(), readmeTab), { timeout: 5000 }).toEqual({ badge: '', title: BADGE_TITLE.noArticle });
  });
});
