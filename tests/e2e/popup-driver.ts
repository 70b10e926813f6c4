/**
 * Driving the popup in a real browser, for tests/e2e/{chromium,firefox}/popup.test.ts: open it for a
 * tab, read what it shows, click in it, capture its export, and make it receive a given answer.
 * Functions passed to evaluate/waitFor/addInitScript run in the page and use nothing from their closure.
 */
import type { BrowserSession, E2EPage } from './harness/index.ts';

/** Set by any hostile payload that runs (see tests/fixtures/hostile/), or by a dialog opening. */
interface PopupWindow {
  __mrPwned?: unknown;
  __mrDialogs?: string[];
  __mrExports?: { name: string; href: string }[];
}

export interface PopupSummary {
  title: string | null;
  dateline: string | null;
  stats: string | null;
  facts: string[];
  people: string[];
  figures: string[];
  thumbnails: string[];
  links: string[];
}

/** Opens `url` (already served) in a tab that records dialogs, then the popup for that tab, settled. */
export async function openArticleAndPopup(session: BrowserSession, url: string): Promise<{ tab: E2EPage; popup: E2EPage }> {
  const tab = await session.newPage();
  await tab.addInitScript(recordDialogs, undefined);
  await tab.goto(url);
  const popup = await session.openPopup(url);
  await settled(popup);
  return { tab, popup };
}

/** Resolves once the popup shows an article or a message other than "Reading the page…". */
export async function settled(popup: E2EPage): Promise<void> {
  await popup.waitFor(() => document.querySelector('.summary, .page-message:not(.page-message-loading)') !== null);
}

/**
 * Reloads the popup so that it records dialogs from its first script on, and, given `answer`, gets
 * that as the page's answer to mr:get-article (a stand-in for a content script that reports a
 * hostile Article). Chromium only: Firefox runs no init scripts in moz-extension:// documents.
 */
export async function reloadPopup(popup: E2EPage, options: { answer?: unknown } = {}): Promise<void> {
  if ('answer' in options) {
    await popup.addInitScript((answer) => {
      const api = (globalThis as unknown as { browser: { tabs: Record<string, unknown> } }).browser;
      const send = api.tabs.sendMessage as (tabId: number, message: { type?: string }) => Promise<unknown>;
      Object.defineProperty(api.tabs, 'sendMessage', {
        configurable: true,
        value: (tabId: number, message: { type?: string }) => (message?.type === 'mr:get-article' ? Promise.resolve(answer) : send.call(api.tabs, tabId, message)),
      });
    }, options.answer);
  }
  await popup.addInitScript(recordDialogs, undefined);
  // Reload after this evaluate has returned; the marker tells the old document from the new one.
  await popup.evaluate(() => {
    (window as unknown as { __mrOld?: boolean }).__mrOld = true;
    setTimeout(() => location.reload(), 0);
  });
  await popup.waitFor(
    () => !(window as unknown as { __mrOld?: boolean }).__mrOld && document.querySelector('.summary, .page-message:not(.page-message-loading)') !== null,
    undefined,
    15_000,
  );
}

/** Replaces alert/confirm/prompt with recorders, so a payload that calls one is caught, not blocking. */
function recordDialogs(): void {
  const win = window as unknown as PopupWindow & Record<string, unknown>;
  win.__mrDialogs = [];
  for (const name of ['alert', 'confirm', 'prompt']) {
    win[name] = (text?: unknown) => void win.__mrDialogs?.push(`${name}: ${String(text)}`);
  }
}

/** What ran that should not have: the payload flag, and the dialogs opened (null: not recorded in this document). */
export async function executedPayloads(page: E2EPage): Promise<{ flag: unknown; dialogs: string[] | null }> {
  return page.evaluate(() => {
    const win = window as unknown as PopupWindow;
    return { flag: win.__mrPwned ?? null, dialogs: win.__mrDialogs ?? null };
  });
}

export async function readSummary(popup: E2EPage): Promise<PopupSummary> {
  return popup.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
    return {
      title: text('.summary h1'),
      dateline: text('.dateline'),
      stats: text('.stats'),
      facts: texts('.facts > div'),
      people: texts('.people .row-main'),
      figures: texts('.figures .row-main'),
      thumbnails: [...document.querySelectorAll('.summary img')].map((img) => (img as HTMLImageElement).src),
      links: [...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href),
    };
  });
}

export async function pageMessage(popup: E2EPage): Promise<{ title: string | null; detail: string | null; actions: string[] }> {
  return popup.evaluate(() => ({
    title: document.querySelector('.page-message-title')?.textContent ?? null,
    detail: document.querySelector('.page-message-detail')?.textContent ?? null,
    actions: [...document.querySelectorAll('.page-message button')].map((button) => button.textContent ?? ''),
  }));
}

/** Clicks the `index`th element matching `selector` in the page (a real click event on it). */
export async function clickIn(page: E2EPage, selector: string, index = 0): Promise<void> {
  const clicked = await page.evaluate(
    ({ selector, index }) => {
      const element = document.querySelectorAll(selector)[index] as HTMLElement | undefined;
      element?.click();
      return Boolean(element);
    },
    { selector, index },
  );
  if (!clicked) throw new Error(`nothing matches ${selector} [${index}]`);
}

/**
 * Clicks Export JSON and returns the file name and the bytes behind the download link, read back as
 * UTF-8 text. The click itself goes through: the browser downloads the file as it would for a user.
 */
export async function exportFromPopup(popup: E2EPage): Promise<{ name: string; text: string; notice: string | null }> {
  await popup.evaluate(() => {
    const win = window as unknown as PopupWindow;
    win.__mrExports = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) win.__mrExports?.push({ name: this.download, href: this.href });
      click.call(this);
    };
  });
  await clickIn(popup, '.actions button.primary');
  return popup.evaluate(async () => {
    const exported = (window as unknown as PopupWindow).__mrExports?.[0];
    if (!exported) throw new Error('Export JSON started no download');
    const bytes = new Uint8Array(await (await fetch(exported.href)).arrayBuffer());
    return { name: exported.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: document.querySelector('[role=status]')?.textContent ?? null };
  });
}

/** Milliseconds from the popup document's navigation start until `selector` is on screen (next frame). */
export async function msUntilShown(popup: E2EPage, selector: string): Promise<number> {
  return popup.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const check = () => (document.querySelector(wanted) ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
        check();
      }),
    selector,
  );
}
