/**
 * Firefox through puppeteer-core over WebDriver BiDi: Debian's /usr/bin/firefox-esr (or FIREFOX_PATH)
 * with dist/firefox installed as a temporary add-on (`installExtension`). Requests are intercepted
 * per tab with BiDi request interception (`setRequestInterception`), so only tabs made by the
 * session are offline; a tab the page opens by itself is not intercepted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIREFOX_ARGS, requireBrowserAndBuild } from '../../../scripts/lib/browsers.ts';
import type { Routes } from './routes.ts';
import { BrowserSession, DEFAULT_VIEWPORT, wrapDriverPage, type E2EPage, type LaunchOptions } from './session.ts';

/** Pinned internal UUID of the add-on (pref extensions.webextensions.uuids), so moz-extension:// URLs are known up front. */
export const FIREFOX_EXTENSION_UUID = '6d1e3f2a-5b8c-4e7d-9a0f-3c2b1a4d5e6f';

export class FirefoxSession extends BrowserSession {
  readonly name = 'firefox';
  readonly extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  private constructor(
    private readonly browser: Browser,
    extensionDir: string,
    options: LaunchOptions,
  ) {
    super(extensionDir, options);
  }

  static async launch(options: LaunchOptions = {}): Promise<FirefoxSession> {
    const { executablePath, extensionDir } = requireBrowserAndBuild('firefox');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: !options.headed,
      defaultViewport: options.viewport ?? DEFAULT_VIEWPORT,
      args: FIREFOX_ARGS,
      // A kept profile is a browser restart: the temporary add-on is installed again with the same id and UUID, and finds its storage.
      ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: FIREFOX_EXTENSION_UUID }) },
    });
    try {
      await browser.installExtension(extensionDir);
      return new FirefoxSession(browser, extensionDir, options);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.browser.once('disconnected', () => resolve()));
  }

  protected async createPage(): Promise<E2EPage> {
    const page = await this.browser.newPage();
    page.on('request', (request) => void answer(request, this.routes, page));
    await page.setRequestInterception(true);
    return wrapPage(page);
  }

  protected async createExtensionTab(): Promise<E2EPage> {
    // A window of its own: a second tab would hide the page under test, and hidden tabs get no animation frames.
    return wrapPage(await this.browser.newPage({ type: 'window' }));
  }

  protected async loadExtensionPage(page: E2EPage, url: string): Promise<void> {
    // Firefox loads moz-extension:// pages but never reports the BiDi navigation as finished (toolchain.md §3.2).
    void page.goto(url).catch(() => undefined);
    await page.waitFor((expected) => location.href === expected && document.readyState === 'complete', url, 15_000);
  }
}

async function answer(request: HTTPRequest, routes: Routes, page: Page): Promise<void> {
  const url = request.url();
  if (!/^https?:/.test(url)) return request.continue().catch(() => undefined); // extension and data: URLs load as usual
  const reply = routes.reply(url);
  // A late request of a tab a previous test closed must not land in the next test's log.
  const record = page.isClosed() ? null : routes.record(url, reply ? 'served' : 'aborted');
  try {
    if (reply) await request.respond({ status: reply.status, contentType: reply.contentType, body: reply.body });
    else await request.abort();
  } catch {
    // The request vanished while intercepted: the extension's declarativeNetRequest rule (or the browser) cancelled it.
    if (record) record.outcome = 'blocked';
  }
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function wrapPage(page: Page): E2EPage {
  return wrapDriverPage(page, (source) => page.evaluateOnNewDocument(source));
}
