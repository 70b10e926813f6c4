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
  oursMs: number;
  readabilityMs: number;
}

/** Mean milliseconds per run over `runs` runs (the page timer is coarse, so single runs are not timed). */
function timePerRun(runs: number, work: () => void): number {
  const start = performance.now();
  for (let i = 0; i < runs; i++) work();
  return (performance.now() - start) / runs;
}

export function measure(oursRuns: number, readabilityRuns: number): PageTiming {
  const url = location.href;
  const detected = detectArticle(document, url) !== null;
  const detectMs = timePerRun(oursRuns, () => detectArticle(document, url));
  const oursMs = timePerRun(oursRuns, () => {
    const classified = detectArticle(document, url);
    if (classified) extractArticle(classified, url);
  });
  // parse() mutates the document it is given, hence the clone — its cost is part of using Readability.
  const readabilityMs = timePerRun(readabilityRuns, () => {
    new Readability(document.cloneNode(true) as Document).parse();
  });
  return { detected, detectMs, oursMs, readabilityMs };
}
