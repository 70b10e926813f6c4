/**
 * The popup's line to the page: which tab it is about, what its content script answers, and the
 * scroll-to request. Every failure becomes a state the popup can explain; nothing is thrown.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../core/types.ts';
import { isArticleResponse, type ContentRequest } from '../messages.ts';

export interface TargetTab {
  id: number;
  /** Known only for pages the extension has host permission for (github.com). */
  url: string | undefined;
}

export type PageState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  /** A github.com page whose content script found no mirrored article. */
  | { kind: 'no-article' }
  /** Not github.com, a restricted page, or no tab at all: no content script runs there. */
  | { kind: 'not-github' }
  /** A github.com page that does not answer: opened before the extension was installed or updated. */
  | { kind: 'unreachable' }
  /** The page answered with something that is not an article. */
  | { kind: 'unreadable' };

export type ScrollTarget = Extract<ContentRequest, { type: 'mr:scroll-to' }>['target'];

/** A busy page may take a moment to extract; past this the popup stops waiting and says so. */
const ANSWER_TIMEOUT_MS = 8000;

/** `popup.html?tab=<id>` targets that tab (used by tests); otherwise the active tab of this window. */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  try {
    const requested = Number(new URLSearchParams(search).get('tab'));
    const tab = Number.isSafeInteger(requested) && requested > 0
      ? await browser.tabs.get(requested)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null; // the tab closed meanwhile, or the id is not a tab
  }
}

function isGitHubUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && hostname === 'github.com';
  } catch {
    return false;
  }
}

export async function readPage(tab: TargetTab | null): Promise<PageState> {
  if (!tab) return { kind: 'not-github' };
  const request: ContentRequest = { type: 'mr:get-article' };
  let response: unknown;
  try {
    response = await withTimeout(browser.tabs.sendMessage(tab.id, request), ANSWER_TIMEOUT_MS);
  } catch {
    return { kind: isGitHubUrl(tab.url) ? 'unreachable' : 'not-github' };
  }
  if (!isArticleResponse(response)) return { kind: 'unreadable' };
  return response.article ? { kind: 'article', article: response.article } : { kind: 'no-article' };
}

/** True when the page found the target and scrolled to it. */
export async function scrollPageTo(tabId: number, target: ScrollTarget): Promise<boolean> {
  const request: ContentRequest = { type: 'mr:scroll-to', target };
  try {
    return (await browser.tabs.sendMessage(tabId, request)) === true;
  } catch {
    return false;
  }
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
