/**
 * `npm run bench [-- --json]`: how fast the extension is where it runs, in headless Chromium.
 *
 * 1. Detect + extract per page, and @mozilla/readability's parse() on the same live page in the same
 *    run: every corpus page (articles and negatives) rendered as github.com serves it, at its real
 *    URL (request interception), with scripts/bench/page-entry.ts bundled by Vite and injected.
 *    No extension here: the page is exactly what GitHub sends. Each page is a fresh page, so both
 *    start cold. Both are reported the same two ways: the first (cold) run, which also compiles the
 *    code — what one extraction costs a user — and the mean of the RUNS - 1 warm runs after it (the
 *    headline figure and the JSON `…MedianMs`, as benchmarks usually discard warm-up).
 * 2. The gzipped size of everything the built extension injects into github.com pages: what every page
 *    loads (content_scripts js + css of dist/chrome/manifest.json), what the background adds the first
 *    time the popup reads a tab (the extractor, EXTRACTOR_FILE), and the two together.
 * 3. With the built extension loaded: the time from DOMContentLoaded to cleaned (html[data-mr-article]
 *    set) on the article pages. Negative means cleaned before DOMContentLoaded.
 * 4. What the extension costs every github.com page load: the renderer's script time and used JS heap
 *    after loading each corpus page, with the extension and, as the reference in the same run, without it.
 *
 * Prints figures and ratios, never pass/fail. Needs `npm run build` first (parts 2 and 3).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { launch } from '../tests/e2e/harness/index.ts';
import { HAS_SHARED, SHARED_DIR } from '../tests/shared.ts';
import { EXTRACTOR_FILE } from '../src/messages.ts';
import type { PageTiming } from './bench/page-entry.ts';
import { browserPath, CHROMIUM_ARGS, chromiumExtensionArgs, REPO_ROOT, requireBrowserAndBuild } from './lib/browsers.ts';
import { renderGitHubPage } from './lib/github-render.ts';

/** Runs per page, the same for both extractors: single warm runs are below the page timer's resolution. */
const RUNS = 11;
const GLOBAL_NAME = 'MirrorReaderBench';

interface CorpusPage {
  file: string;
  url: string;
  article: boolean;
  html: string;
}

interface Report {
  pages: number;
  oursMedianMs: number;
  oursP95Ms: number;
  readabilityMedianMs: number;
  speedup: number;
  /** Everything injected: what every page loads plus the extractor injected when the popup reads a tab. */
  injectedScriptGzipBytes: number;
  pageLoadScriptGzipBytes: number;
  onDemandScriptGzipBytes: number;
  cleanedAfterDclMedianMs: number;
  /** Medians over the corpus pages of what loading the extension adds to a page load. */
  pageLoadAddedScriptMs: number;
  pageLoadAddedHeapKb: number;
  oursColdMedianMs: number;
  readabilityColdMedianMs: number;
}

/** Every page of MANIFEST.tsv (articles and negatives), rendered at its blob URL. */
function corpusPages(): CorpusPage[] {
  const corpus = join(SHARED_DIR, 'corpus');
  const [header, ...rows] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = header?.split('\t') ?? [];
  const column = (cells: string[], name: string): string => cells[columns.indexOf(name)] ?? '';
  return rows.map((row) => {
    const cells = row.split('\t');
    const file = column(cells, 'file');
    const url = new URL(`https://github.com/${column(cells, 'repo')}/blob/master/${column(cells, 'path')}`).href;
    const html = renderGitHubPage(readFileSync(join(corpus, file), 'utf8'), { url });
    return { file, url, article: file.startsWith('articles/'), html };
  });
}

/** scripts/bench/page-entry.ts (our core + Readability) as one IIFE defining `window.MirrorReaderBench`. */
async function bundlePageEntry(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      lib: { entry: resolve(REPO_ROOT, 'scripts/bench/page-entry.ts'), formats: ['iife'], name: GLOBAL_NAME, fileName: () => 'bench.js' },
      write: false,
      minify: true,
      target: 'chrome120',
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Vite produced no bundle for scripts/bench/page-entry.ts');
  return chunk.code;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
const median = (values: number[]): number => percentile(values, 0.5);

/** Serves every corpus page at its github.com URL in `context`; any other request is aborted (offline). */
async function serveCorpus(context: BrowserContext, pages: CorpusPage[]): Promise<void> {
  const byUrl = new Map(pages.map((page) => [page.url, page.html]));
  await context.route('**/*', (route) => {
    const html = byUrl.get(route.request().url());
    return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort();
  });
}

/** Part 1: timings on the live pages, without the extension. */
async function timeExtraction(pages: CorpusPage[], bundle: string): Promise<(PageTiming & { file: string })[]> {
  const browser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    await serveCorpus(context, pages);
    const tab = await context.newPage();
    const timings: (PageTiming & { file: string })[] = [];
    for (const page of pages) {
      await tab.goto(page.url, { waitUntil: 'load' });
      await tab.addScriptTag({ content: bundle });
      const timing = (await tab.evaluate(
        ({ name, runs }) => (window as unknown as Record<string, { measure(runs: number): unknown }>)[name]?.measure(runs),
        { name: GLOBAL_NAME, runs: RUNS },
      )) as PageTiming;
      timings.push({ ...timing, file: page.file });
    }
    return timings;
  } finally {
    await browser.close();
  }
}

interface InjectedFiles {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

/** Part 2: the content_scripts files of the Chrome build (every page load) and the extractor (on demand), gzipped. */
function injectedScript(): { pageLoad: InjectedFiles; onDemand: InjectedFiles; bundledLibraries: string[] } {
  const { extensionDir } = requireBrowserAndBuild('chromium');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  const measure = (files: string[]): InjectedFiles & { contents: Buffer[] } => {
    const contents = files.map((file) => readFileSync(join(extensionDir, file)));
    return {
      files,
      contents,
      gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
      rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
    };
  };
  const { contents: pageLoadContents, ...pageLoad } = measure((manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]));
  const { contents: onDemandContents, ...onDemand } = measure([EXTRACTOR_FILE]);
  const text = [...pageLoadContents, ...onDemandContents].map((content) => content.toString('utf8')).join('\n');
  // Strings these libraries keep through minification (a property name, a hook name).
  const bundledLibraries = Object.entries({ Preact: 'dangerouslySetInnerHTML', DOMPurify: 'uponSanitizeElement' })
    .filter(([, marker]) => text.includes(marker))
    .map(([name]) => name);
  return { pageLoad, onDemand, bundledLibraries };
}

/** Part 3: DOMContentLoaded → html[data-mr-article], with the extension loaded, per article page. */
async function timeCleaning(pages: CorpusPage[]): Promise<{ cleanedAfterDclMs: number[]; notCleaned: string[] }> {
  const session = await launch('chromium');
  try {
    const tab = await session.newPage();
    await tab.addInitScript(() => {
      const marks: { dcl?: number; cleaned?: number } = {};
      (window as unknown as { __mrBench: typeof marks }).__mrBench = marks;
      document.addEventListener('DOMContentLoaded', () => (marks.dcl = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (marks.cleaned === undefined && document.documentElement.hasAttribute('data-mr-article')) marks.cleaned = performance.now();
      });
      // At document start there may be no <html> element yet: watch the whole document for the attribute.
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-mr-article'] });
    }, undefined);
    const cleanedAfterDclMs: number[] = [];
    const notCleaned: string[] = [];
    for (const page of pages) {
      session.serve(page.url, page.html);
      await tab.goto(page.url);
      const marks = await tab.evaluate(() => (window as unknown as { __mrBench: { dcl?: number; cleaned?: number } }).__mrBench);
      if (marks.dcl !== undefined && marks.cleaned !== undefined) cleanedAfterDclMs.push(marks.cleaned - marks.dcl);
      else notCleaned.push(page.file);
    }
    return { cleanedAfterDclMs, notCleaned };
  } finally {
    await session.close();
  }
}

interface LoadCost {
  scriptMs: number;
  heapKb: number;
}

/**
 * Part 4: script time and used JS heap (CDP Performance.getMetrics) after each corpus page has loaded,
 * in a fresh tab, with or without the extension. The served pages carry no script of their own, so with
 * the extension the script is the content script's.
 */
async function pageLoadCosts(pages: CorpusPage[], withExtension: boolean): Promise<LoadCost[]> {
  const { extensionDir } = requireBrowserAndBuild('chromium');
  const profileDir = mkdtempSync(join(tmpdir(), 'mr-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: browserPath('chromium'),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(withExtension ? chromiumExtensionArgs(extensionDir) : [])],
  });
  try {
    await serveCorpus(context, pages);
    const costs: LoadCost[] = [];
    // The first page warms the browser (and lets the extension register its content script) and is not counted.
    for (const page of [pages[0]!, ...pages]) {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await tab.goto(page.url, { waitUntil: 'load' });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      costs.push({ scriptMs: metric('ScriptDuration') * 1000, heapKb: metric('JSHeapUsedSize') / 1024 });
      await tab.close();
    }
    return costs.slice(1);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;
const round = (value: number): number => Math.round(value * 1000) / 1000;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = json ? (): void => undefined : (line: string): void => console.log(line);
  if (!HAS_SHARED) throw new Error(`The benchmark runs on the corpus: ${SHARED_DIR}/corpus not found.`);
  requireBrowserAndBuild('chromium');

  const pages = corpusPages();
  log(`${pages.length} corpus pages (${pages.filter((page) => page.article).length} articles), rendered as github.com serves them`);
  const timings = await timeExtraction(pages, await bundlePageEntry());
  const ours = timings.map((timing) => timing.oursMs);
  const readability = timings.map((timing) => timing.readabilityMs);
  const speedup = median(readability) / median(ours);
  log(`detect + extract, per page (warm):  median ${ms(median(ours))}, p95 ${ms(percentile(ours, 0.95))}, max ${ms(Math.max(...ours))}  (target: median ≤ 3 ms)`);
  const detectOnly = timings.map((timing) => timing.detectMs);
  log(`detect alone (every page load): median ${ms(median(detectOnly))}, p95 ${ms(percentile(detectOnly, 0.95))}`);
  log(`Readability parse(), per page (warm): median ${ms(median(readability))}, p95 ${ms(percentile(readability, 0.95))}`);
  log(`speedup, warm (median Readability / median ours): ${speedup.toFixed(1)}×  (target: ≥ 10×)`);
  const oursCold = timings.map((timing) => timing.oursColdMs);
  const readabilityCold = timings.map((timing) => timing.readabilityColdMs);
  log(
    `first (cold) run per page: ours median ${ms(median(oursCold))}, p95 ${ms(percentile(oursCold, 0.95))}; ` +
      `Readability median ${ms(median(readabilityCold))}; speedup ${(median(readabilityCold) / median(oursCold)).toFixed(1)}×`,
  );
  log(`detected as articles: ${timings.filter((timing) => timing.detected).length}/${pages.length} pages`);

  const injected = injectedScript();
  const { pageLoad, onDemand } = injected;
  const injectedGzipBytes = pageLoad.gzipBytes + onDemand.gzipBytes;
  log(`injected into every github.com page: ${pageLoad.files.join(' + ')} = ${pageLoad.rawBytes} bytes, ${pageLoad.gzipBytes} bytes gzipped`);
  log(`injected when the popup first reads a tab: ${onDemand.files.join(' + ')} = ${onDemand.rawBytes} bytes, ${onDemand.gzipBytes} bytes gzipped`);
  log(
    `all script injected into github.com pages: ${injectedGzipBytes} bytes gzipped (target ≤ 20480); ` +
      `Preact/DOMPurify markers found: ${injected.bundledLibraries.length ? injected.bundledLibraries.join(', ') : 'none'}`,
  );

  const cleaning = await timeCleaning(pages.filter((page) => page.article));
  const after = cleaning.cleanedAfterDclMs;
  log(
    `DOMContentLoaded → cleaned (extension loaded): median ${ms(median(after))}, p95 ${ms(percentile(after, 0.95))} over ${after.length} article pages ` +
      `(negative = cleaned before DOMContentLoaded; ${after.filter((value) => value < 0).length} of them)` +
      (cleaning.notCleaned.length ? `; never cleaned: ${cleaning.notCleaned.join(', ')}` : ''),
  );

  const medianCost = (costs: LoadCost[]): LoadCost => ({ scriptMs: median(costs.map((cost) => cost.scriptMs)), heapKb: median(costs.map((cost) => cost.heapKb)) });
  const withExtension = medianCost(await pageLoadCosts(pages, true));
  const without = medianCost(await pageLoadCosts(pages, false));
  const addedScriptMs = withExtension.scriptMs - without.scriptMs;
  const addedHeapKb = withExtension.heapKb - without.heapKb;
  log(
    `every github.com page load, median over ${pages.length} pages: script ${ms(withExtension.scriptMs)} and JS heap ${withExtension.heapKb.toFixed(0)} KB ` +
      `with the extension, ${ms(without.scriptMs)} and ${without.heapKb.toFixed(0)} KB without: ` +
      `the extension adds ${ms(addedScriptMs)} and ${addedHeapKb.toFixed(0)} KB`,
  );

  const report: Report = {
    pages: pages.length,
    oursMedianMs: round(median(ours)),
    oursP95Ms: round(percentile(ours, 0.95)),
    readabilityMedianMs: round(median(readability)),
    speedup: round(speedup),
    injectedScriptGzipBytes: injectedGzipBytes,
    pageLoadScriptGzipBytes: pageLoad.gzipBytes,
    onDemandScriptGzipBytes: onDemand.gzipBytes,
    cleanedAfterDclMedianMs: round(median(after)),
    pageLoadAddedScriptMs: round(addedScriptMs),
    pageLoadAddedHeapKb: Math.round(addedHeapKb),
    oursColdMedianMs: round(median(oursCold)),
    readabilityColdMedianMs: round(median(readabilityCold)),
  };
  if (json) console.log(JSON.stringify(report));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
