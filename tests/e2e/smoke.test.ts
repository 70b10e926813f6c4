/**
 * The production build in a real browser (Chromium and Firefox run this same file): the content
 * script is injected on github.com pages only, answers the popup's message, and the offline harness
 * serves what a GitHub page needs.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

const README_URL = 'https://github.com/octo-demo/notes';
const README = '# Notes\n\nPlain project notes, no mirrored article here.\n\n![diagram](https://example.net/diagram.png)\n';
const FOREIGN_URL = 'https://example.org/';
const FOREIGN_PAGE = '<!doctype html><html><head><title>x</title></head><body><article class="markdown-body"><h3>标题</h3><hr><p>正文</p></article></body></html>';

const cleanGate = () => document.documentElement.getAttribute('data-mr-clean');

describe(`content script (${process.env.E2E_BROWSER})`, () => {
  it('runs on a github.com page and sets the clean-mode gate (on by default)', async () => {
    session().servePage(README_URL, README, 'home');
    const page = await session().open(README_URL);
    expect(await page.evaluate(cleanGate)).toBe('on');
  });

  it('does not run on a page outside github.com', async () => {
    session().serve(FOREIGN_URL, FOREIGN_PAGE);
    const page = await session().open(FOREIGN_URL);
    expect(await page.evaluate(() => document.querySelector('h3')?.textContent)).toBe('标题'); // the page itself did load
    expect(await page.evaluate(cleanGate)).toBeNull();
  });

  it('answers the popup: no article on a plain README', async () => {
    session().servePage(README_URL, README, 'home');
    await session().open(README_URL);
    expect(await session().getArticle(README_URL)).toBeNull();
  });

  it('follows the clean-mode setting on an open tab', async () => {
    session().servePage(README_URL, README, 'home');
    const page = await session().open(README_URL);
    await session().setSettings({ clean: false });
    await page.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'off');
    await session().setSettings({ clean: true });
    await page.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on');
  });
});

describe(`offline harness (${process.env.E2E_BROWSER})`, () => {
  it('answers camo image requests locally and logs them with the proxied URL', async () => {
    session().servePage(README_URL, README, 'home');
    const page = await session().open(README_URL);
    const loaded = await page.evaluate(() => [...document.querySelectorAll('article img')].map((img) => (img as HTMLImageElement).naturalWidth));
    expect(loaded).toEqual([1]);
    // Firefox may add a request of its own for the same image that it cancels: the served ones are what counts.
    const served = session().camoRequests().filter((request) => request.outcome === 'served');
    expect(served.map((request) => request.proxiedUrl)).toEqual(['https://example.net/diagram.png']);
  });

  it('reloads the extension as an update does, after which it runs on new pages again', async () => {
    session().servePage(README_URL, README, 'home');
    await session().reloadExtension();
    const page = await session().open(README_URL);
    expect(await page.evaluate(cleanGate)).toBe('on');
    expect(await session().getArticle(README_URL)).toBeNull();
  });

  it('opens the popup for a tab as popup.html?tab=<that tab id>', async () => {
    session().servePage(README_URL, README, 'home');
    await session().open(README_URL);
    const tabId = await session().tabId(README_URL);
    const popup = await session().openPopup(README_URL);
    expect(await popup.url()).toBe(`${session().extensionOrigin}/${session().popupPath}?tab=${tabId}`);
  });
});
