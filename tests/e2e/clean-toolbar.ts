/** The toolbar button as the user sees it for one tab: badge text and tooltip. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Browser from 'webextension-polyfill';
import { REPO_ROOT } from '../../scripts/lib/browsers.ts';
import { ChromiumSession } from './harness/chromium.ts';
import type { BrowserSession } from './harness/index.ts';

/** The tooltips the background sets, as the English locale words them. */
const MESSAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
export const BADGE_TITLE = { article: MESSAGES.badgeArticle?.message, noArticle: MESSAGES.badgeNoArticle?.message };

/** Read where the background keeps it: Chromium's service worker; in Firefox, an extension page (the event page has no handle here). */
export async function toolbar(session: BrowserSession, tabId: number): Promise<{ badge: string; title: string }> {
  const read = async (id: number): Promise<{ badge: string; title: string }> => {
    const scope = globalThis as unknown as { browser?: Browser.Browser; chrome: Browser.Browser };
    const action = (scope.browser ?? scope.chrome).action;
    return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  };
  return session instanceof ChromiumSession ? session.inServiceWorker(read, tabId) : session.inExtension(read, tabId);
}
