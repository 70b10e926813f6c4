/**
 * Content script on every github.com page, at document_start (an IIFE bundle, so it runs before the
 * parser builds the page). Sets the clean-mode gate, classifies the mirrored article as soon as it is
 * parsed (and again after every GitHub navigation), answers the popup, reports detection for the badge.
 * Test URLs: https://github.com/begood0513/goodnews/blob/master/pages/nsc418/n12963233.md (article),
 * https://github.com/begood0513/goodnews (README, not an article).
 */
import { extensionApi } from '../extension-api.ts';
import { detectArticle, findMarkdownArticle, isCandidateUrl } from '../core/detect.ts';
import { extractArticle } from '../core/extract/article.ts';
import type { Article, ClassifiedArticle } from '../core/types.ts';
import { isContentRequest, type ArticleResponse, type DetectionReport } from '../messages.ts';
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
  extensionApi().runtime.sendMessage(report).catch(() => {
    // The background may be restarting; the badge is refreshed on the next navigation.
  });
}

function currentArticle(): Article | null {
  if (!state.classified) return null;
  state.article ??= extractArticle(state.classified, state.url);
  return state.article;
}

extensionApi().runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== extensionApi().runtime.id || !isContentRequest(message)) return;
  // Answered synchronously through sendResponse: Chrome before 148 ignores a promise returned here.
  if (message.type === 'mr:get-article') {
    const response: ArticleResponse = { type: 'mr:article', article: currentArticle() };
    sendResponse(response);
    return;
  }
  const article = currentArticle();
  sendResponse(article && state.classified ? scrollToTarget(state.classified, article, message.target) : false);
});
