/**
 * Chromium through playwright-core: Debian's /usr/bin/chromium (or CHROMIUM_PATH) with dist/chrome
 * loaded unpacked, headless by default. Routes are installed on the whole context, so every tab,
 * including ones the page opens itself, is offline.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExtensionArgs, requireBrowserAndBuild } from '../../../scripts/lib/browsers.ts';
import { BrowserSession, DEFAULT_VIEWPORT, pageCall, wrapDriverPage, type E2EPage, type LaunchOptions } from './session.ts';

export class ChromiumSession extends BrowserSession {
  readonly name = 'chromium';
  private readonly keepsProfile: boolean;

  private constructor(
    private readonly context: BrowserContext,
    private readonly profileDir: string,
    readonly extensionOrigin: string,
    extensionDir: string,
    options: LaunchOptions,
  ) {
    super(extensionDir, options);
    this.keepsProfile = options.userDataDir !== undefined;
  }

  static async launch(options: LaunchOptions = {}): Promise<ChromiumSession> {
    const { executablePath, extensionDir } = requireBrowserAndBuild('chromium');
    const profileDir = developerProfile(options.userDataDir);
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: !options.headed,
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      args: [...CHROMIUM_ARGS, ...chromiumExtensionArgs(extensionDir)],
    });
    try {
      // The MV3 service worker's URL carries the extension id (WHATWG URL gives chrome-extension: no origin).
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
      const session = new ChromiumSession(context, profileDir, extensionOrigin, extensionDir, options);
      await session.installRoutes();
      return session;
    } catch (error) {
      await context.close();
      if (!options.userDataDir) rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    if (!this.keepsProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }

  /**
   * Runs `fn` in the extension's service worker (the background), where `chrome` is the extension API,
   * e.g. to read the toolbar badge or to dispatch an event the browser UI would fire.
   */
  async inServiceWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const isOurs = (worker: Worker): boolean => worker.url().startsWith(`${this.extensionOrigin}/`);
    let worker = this.context.serviceWorkers().find(isOurs);
    if (!worker) {
      // An idle worker is stopped; a message from an extension page starts it again.
      const started = this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
      await this.inExtension(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'mr:wake' }).catch(() => undefined));
      worker = await started;
    }
    return (await worker.evaluate(pageCall(fn as (arg: never) => unknown, arg))) as R;
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.context.once('close', () => resolve()));
  }

  protected async createPage(): Promise<E2EPage> {
    return wrapPage(await this.context.newPage());
  }

  protected createExtensionTab(): Promise<E2EPage> {
    return this.createPage(); // the routes pass extension URLs through
  }

  protected async loadExtensionPage(page: E2EPage, url: string): Promise<void> {
    await page.goto(url);
  }

  private async installRoutes(): Promise<void> {
    await this.context.route('**/*', async (route) => {
      const request = route.request();
      const url = request.url();
      if (!/^https?:/.test(url)) return route.continue();
      const reply = this.routes.reply(url);
      if (!fromClosedTab(request)) this.routes.record(url, reply ? 'served' : 'aborted');
      try {
        await (reply ? route.fulfill({ status: reply.status, contentType: reply.contentType, body: reply.body }) : route.abort());
      } catch {
        // The tab closed while the request was in flight.
      }
    });
    // A declarativeNetRequest block happens before routing: such requests only show up as failures.
    this.context.on('requestfailed', (request) => {
      if (request.failure()?.errorText.includes('ERR_BLOCKED_BY_CLIENT') && !fromClosedTab(request)) this.routes.record(request.url(), 'blocked');
    });
  }
}

/** A late request of a tab a previous test closed, which must not land in the next test's log. */
function fromClosedTab(request: Request): boolean {
  try {
    return request.frame().page().isClosed();
  } catch {
    return false; // a service worker's request has no frame
  }
}

/**
 * A fresh profile with developer mode on, as for anyone who loads an unpacked extension: without it
 * Chromium disables the extension on `runtime.reload()` ("unsupported developer extension").
 */
function developerProfile(reused?: string): string {
  const dir = reused ?? mkdtempSync(join(tmpdir(), 'mirror-reader-chromium-'));
  const preferences = join(dir, 'Default', 'Preferences');
  if (existsSync(preferences)) return dir; // a restart: the profile is already set up
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
}

function wrapPage(page: Page): E2EPage {
  return wrapDriverPage(page, (source) => page.addInitScript(source));
}
