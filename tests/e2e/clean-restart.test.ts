/**
 * The clean-mode setting survives a browser restart: the browser is closed and launched again on the
 * same profile, and a newly opened article follows the setting chosen before — clutter on screen or
 * not, tracking pixel fetched or not. Chromium reloads the unpacked extension from the profile.
 * Firefox cannot keep a temporary add-on across a restart, so the harness installs it again with the
 * same id and UUID, as an update would; its storage is kept in the profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HARBOUR } from './clean-pages.ts';
import { launch, targetBrowser, visibleTexts, type BrowserSession } from './harness/index.ts';

const profile = mkdtempSync(join(tmpdir(), 'mirror-reader-restart-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Runs `work` in the browser launched on the kept profile, then closes the browser. */
async function inBrowser<T>(work: (session: BrowserSession) => Promise<T>): Promise<T> {
  const session = await launch(targetBrowser(), { userDataDir: profile });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

interface Seen {
  gate: string | null;
  clutterOnScreen: boolean[];
  pixel: string[];
}

/** Opens the article in a new tab: the clean-mode gate, whether each clutter string is on screen, and what became of the pixel request. */
async function openArticle(session: BrowserSession): Promise<Seen> {
  session.servePage(HARBOUR.url, HARBOUR.markdown);
  const tab = await session.open(HARBOUR.url);
  await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
  return {
    gate: await tab.evaluate(() => document.documentElement.getAttribute('data-mr-clean')),
    clutterOnScreen: Object.values(await visibleTexts(tab, HARBOUR.hidden)),
    pixel: session.camoRequests((proxied) => proxied === HARBOUR.pixelUrl).map((request) => request.outcome),
  };
}

describe(`clean-mode setting across a browser restart (${targetBrowser()})`, () => {
  it('stays off after a restart when turned off, and on when turned on again', { timeout: 120_000 }, async () => {
    await inBrowser(async (session) => {
      expect((await openArticle(session)).gate).toBe('on'); // installed with clean mode on
      await session.setSettings({ clean: false });
    });
    const afterOff = await inBrowser(async (session) => {
      const seen = await openArticle(session);
      await session.setSettings({ clean: true });
      return seen;
    });
    expect(afterOff.gate).toBe('off');
    expect(afterOff.clutterOnScreen).not.toContain(false);
    // Firefox may start a second request for the same image and cancel it itself: one served request is what counts.
    expect(afterOff.pixel.filter((outcome) => outcome === 'served')).toHaveLength(1);

    const afterOn = await inBrowser(openArticle);
    expect(afterOn.gate).toBe('on');
    expect(afterOn.clutterOnScreen).not.toContain(true);
    expect(afterOn.pixel).not.toContain('served');
  });
});
