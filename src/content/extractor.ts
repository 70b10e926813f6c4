/**
 * The extractor, injected into a github.com tab by the background (scripting.executeScript) the first time
 * the popup asks that tab for its article. Its word lists and rules are most of Mirror Reader's script and
 * most github.com pages never need them, so the content script that loads on every page leaves them out.
 * It runs in the content scripts' own world (never the page's) and leaves extractArticle there for
 * src/content/index.iife.ts.
 */
import { extractArticle } from '../core/extract/article.ts';
import { EXTRACTOR_GLOBAL } from '../messages.ts';

(globalThis as Record<symbol, unknown>)[EXTRACTOR_GLOBAL] ??= extractArticle;
