/**
 * GitHub moves between files without loading a page (github-dom.md §4, §6.5). The tab starts on an
 * article; then, as GitHub does, the address changes with history.pushState and either React replaces
 * the article's inner HTML (file → file) or Turbo replaces the turbo-frame's content, with GitHub's
 * events in GitHub's order — or with no event, with every event twice, with the address changing only
 * after the events, through back/forward, and into the ?plain=1 code view. After every step the page
 * must be what a reader expects there: an article cleaned (clutter hidden, content shown), any other
 * page untouched, and the popup's answer and the toolbar badge about the page now shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderGitHubPage, type PageView } from '../../scripts/lib/github-render.ts';
import { CHANNEL_INDEX, HARBOUR, LIBRARY, PLAIN_README, PRESS, type MirrorPage } from './clean-pages.ts';
import { BADGE_TITLE, toolbar } from './clean-toolbar.ts';
import { targetBrowser, visibleTexts, type E2EPage } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

/** A page the tab can move to: what github.com would serve at its URL, and what a reader must then see. */
interface Destination {
  url: string;
  html: string;
  article: MirrorPage | null;
  /** Strings on screen there (for an article: its content). */
  shown: string[];
}

function destination(page: { url: string; markdown: string; shown: string[] }, article: MirrorPage | null, view?: PageView): Destination {
  return { url: page.url, html: renderGitHubPage(page.markdown, { url: page.url, ...(view ? { view } : {}) }), article, shown: page.shown };
}

const TO = {
  harbour: destination(HARBOUR, HARBOUR),
  library: destination(LIBRARY, LIBRARY),
  press: destination(PRESS, PRESS),
  index: destination(CHANNEL_INDEX, null),
  readme: destination(PLAIN_README, null, 'home'),
};

/** How GitHub gets there. `swap`: React sets the article's inner HTML, Turbo the turbo-frame's content. */
interface Move {
  swap: 'article' | 'frame';
  /** Events on document before the new content arrives, and after it, in order. */
  before: string[];
  after: string[];
  /** GitHub sometimes updates the address only after its events (github-dom.md §4.3). */
  addressLast?: boolean;
}

const REACT: Move = { swap: 'article', before: ['soft-nav:start'], after: ['soft-nav:payload', 'soft-nav:react-done', 'soft-nav:end'] };
const TURBO: Move = {
  swap: 'frame',
  before: ['soft-nav:start', 'turbo:visit', 'turbo:before-render'],
  after: ['turbo:render', 'turbo:load', 'soft-nav:end'],
};
const SILENT_REACT: Move = { swap: 'article', before: [], after: [] };

/** What GitHub's router does on a navigation, run in the page: new address, new content, events. */
async function softNavigate(arg: { url: string; html: string } & Move): Promise<void> {
  const next = new DOMParser().parseFromString(arg.html, 'text/html');
  const fire = (type: string): void => void document.dispatchEvent(new Event(type, { bubbles: true }));
  arg.before.forEach(fire);
  if (!arg.addressLast) history.pushState({ mirrorTest: arg.url }, '', arg.url);
  const selector = arg.swap === 'article' ? 'article.markdown-body' : 'turbo-frame#repo-content-turbo-frame';
  const [current, incoming] = [document.querySelector(selector), next.querySelector(selector)];
  if (!current || !incoming) throw new Error(`no ${selector} to swap`);
  current.innerHTML = incoming.innerHTML;
  if (arg.swap === 'frame') document.title = next.title;
  arg.after.forEach(fire);
  if (!arg.addressLast) return;
  // In a later task, once everything the content and the events set off has run.
  await new Promise((resolve) => setTimeout(resolve, 100));
  history.pushState({ mirrorTest: arg.url }, '', arg.url);
}

async function navigate(tab: E2EPage, to: Destination, move: Move): Promise<void> {
  await tab.evaluate(softNavigate, { url: to.url, html: to.html, ...move });
}

/**
 * GitHub's router restores the page on back/forward: a popstate listener in the page that puts back
 * the turbo-frame of the page at the new address (page scripts run after the content script's listeners).
 */
async function installHistoryRouter(tab: E2EPage, pages: Destination[]): Promise<void> {
  await tab.evaluate(
    (known) => {
      window.addEventListener('popstate', () => {
        const html = known.find((page) => page.url === location.href)?.html;
        const frame = html && new DOMParser().parseFromString(html, 'text/html').querySelector('turbo-frame#repo-content-turbo-frame');
        const current = document.querySelector('turbo-frame#repo-content-turbo-frame');
        if (frame && current) current.innerHTML = frame.innerHTML;
      });
    },
    pages.map(({ url, html }) => ({ url, html })),
  );
}

interface Seen {
  address: string;
  article: boolean;
  /** Whether any node carries a clutter marker (data-mr-block). */
  marked: boolean;
  visible: Record<string, boolean>;
}

async function seen(tab: E2EPage, texts: string[]): Promise<Seen> {
  return {
    ...(await tab.evaluate(() => ({
      address: location.href,
      article: document.documentElement.hasAttribute('data-mr-article'),
      marked: document.querySelector('[data-mr-block]') !== null,
    }))),
    visible: await visibleTexts(tab, texts),
  };
}

/** The page as a reader, the popup and the toolbar must show it once the tab shows `to` (the content script reacts within a frame or two). */
async function expectShowing(tab: E2EPage, to: Destination): Promise<void> {
  const hidden = to.article?.hidden ?? [];
  const expected: Seen = {
    address: to.url,
    article: to.article !== null,
    marked: to.article !== null,
    visible: Object.fromEntries([...to.shown.map((text) => [text, true]), ...hidden.map((text) => [text, false])]),
  };
  await expect.poll(() => seen(tab, [...to.shown, ...hidden]), { timeout: 5000 }).toEqual(expected);

  const answer = await session().getArticle(to.url);
  expect(answer && { title: answer.title, url: answer.url, originalUrl: answer.originalUrl }).toEqual(
    to.article && { title: to.article.title, url: to.url, originalUrl: to.article.originalUrl },
  );
  const tabId = await session().tabId(to.url);
  await expect
    .poll(() => toolbar(session(), tabId), { timeout: 5000 })
    .toEqual(to.article ? { badge: '✓', title: BADGE_TITLE.article } : { badge: '', title: BADGE_TITLE.noArticle });
}

/** A new tab on the first article, cleaned. */
async function startOnArticle(): Promise<E2EPage> {
  for (const to of Object.values(TO)) session().serve(to.url, to.html);
  const tab = await session().open(TO.harbour.url);
  await expectShowing(tab, TO.harbour);
  return tab;
}

afterEach(async () => {
  await session().setSettings({ clean: true });
});

describe(`soft navigation on GitHub (${targetBrowser()})`, () => {
  it('React file → file: article → channel index → another article, with soft-nav events', async () => {
    const tab = await startOnArticle();
    await navigate(tab, TO.index, REACT);
    await expectShowing(tab, TO.index);
    await navigate(tab, TO.library, REACT);
    await expectShowing(tab, TO.library);
  });

  it('Turbo: article → repository home (README) → an article of another repository, with turbo and soft-nav events', async () => {
    const tab = await startOnArticle();
    await navigate(tab, TO.readme, TURBO);
    await expectShowing(tab, TO.readme);
    await navigate(tab, TO.press, TURBO);
    await expectShowing(tab, TO.press);
  });

  it('with no event at all, only the DOM change', async () => {
    const tab = await startOnArticle();
    await navigate(tab, TO.index, SILENT_REACT);
    await expectShowing(tab, TO.index);
    await navigate(tab, TO.library, SILENT_REACT);
    await expectShowing(tab, TO.library);
    await navigate(tab, TO.readme, { ...TURBO, before: [], after: [] });
    await expectShowing(tab, TO.readme);
  });

  it('with every event fired twice', async () => {
    const tab = await startOnArticle();
    const twice = (move: Move): Move => ({ ...move, before: move.before.flatMap((type) => [type, type]), after: move.after.flatMap((type) => [type, type]) });
    await navigate(tab, TO.library, twice(REACT));
    await expectShowing(tab, TO.library);
    await navigate(tab, TO.readme, twice(TURBO));
    await expectShowing(tab, TO.readme);
    await navigate(tab, TO.press, twice(TURBO));
    await expectShowing(tab, TO.press);
  });

  it('with the address changing only after the events', async () => {
    const tab = await startOnArticle();
    await navigate(tab, TO.library, { ...REACT, addressLast: true });
    await expectShowing(tab, TO.library);
    await navigate(tab, TO.index, { ...REACT, addressLast: true });
    await expectShowing(tab, TO.index);
    await navigate(tab, TO.press, { ...TURBO, addressLast: true });
    await expectShowing(tab, TO.press);
  });

  it('from a page that is no Markdown view into an article, with the address changing only after the events', async () => {
    // The content arrives while the address still names a page that cannot hold an article; only the later address makes it one.
    const pulls: Destination = { ...TO.readme, url: 'https://github.com/begood0513/goodnews/pulls' };
    for (const to of [pulls, ...Object.values(TO)]) session().serve(to.url, to.html);
    const tab = await session().open(pulls.url);
    await expectShowing(tab, pulls);
    await navigate(tab, TO.press, { ...TURBO, addressLast: true });
    await expectShowing(tab, TO.press);
  });

  it('back and forward (popstate) through article, article and index', async () => {
    const tab = await startOnArticle();
    await installHistoryRouter(tab, Object.values(TO));
    await navigate(tab, TO.library, REACT);
    await navigate(tab, TO.index, REACT);
    await expectShowing(tab, TO.index);
    for (const [step, to] of [
      ['back', TO.library],
      ['back', TO.harbour],
      ['forward', TO.library],
      ['forward', TO.index],
    ] as const) {
      await tab.evaluate((direction) => (direction === 'back' ? history.back() : history.forward()), step);
      await expectShowing(tab, to);
    }
  });

  it('into the ?plain=1 code view of the same file: no article, nothing hidden; and back to the preview', async () => {
    const tab = await startOnArticle();
    await installHistoryRouter(tab, [TO.harbour]);
    const codeUrl = `${HARBOUR.url}?plain=1`;
    // The Code view shows the Markdown source in numbered lines (github-dom.md §3.1), clutter lines included.
    await tab.evaluate(
      ({ url, lines }) => {
        history.pushState({}, '', url);
        const section = document.querySelector('section[aria-labelledby~="file-name-id-wide"]');
        if (!section) throw new Error('no blob section');
        const textarea = document.createElement('textarea');
        textarea.id = 'read-only-cursor-text-area';
        textarea.readOnly = true;
        textarea.value = lines.join('\n');
        const code = document.createElement('div');
        code.className = 'react-code-lines';
        for (const line of lines) {
          const row = code.appendChild(document.createElement('div'));
          row.className = 'react-code-text react-code-line-contents-no-virtualization';
          row.textContent = line;
        }
        section.replaceChildren(textarea, code);
        document.dispatchEvent(new Event('soft-nav:react-done', { bubbles: true }));
      },
      { url: codeUrl, lines: HARBOUR.markdown.split('\n') },
    );
    // In the source, the promo and share lines are plain text, and nothing hides them.
    await expectShowing(tab, { url: codeUrl, html: '', article: null, shown: ['退出中共组织，良心的选择、前途的选择', '手机上长按并复制下列链接或二维码分享本文章'] });
    await tab.evaluate(() => history.back());
    await expectShowing(tab, TO.harbour);
  });
});
