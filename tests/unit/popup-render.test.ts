/**
 * The popup rendered with Preact into a linkedom document, against a fake `browser`: what the user
 * sees for each answer the page can give, and what the controls send back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom.ts';
import type { Article } from '../../src/core/types.ts';
import { emptyArticle, injectionArticle, malformedResponses, manyFiguresArticle, manyPeopleArticle, ordinaryArticle } from '../fixtures/hostile/articles.ts';

const TAB_ID = 7;
const GITHUB_URL = 'https://github.com/example-mirror/news/blob/master/pages/local/n1001.md';
const english = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => unknown;

const fake = vi.hoisted(() => ({
  tabUrl: undefined as string | undefined,
  answer: (_message: unknown): Promise<unknown> => Promise.resolve(undefined),
  sent: [] as unknown[],
  stored: {} as Record<string, unknown>,
  messageListeners: [] as Listener[],
  updateListeners: [] as ((tabId: number, change: { status?: string }) => void)[],
  reloaded: [] as number[],
}));

/** The polyfill (popup code) and the browser's own namespace (settings) are the same fake here. */
const fakeBrowser = vi.hoisted(() => ({
  runtime: {
    id: 'mirror-reader-test',
    onMessage: {
      addListener: (listener: Listener) => fake.messageListeners.push(listener),
      removeListener: (listener: Listener) => fake.messageListeners.splice(fake.messageListeners.indexOf(listener), 1),
    },
  },
  tabs: {
    get: async (id: number) => ({ id, url: fake.tabUrl }),
    query: async () => [{ id: TAB_ID, url: fake.tabUrl }],
    sendMessage: (_tabId: number, message: unknown) => {
      fake.sent.push(message);
      return fake.answer(message);
    },
    reload: async (id: number) => void fake.reloaded.push(id),
    onUpdated: {
      addListener: (listener: (tabId: number, change: { status?: string }) => void) => fake.updateListeners.push(listener),
      removeListener: () => {},
    },
  },
  storage: {
    local: {
      get: async (key: string) => ({ [key]: fake.stored[key] }),
      set: async (items: Record<string, unknown>) => void Object.assign(fake.stored, items),
    },
    onChanged: { addListener: () => {} },
  },
  commands: { getAll: async () => [{ name: 'toggle-clean-mode', shortcut: 'Alt+Shift+M' }] },
  i18n: {
    getUILanguage: () => 'en',
    getMessage: (key: string, substitutions: string[] = []) =>
      (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
  },
}));
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { Popup } = await import('../../src/popup/components/Popup.tsx');

let document: Document;

function message(key: string, ...substitutions: string[]): string {
  return (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** Lets the fake browser's promises settle and Preact's effects run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

/** `tabUrl` null: a tab the extension has no host permission for, so the browser hides its URL. */
async function openPopup(answer: unknown, tabUrl: string | null = GITHUB_URL): Promise<Element> {
  fake.tabUrl = tabUrl ?? undefined;
  fake.answer = (request) =>
    (request as { type: string }).type === 'mr:get-article' ? (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)) : Promise.resolve(true);
  const root = document.getElementById('app')!;
  await act(() => render(h(Popup, { search: `?tab=${TAB_ID}` }), root));
  await settle();
  return root;
}

const showing = (article: Article) => ({ type: 'mr:article', article });
const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent ?? null;
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent);

async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
  await settle();
}

beforeEach(() => {
  document = parseHtml('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('document', document);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
  Object.assign(fake, { sent: [], stored: {}, messageListeners: [], updateListeners: [], reloaded: [] });
});

afterEach(() => {
  render(null, document.getElementById('app')!);
  vi.unstubAllGlobals();
});

describe('popup on an article', () => {
  it('shows title, dateline line, length with reading rate, editor and original link', async () => {
    const root = await openPopup(showing(ordinaryArticle()));
    expect(text(root, 'h1')).toBe('市议会讨论新图书馆计划');
    expect(text(root, '.dateline')).toBe('示例新闻 · 2023-04-12 · 多伦多 · by 周小文');
    expect(text(root, '.stats')).toBe('33 characters · about 1 min read, at 450 characters/min');
    expect(texts(root, '.facts dd')).toEqual(['高远', 'https://news.example.org/gb/23/4/12/n1001.htm']);
    const link = root.querySelector('.facts a');
    expect(link?.getAttribute('href')).toBe('https://news.example.org/gb/23/4/12/n1001.htm');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists people with English name, roles and mentions, and figures with caption, credit and camo thumbnail', async () => {
    const root = await openPopup(showing(ordinaryArticle()));
    expect(texts(root, '.people li')).toEqual(['玛丽亚‧桑切斯Maria Sanchez市议员mentions: ×4', '陈建国图书馆馆长mentions: ×2']);
    expect(texts(root, '.figures .figure-caption')).toEqual(['4月11日，市议员玛丽亚‧桑切斯在市政厅介绍新图书馆的设计方案。', '新图书馆选址。']);
    expect(texts(root, '.figures .figure-credit')).toEqual(['示例新闻图片']);
    expect(texts(root, '.figures .badge')).toEqual(['Lead image']);
    expect([...root.querySelectorAll('.figures img')].map((img) => img.getAttribute('src'))).toEqual(ordinaryArticle().figures.map((f) => f.displaySrc));
  });

  it('scrolls the page to a person or figure the user picks, and says so when the page has lost it', async () => {
    const root = await openPopup(showing(ordinaryArticle()));
    await click(root.querySelectorAll('.people button')[1]);
    await click(root.querySelectorAll('.figures button')[0]);
    expect(fake.sent.slice(1)).toEqual([
      { type: 'mr:scroll-to', target: { kind: 'person', name: '陈建国' } },
      { type: 'mr:scroll-to', target: { kind: 'figure', index: 0 } },
    ]);
    expect(text(root, '[role=status]')).toBe('');
    fake.answer = () => Promise.resolve(false);
    await click(root.querySelector('.people button'));
    expect(text(root, '[role=status]')).toBe(message('locateFailed'));
  });

  it('exports a file named after date and title, and reports the copy result', async () => {
    const root = await openPopup(showing(ordinaryArticle()));
    const downloads: { name: string; href: string }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.hasAttribute('download')) downloads.push({ name: link.getAttribute('download')!, href: link.getAttribute('href')! });
    });
    const [exportButton, copyButton] = root.querySelectorAll('.actions button');
    await click(exportButton);
    expect(downloads).toEqual([{ name: '2023-04-12-市议会讨论新图书馆计划.json', href: expect.stringMatching(/^blob:/) }]);
    expect(text(root, '[role=status]')).toBe('Saved as 2023-04-12-市议会讨论新图书馆计划.json');

    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (value: string) => void copied.push(value) } });
    await click(copyButton);
    expect(JSON.parse(copied[0]!)).toEqual(ordinaryArticle());
    expect(text(root, '[role=status]')).toBe(message('copied'));

    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    await click(copyButton);
    expect(text(root, '[role=status]')).toBe(message('copyFailed'));
  });

  it('says what is missing on an article with nothing extracted', async () => {
    const root = await openPopup(showing(emptyArticle()));
    expect(text(root, 'h1')).toBe('(untitled)');
    expect(text(root, '.stats')).toBe('No body text found');
    expect(texts(root, '.empty')).toEqual(['No named people found.', 'No images found.']);
    expect(root.querySelector('.dateline, .facts dd')).toBeNull();
  });
});

describe('popup on hostile page data', () => {
  it('renders markup as text, links only https and loads no image from off GitHub', async () => {
    const article = injectionArticle();
    const root = await openPopup(showing(article));
    const summary = root.querySelector('.summary')!;
    expect(summary.querySelectorAll('script, svg, b, iframe, object, embed')).toHaveLength(0);
    expect(text(summary, 'h1')).toBe(article.title);
    expect(texts(summary, '.person-name')[0]).toBe(article.people[0]!.name);
    expect(texts(summary, '.figure-caption')[0]).toBe(article.figures[0]!.caption);
    expect(summary.querySelectorAll('a')).toHaveLength(0);
    expect(text(summary, '.url-unsafe')).toBe('javascript:window.__mrPwned=1');
    const images = [...summary.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(images).toEqual(ordinaryArticle().figures.map((f) => f.displaySrc));
    for (const element of summary.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/);
    }
  });

  it('caps a long list of people at 30 with a "Show all" control that adds the rest frame by frame', async () => {
    const root = await openPopup(showing(manyPeopleArticle(2_000)));
    expect(root.querySelectorAll('.people li')).toHaveLength(30);
    expect(text(root, '.people .section-count')).toBe('2,000');
    await click(root.querySelector('.people .show-all'));
    expect(root.querySelector('.people .show-all')).toBeNull();
    const firstSlice = root.querySelectorAll('.people li').length;
    expect(firstSlice).toBeGreaterThan(30);
    expect(firstSlice).toBeLessThan(2_000);
    await vi.waitFor(() => expect(root.querySelectorAll('.people li').length).toBe(2_000), { timeout: 20_000, interval: 20 });
  });

  it('caps 5,000 figures the same way', async () => {
    const root = await openPopup(showing(manyFiguresArticle()));
    expect(root.querySelectorAll('.figures li')).toHaveLength(12);
    expect(text(root, '.figures .show-all')).toBe('Show all 5,000');
  });

  it.each(Object.entries(malformedResponses()))('treats a malformed answer (%s) as unreadable, offering a reload', async (_name, answer) => {
    const root = await openPopup(answer);
    expect(text(root, '.page-message-title')).toBe(message('stateUnreadable'));
    expect(root.querySelector('.summary, .actions')).toBeNull();
    await click(root.querySelector('.page-message button'));
    expect(fake.reloaded).toEqual([TAB_ID]);
  });
});

describe('popup without an article', () => {
  it('says so on a GitHub page without one', async () => {
    const root = await openPopup({ type: 'mr:article', article: null });
    expect(text(root, '.page-message-title')).toBe(message('stateNoArticle'));
    expect(root.querySelector('.page-message button')).toBeNull();
  });

  it('tells the user to reload a GitHub tab that does not answer, and shows the article once reloaded', async () => {
    const root = await openPopup(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(text(root, '.page-message-title')).toBe(message('stateUnreachable'));
    expect(text(root, '.page-message-detail')).toContain('Reload the tab');
    await click(root.querySelector('.page-message button'));
    expect(fake.reloaded).toEqual([TAB_ID]);
    expect(text(root, '.page-message-title')).toBe(message('stateLoading'));
    fake.answer = () => Promise.resolve(showing(ordinaryArticle()));
    for (const listener of fake.updateListeners) listener(TAB_ID + 1, { status: 'complete' });
    await settle();
    expect(root.querySelector('h1')).toBeNull();
    for (const listener of fake.updateListeners) listener(TAB_ID, { status: 'complete' });
    await settle();
    expect(text(root, 'h1')).toBe('市议会讨论新图书馆计划');
  });

  it('explains that other pages are not GitHub', async () => {
    const root = await openPopup(new Error('Could not establish connection.'), null);
    expect(text(root, '.page-message-title')).toBe(message('stateNotGitHub'));
  });

  it('shows the article once the tab reports it, ignoring reports from other tabs and extensions', async () => {
    const root = await openPopup({ type: 'mr:article', article: null });
    fake.answer = () => Promise.resolve(showing(ordinaryArticle()));
    const report = { type: 'mr:detected', detected: true };
    for (const sender of [{ id: 'another-extension', tab: { id: TAB_ID } }, { id: 'mirror-reader-test', tab: { id: TAB_ID + 1 } }]) {
      for (const listener of fake.messageListeners) listener(report, sender);
      await settle();
      expect(root.querySelector('h1')).toBeNull();
    }
    for (const listener of fake.messageListeners) listener(report, { id: 'mirror-reader-test', tab: { id: TAB_ID } });
    await settle();
    expect(text(root, 'h1')).toBe('市议会讨论新图书馆计划');
  });
});

describe('popup settings', () => {
  it('shows clean mode as a labelled switch with the stored state and its shortcut', async () => {
    fake.stored.settings = { clean: true, readerLayout: false };
    const root = await openPopup({ type: 'mr:article', article: null });
    const switches = [...root.querySelectorAll('input[role=switch]')] as HTMLInputElement[];
    const names = switches.map((input) => document.getElementById(input.getAttribute('aria-labelledby')!)?.textContent);
    expect(names).toEqual(['Clean mode', 'Reader layout']);
    expect(switches[0]!.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+M');
    // linkedom has no `checked` property, so Preact reflects the state as the attribute.
    expect(switches.map((input) => input.hasAttribute('checked'))).toEqual([true, false]);
    expect(text(root, '.shortcut')).toBe('Alt+Shift+M');
  });

  it('stores a change at once, where every tab picks it up', async () => {
    fake.stored.settings = { clean: true, readerLayout: false };
    const root = await openPopup(new Error('unreachable'), null);
    const [clean, reader] = [...root.querySelectorAll('input[role=switch]')] as HTMLInputElement[];
    clean!.checked = false;
    await act(() => void clean!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true })));
    await settle();
    expect(fake.stored.settings).toEqual({ clean: false, readerLayout: false });
    reader!.checked = true;
    await act(() => void reader!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true })));
    await settle();
    expect(fake.stored.settings).toEqual({ clean: false, readerLayout: true });
  });
});
