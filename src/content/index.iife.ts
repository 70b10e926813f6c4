/**
 * Content script on every github.com page, at document_start (an IIFE bundle, so it runs before the
 * parser builds the page). Sets the clean-mode gate, classifies the mirrored article as soon as it is
 * parsed (and again after every GitHub navigation), answers the popup, reports detection for the badge.
 * It carries detection only: the extractor is injected the first time the popup asks for the article.
 * Test URLs: https://github.com/begood0513/goodnews/blob/master/pages/nsc418/n12963233.md (article),
 * https://github.com/begood0513/goodnews (README, not an article).
 */
import { extensionApi } from '../extension-api.ts';
import { detectArticle, findMarkdownArticle, isCandidateUrl } from '../core/detect.ts';
import type { extractArticle } from '../core/extract/article.ts';
import type { Article, ClassifiedArticle } from '../core/types.ts';
import { EXTRACTOR_GLOBAL, isContentRequest, type ArticleResponse, type ContentRequest, type DetectionReport, type ExtractorRequest } from '../messages.ts';
import { loadSettings, onSettingsChanged } from '../settings.ts';
import { clearMarks, markBlocks } from './mark.ts';
import { watchPage } from './navigation.ts';
import { applySettings, cachedSettings, setFlag } from './root-state.ts';
import { scrollToTarget } from './scroll-to.ts';

interface PageState {
  url: string;
  root: Element | null;
  firstChild: Node | null;
  classified: ClassifiedArticle | null;
  article?: Article;
}

const initial = cachedSettings();
applySettings(initial);
if (initial.clean && isCandidateUrl(location.href)) setFlag('pending', true);
void loadSettings().then(applySettings);
onSettingsChanged(applySettings);

let state: PageState = { url: '', root: null, firstChild: null, classified: null };
// A live collection: checking it on every mutation batch costs nothing on pages without Markdown.
const markdownBodies = document.getElementsByClassName('markdown-body');
const page = watchPage(update);

function update(): void {
  const root = markdownBodies.length > 0 ? findMarkdownArticle(document) : null;
  if (root && !isParsed(root)) return; // wait until the parser has closed the article
  if (root === state.root && root?.firstChild === state.firstChild && location.href === state.url) return;
  const previous = state;
  const classified = root ? page.pause(() => classifyAndMark(root)) : null;
  state = { url: location.href, root, firstChild: root?.firstChild ?? null, classified };
  setFlag('article', classified !== null);
  if (document.readyState !== 'loading' || root) setFlag('pending', false);
  if ((previous.classified !== null) !== (classified !== null) || previous.url === '') reportDetection(classified !== null);
}

function classifyAndMark(root: Element): ClassifiedArticle | null {
  clearMarks(root);
  const classified = detectArticle(document, location.href);
  if (classified) markBlocks(classified);
  return classified;
}

/** True once the HTML parser has moved past the article (something follows it or one of its ancestors). */
function isParsed(element: Element): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node && node !== document.body; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

function reportDetection(detected: boolean): void {
  const report: DetectionReport = { type: 'mr:detected', detected };
  // The background may be restarting (the badge is refreshed on the next navigation), or the extension was
  // reloaded, which leaves this script orphaned: Chrome then throws at once instead of rejecting.
  void (async () => extensionApi().runtime.sendMessage(report))().catch(() => undefined);
}

type ExtractArticle = typeof extractArticle;

let extractorLoad: Promise<ExtractArticle> | undefined;

/** The extractor, which the background injects the first time the popup asks for the article (src/content/extractor.ts). */
function loadExtractor(): Promise<ExtractArticle> {
  extractorLoad ??= (async () => {
    const scope = globalThis as Record<symbol, unknown>;
    if (typeof scope[EXTRACTOR_GLOBAL] !== 'function') {
      const request: ExtractorRequest = { type: 'mr:load-extractor' };
      await extensionApi().runtime.sendMessage(request);
    }
    const extract = scope[EXTRACTOR_GLOBAL];
    if (typeof extract !== 'function') throw new Error('Mirror Reader: the extractor did not load');
    return extract as ExtractArticle;
  })();
  extractorLoad.catch(() => (extractorLoad = undefined)); // the next request tries again
  return extractorLoad;
}

async function currentArticle(): Promise<Article | null> {
  update(); // catches up with a change not handled yet, such as an address change nothing reported
  if (!state.classified) return null;
  const extract = await loadExtractor();
  if (!state.classified) return null; // the page moved on while the extractor loaded
  state.article ??= extract(state.classified, state.url);
  return state.article;
}

async function answer(request: ContentRequest): Promise<ArticleResponse | boolean> {
  const article = await currentArticle();
  if (request.type === 'mr:get-article') return { type: 'mr:article', article };
  return article !== null && state.classified !== null && scrollToTarget(state.classified, article, request.target);
}

extensionApi().runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== extensionApi().runtime.id || !isContentRequest(message)) return undefined;
  // When the extractor did not load, the popup gets no article response: it shows the page as unreadable and offers a reload.
  answer(message).then(sendResponse, () => sendResponse(undefined));
  return true; // the answer follows through sendResponse; Chrome before 148 ignores a returned promise
});
