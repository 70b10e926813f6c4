/**
 * Bundled into one IIFE and injected into each benchmark page: our detect + extract and Mozilla
 * Readability, timed on the same live document in the same run.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../../src/core/detect.ts';
import { extractArticle } from '../../src/core/extract/article.ts';

export interface PageTiming {
  detected: boolean;
  /** Detect alone: what the content script does on every page load (extraction waits for the popup). */
  detectMs: number;
  /** Mean per run once warm: runs 2…`runs`, after the first has compiled the code. */
  oursMs: number;
  readabilityMs: number;
  /** The first run on the page, as a user's one extraction is: code not yet compiled or optimised. */
  oursColdMs: number;
  readabilityColdMs: number;
}

/** Milliseconds of the first run, and the mean of the later runs (timed together: the page timer is coarse). */
function time(runs: number, work: () => void): { coldMs: number; meanMs: number } {
  const start = performance.now();
  work();
  const warm = performance.now();
  for (let i = 1; i < runs; i++) work();
  return { coldMs: warm - start, meanMs: (performance.now() - warm) / (runs - 1) };
}

export function measure(runs: number): PageTiming {
  const url = location.href;
  const ours = time(runs, () => {
    const classified = detectArticle(document, url);
    if (classified) extractArticle(classified, url);
  });
  // parse() mutates the document it is given, hence the clone — its cost is part of using Readability.
  const readability = time(runs, () => {
    new Readability(document.cloneNode(true) as Document).parse();
  });
  return {
    detected: detectArticle(document, url) !== null,
    detectMs: time(runs, () => detectArticle(document, url)).meanMs,
    oursMs: ours.meanMs,
    readabilityMs: readability.meanMs,
    oursColdMs: ours.coldMs,
    readabilityColdMs: readability.coldMs,
  };
}
