/**
 * "Clean them before first paint": with clean mode on, no frame ever shows a promo line, the nav row
 * or the share block — on a blob view, on a repository home README and on a page large enough to be
 * parsed and painted in several steps — while the title and the body do appear. And the tracking
 * pixel is never fetched with clean mode on, but is with clean mode off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderGitHubPage } from '../../scripts/lib/github-render.ts';
import { HARBOUR, longArticle, PRESS, README_ARTICLE_URL, type MirrorPage } from './clean-pages.ts';
import { readPaints, recordPaints, targetBrowser, type BrowserSession, type PaintRecord } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

const isArticle = () => document.documentElement.hasAttribute('data-mr-article');

/** Opens `url` in a new tab with the paint probe on `texts`; returns the record once the page is cleaned and has painted a few more frames. */
async function paintsWhileOpening(url: string, texts: string[]): Promise<PaintRecord> {
  const tab = await session().newPage();
  await recordPaints(tab, texts);
  await tab.goto(url);
  await tab.waitFor(isArticle);
  const framesSoFar = (await readPaints(tab)).frames;
  await tab.waitFor((after) => ((window as unknown as { __mrPaintRecord: PaintRecord }).__mrPaintRecord.frames ?? 0) > after + 3, framesSoFar);
  return readPaints(tab);
}

function expectCleanFromFirstPaint(record: PaintRecord, page: Pick<MirrorPage, 'shown' | 'hidden'>): void {
  expect(record.frames).toBeGreaterThan(0);
  const everPainted = page.hidden.filter((text) => (record.visibleFrames[text] ?? 0) > 0);
  expect(everPainted, 'clutter painted on some frame').toEqual([]);
  const neverPainted = page.shown.filter((text) => (record.visibleFrames[text] ?? 0) === 0);
  expect(neverPainted, 'content never painted').toEqual([]);
}

/** The pixel ruleset follows the clean-mode setting through the background; wait until it has. */
async function pixelRuleEnabled(browser: BrowserSession, enabled: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rulesets = await browser.inExtension(async () =>
      (globalThis as unknown as { browser: { declarativeNetRequest: { getEnabledRulesets(): Promise<string[]> } } }).browser.declarativeNetRequest.getEnabledRulesets(),
    );
    if (rulesets.includes('tracking-pixel') === enabled) return;
    if (Date.now() > deadline) throw new Error(`tracking-pixel ruleset still ${enabled ? 'disabled' : 'enabled'}: ${rulesets.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterEach(async () => {
  await session().setSettings({ clean: true });
  await pixelRuleEnabled(session(), true);
});

describe(`no flash of clutter (${targetBrowser()})`, () => {
  it('blob view: clutter is never painted, title and body are', async () => {
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    const record = await paintsWhileOpening(HARBOUR.url, [...HARBOUR.hidden, ...HARBOUR.shown]);
    expectCleanFromFirstPaint(record, HARBOUR);
  });

  it('repository home with an article as README: clutter is never painted, title and body are', async () => {
    session().servePage(README_ARTICLE_URL, PRESS.markdown, 'home');
    const record = await paintsWhileOpening(README_ARTICLE_URL, [...PRESS.hidden, ...PRESS.shown]);
    expectCleanFromFirstPaint(record, PRESS);
  });

  it('a page of about 1 MB, parsed in several steps: clutter is never painted, title and body are', async ({ skip }) => {
    const page = longArticle(3000);
    const html = renderGitHubPage(page.markdown, { url: page.url });
    session().serve(page.url, html);
    const record = await paintsWhileOpening(page.url, [...page.hidden, ...page.shown]);
    const framesBeforeTitle = record.firstVisibleFrame[page.title] ?? 0;
    console.info(
      `clean-paint ${targetBrowser()}: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB page, ${framesBeforeTitle} frames painted before the title, ${record.frames} recorded`,
    );
    expectCleanFromFirstPaint(record, page);
    // The case this page is for: frames painted before the parser reached the article. Headless Firefox ESR 140
    // paints nothing until the whole page is in, so there it cannot occur: say so, not pass. Chromium must show it.
    if (framesBeforeTitle === 0 && targetBrowser() === 'firefox') skip('firefox painted no frame before the page was parsed: no half-parsed article to check');
    expect(framesBeforeTitle, 'the page was painted while the article was still being parsed').toBeGreaterThan(0);
  });

  it('with clean mode off the same probe does see the clutter (the check can fail)', async () => {
    await session().setSettings({ clean: false });
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    const record = await paintsWhileOpening(HARBOUR.url, HARBOUR.hidden);
    expect(HARBOUR.hidden.filter((text) => (record.visibleFrames[text] ?? 0) === 0)).toEqual([]);
  });
});

describe(`tracking pixel (${targetBrowser()})`, () => {
  const isPixel = (proxied: string): boolean => proxied === PRESS.pixelUrl;

  it('is never fetched with clean mode on, while the other images load', async () => {
    session().servePage(PRESS.url, PRESS.markdown);
    const tab = await session().open(PRESS.url);
    await tab.waitFor(isArticle);
    expect(session().camoRequests(isPixel).filter((request) => request.outcome === 'served')).toEqual([]);
    // Firefox may start a second request for the same image and cancel it itself: one served request is what counts.
    const lead = session().camoRequests((proxied) => proxied.includes('i.ntdtv.com'));
    expect(lead.filter((request) => request.outcome === 'served')).toHaveLength(1);
    const loadedWidths = await tab.evaluate((pixelUrl) => {
      const width = (selector: string): number | null => (document.querySelector(selector) as HTMLImageElement | null)?.naturalWidth ?? null;
      return { pixel: width(`article img[data-canonical-src="${pixelUrl}"]`), lead: width('article img[data-canonical-src*="i.ntdtv.com"]') };
    }, PRESS.pixelUrl);
    expect(loadedWidths).toEqual({ pixel: 0, lead: 1 });
  });

  it('is fetched once with clean mode off', async () => {
    await session().setSettings({ clean: false });
    await pixelRuleEnabled(session(), false);
    session().servePage(PRESS.url, PRESS.markdown);
    const tab = await session().open(PRESS.url);
    await tab.waitFor(isArticle);
    // As with the lead image above, Firefox may add a request of its own that it cancels: count the served ones.
    expect(session().camoRequests(isPixel).filter((request) => request.outcome === 'served')).toHaveLength(1);
  });
});
