/**
 * The toggle-clean-mode keyboard command in Chromium, from the background on. A headless browser has
 * no browser UI to press Alt+Shift+M in (key presses sent to a page never reach the extension
 * shortcut), so the command event is dispatched in the service worker, as Chromium does when the
 * shortcut is pressed; the real background listener then flips the setting and the open tab follows.
 * Untested here: that pressing the keys makes Chromium dispatch the event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/messages.ts';
import { HARBOUR } from '../clean-pages.ts';
import { ChromiumSession } from '../harness/chromium.ts';
import { visibleTexts } from '../harness/index.ts';
import { useBrowser } from '../harness/vitest.ts';

const session = useBrowser();

function chromiumSession(): ChromiumSession {
  const current = session();
  if (!(current instanceof ChromiumSession)) throw new Error('tests/e2e/chromium/ runs in Chromium only');
  return current;
}

/** What Chromium does when the user presses the command's shortcut. */
async function pressToggleShortcut(): Promise<void> {
  await chromiumSession().inServiceWorker(() => {
    const onCommand = (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }).chrome.commands.onCommand;
    onCommand.dispatch('toggle-clean-mode');
  });
}

afterEach(async () => {
  await session().setSettings(DEFAULT_SETTINGS);
});

describe('toggle-clean-mode command (chromium)', () => {
  it('turns clean mode off and on again on the open article tab', async () => {
    session().servePage(HARBOUR.url, HARBOUR.markdown);
    const tab = await session().open(HARBOUR.url);
    await tab.waitFor(() => document.documentElement.hasAttribute('data-mr-article'));
    expect(Object.values(await visibleTexts(tab, HARBOUR.hidden))).not.toContain(true);

    await pressToggleShortcut();
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'off');
    expect(Object.values(await visibleTexts(tab, HARBOUR.hidden))).not.toContain(false);

    await pressToggleShortcut();
    await tab.waitFor(() => document.documentElement.getAttribute('data-mr-clean') === 'on');
    expect(Object.values(await visibleTexts(tab, HARBOUR.hidden))).not.toContain(true);
  });
});
