/**
 * The browser-neutral layer of the e2e harness: one test body drives Chromium (playwright-core) and
 * Firefox (puppeteer-core) alike. A `BrowserSession` is one launched browser with the production
 * build of the extension installed, the offline routes of `routes.ts`, and the extension-side calls
 * the popup makes (tab lookup, `mr:get-article`, settings).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type Browser from 'webextension-polyfill';
import type { PageView } from '../../../scripts/lib/github-render.ts';
import type { BrowserName } from '../../../scripts/lib/browsers.ts';
import type { Article } from '../../../src/core/types.ts';
import { DEFAULT_SETTINGS, type ArticleResponse, type ContentRequest, type Settings } from '../../../src/messages.ts';
import { defineTextChecks } from './probes.ts';
import { Routes, type CamoImage, type RequestRecord } from './routes.ts';

/** A tab, the same API in both browsers. Functions given to evaluate/waitFor/addInitScript run in the page: they must not use anything from their closure. */
export interface E2EPage {
  /** The document's location.href (asked from the page: Firefox never reports moz-extension:// navigations). */
  url(): Promise<string>;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `predicate` returns a truthy value in the page (polled every 20 ms; default timeout 10 s). */
  waitFor<A = undefined>(predicate: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Runs `fn` at the start of every document this tab loads from now on, before any page script. */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * The source of an expression that calls `fn(arg)` in a page (`arg` goes through JSON). Functions are
 * sent as source; tsx (esbuild keepNames) wraps named inner functions in `__name(…)`, a helper that
 * exists only in Node, so the page gets a no-op one.
 */
export function pageCall(fn: (arg: never) => unknown, arg?: unknown): string {
  const argument = arg === undefined ? '' : JSON.stringify(arg);
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${argument}); })()`;
}

/**
 * Polls `probe` (an evaluate in a page) until it returns something truthy. Polling from Node rather than
 * inside the page survives navigations, and needs no eval of a string in the page, which an
 * extension page's CSP forbids (Playwright's waitForFunction does that for string predicates).
 */
export async function pollUntil(probe: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await probe()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error; // e.g. the document is being replaced: try again
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What playwright-core's and puppeteer-core's pages have in common, all the wrapper below needs. */
export interface DriverPage {
  evaluate(expression: string): Promise<unknown>;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  close(): Promise<void>;
}

/** The E2EPage over either driver's page; `addInitScript` is the one call the drivers name differently. */
export function wrapDriverPage(page: DriverPage, addInitScript: (source: string) => Promise<unknown>): E2EPage {
  const evaluate = async <R,>(fn: (arg: never) => R | Promise<R>, arg?: unknown): Promise<R> => (await page.evaluate(pageCall(fn, arg))) as R;
  return {
    url: () => evaluate(() => location.href),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate,
    waitFor: (predicate, arg, timeoutMs = 10_000) => pollUntil(() => evaluate(predicate, arg), timeoutMs, predicate.toString()),
    addInitScript: async (fn, arg) => {
      await addInitScript(pageCall(fn, arg));
    },
    screenshot: async (path, options) => {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  /** Headed window instead of headless (needs $DISPLAY). */
  headed?: boolean;
  /** What camo requests are answered with; default a 1×1 PNG. */
  camoImage?: CamoImage;
  viewport?: { width: number; height: number };
  /**
   * A profile directory to launch with and keep on close, so a second launch with the same directory
   * is a browser restart (settings, extension storage and github.com's localStorage survive).
   * Default: a fresh temporary profile, deleted on close.
   */
  userDataDir?: string;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
/** src/settings.ts keeps the user's settings under this extension-storage key. */
const SETTINGS_KEY = 'settings';

type ExtensionApi = Browser.Browser;

export abstract class BrowserSession {
  abstract readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  abstract readonly extensionOrigin: string;
  protected readonly routes: Routes;
  /** The popup's path inside the build, read from the built manifest. */
  readonly popupPath: string;
  readonly #pages = new Set<E2EPage>();
  #extensionPage: E2EPage | undefined;

  protected constructor(extensionDir: string, options: LaunchOptions) {
    this.routes = new Routes(options.camoImage);
    const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string } };
    const popup = manifest.action?.default_popup;
    if (!popup) throw new Error(`${extensionDir}/manifest.json has no action.default_popup`);
    this.popupPath = popup.replace(/^\//, '');
  }

  /** Every request pages sent since launch or the last `resetTest()`, in order. */
  get requests(): readonly RequestRecord[] {
    return this.routes.requests;
  }

  /** Camo requests (served or blocked) whose proxied image URL passes `test`. */
  camoRequests(test: (proxiedUrl: string) => boolean = () => true): RequestRecord[] {
    return this.routes.requests.filter((request) => request.proxiedUrl !== null && test(request.proxiedUrl));
  }

  /** Answers `url` with `body` from now on (in every tab). */
  serve(url: string, body: string | Buffer, contentType?: string): void {
    this.routes.serve(url, body, contentType);
  }

  /** Serves `markdown` rendered the way github.com renders it at `url` (a blob URL, or a repository home with view 'home'). */
  servePage(url: string, markdown: string, view?: PageView): void {
    this.routes.servePage(url, markdown, view);
  }

  /** A new tab whose requests go through the offline routes, with the text checks of probes.ts in every document. */
  async newPage(): Promise<E2EPage> {
    const page = await this.createPage();
    this.#pages.add(page);
    await page.addInitScript(defineTextChecks, undefined);
    return page;
  }

  /** A new tab showing `url` (served by `serve`/`servePage`), after its load event. */
  async open(url: string): Promise<E2EPage> {
    const page = await this.newPage();
    await page.goto(url);
    return page;
  }

  /**
   * Runs `fn` in an extension page, where `globalThis.browser` is the WebExtension API (native in
   * Firefox and Chromium 148+). The page is the popup document, opened once per session.
   */
  async inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    this.#extensionPage ??= await this.openExtensionPage(this.popupPath);
    return this.#extensionPage.evaluate(fn, arg);
  }

  /** The id of the tab showing `url` (fragment ignored). */
  async tabId(url: string): Promise<number> {
    const wanted = url.split('#')[0];
    const tabs = await this.inExtension(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return (await api.tabs.query({})).map((tab) => ({ id: tab.id, url: tab.url }));
    });
    const tab = tabs.find((candidate) => candidate.url?.split('#')[0] === wanted);
    if (tab?.id === undefined) throw new Error(`No tab shows ${url}; open tabs: ${tabs.map((t) => t.url ?? '(no access)').join(', ')}`);
    return tab.id;
  }

  /** The popup for the tab showing `forTabUrl`, opened as a tab at popup.html?tab=<id>. */
  async openPopup(forTabUrl: string): Promise<E2EPage> {
    const id = await this.tabId(forTabUrl);
    const page = await this.openExtensionPage(`${this.popupPath}?tab=${id}`);
    this.#pages.add(page);
    return page;
  }

  /** What the popup gets for the tab showing `tabUrl`: the content script's answer to `mr:get-article`. */
  async getArticle(tabUrl: string): Promise<Article | null> {
    const tabId = await this.tabId(tabUrl);
    const request: ContentRequest = { type: 'mr:get-article' };
    const response = await this.inExtension(
      async ({ tabId, request }) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        return (await api.tabs.sendMessage(tabId, request)) as ArticleResponse;
      },
      { tabId, request },
    );
    return response.article;
  }

  /** Changes the user's settings as the popup does (extension storage); every tab follows the storage change. */
  async setSettings(change: Partial<Settings>): Promise<Settings> {
    return this.inExtension(
      async ({ key, defaults, change }) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const stored = (await api.storage.local.get(key))[key] as Settings | undefined;
        const next: Settings = { ...defaults, ...stored, ...change };
        await api.storage.local.set({ [key]: next });
        return next;
      },
      { key: SETTINGS_KEY, defaults: DEFAULT_SETTINGS, change },
    );
  }

  /** Between tests: closes the tabs the test opened and empties the request log. */
  async resetTest(): Promise<void> {
    const pages = [...this.#pages];
    this.#pages.clear();
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
    this.routes.requests.length = 0;
  }

  abstract close(): Promise<void>;

  /** Resolves when the browser goes away, e.g. when the user closes a headed window. */
  abstract closed(): Promise<void>;

  /**
   * Reloads the extension the way an update does (`runtime.reload()`) and waits until its pages open
   * again. Tabs already open are left as the browser leaves them (Chromium: with the old content
   * script, which the reloaded extension cannot reach).
   */
  async reloadExtension(): Promise<void> {
    await this.inExtension(() => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.reload()).catch(() => undefined);
    this.#extensionPage = undefined; // the reload closed it
    await pollUntil(
      async () => {
        this.#extensionPage = await this.openExtensionPage(this.popupPath);
        return true;
      },
      // One attempt made while the add-on is still coming back can wait its whole 15 s page load (Firefox): leave room for another.
      40_000,
      'the extension to load again after runtime.reload()',
    );
  }

  /** A new tab with the offline routes in place. */
  protected abstract createPage(): Promise<E2EPage>;

  /** An empty tab for an extension page (no offline routes needed). */
  protected abstract createExtensionTab(): Promise<E2EPage>;

  /** Shows `url` of the extension in `page`; resolves once it has loaded. */
  protected abstract loadExtensionPage(page: E2EPage, url: string): Promise<void>;

  /** A new tab showing `path` of the extension, after it has loaded (closed again if it does not load). */
  private async openExtensionPage(path: string): Promise<E2EPage> {
    const page = await this.createExtensionTab();
    try {
      await this.loadExtensionPage(page, `${this.extensionOrigin}/${path}`);
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }
}
