/**
 * `npm run extract -- [options] FILE|DIR...`: the Article JSON of mirror Markdown files (rendered as
 * github.com shows them) and saved github.com pages. See USAGE.
 */
import { build } from 'esbuild';
import { readdirSync, renameSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FileResult, FileTask } from './lib/extract-worker.ts';
import { mirrorUrlForPath, type PlaceOptions } from './lib/mirror-path.ts';

const USAGE = `Usage: npm run extract -- [options] FILE|DIR...

Prints the Mirror Reader Article JSON (schema v1) of each mirror Markdown file (.md, rendered as
github.com shows it) or saved github.com page (.html). A directory means every .md/.html file under it.

Output: one file without --jsonl prints its article, pretty (null when the page holds no article).
With --jsonl, or with several files, one line per file, in input order:
  {"file": PATH, "article": ARTICLE|null}    or    {"file": PATH, "error": MESSAGE}

Page URL (it sets "url" and "mirror"): .md files inside a mirror checkout are read at
https://github.com/OWNER/REPO/blob/master/pages/<channel>/<id>.md when the path shows OWNER and REPO
(corpus names OWNER__REPO__pages__<channel>__<id>.md, or a directory named OWNER__REPO); else at a
file:// URL. Saved pages use their og:url / canonical link / initial-path.

Options:
  --jsonl            one JSON line per file
  --url URL          the page URL of the one FILE
  --repo OWNER/REPO  the files are a checkout of this repository; paths are relative to each DIR
  --ref REF          the checkout's ref (default master)
  --progress         progress on stderr even when stderr is not a terminal
  --workers N        worker threads (default: one per core)
  --help             this text

npm prints its own banner on stdout: when piping the JSON, run npm run --silent extract -- …

Exit status: 0 when every file was read (with or without an article), 1 when any file failed
(each failure is reported on stderr and as an "error" record), 2 on a usage error.`;

const PROGRESS_EVERY_FILES = 200;
const PROGRESS_EVERY_MS = 1000;
/** A larger young generation: each page allocates a few MB of short-lived trees, and fewer scavenges save ~10% CPU. */
const YOUNG_GENERATION_MB = 128;
/** Files per message to a worker: enough to amortise messaging, few enough to balance the cores. */
const BATCH = 8;

interface Options {
  jsonl: boolean;
  url?: string;
  place: PlaceOptions;
  progress: boolean;
  workers: number;
}

function main(argv: string[]): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean', default: false },
        url: { type: 'string' },
        repo: { type: 'string' },
        ref: { type: 'string' },
        progress: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) return usageError('no FILE or DIR given');
  if (values.repo !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(values.repo)) return usageError(`--repo wants OWNER/REPO, got ${values.repo}`);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) return usageError(`--workers wants a positive integer, got ${values.workers}`);

  const tasks = collectTasks(positionals, { repo: values.repo, ref: values.ref });
  if (values.url !== undefined && tasks.length !== 1) return usageError('--url needs exactly one FILE');
  const options: Options = {
    jsonl: values.jsonl || tasks.length !== 1,
    url: values.url,
    place: { repo: values.repo, ref: values.ref },
    progress: values.progress || process.stderr.isTTY === true,
    workers,
  };
  for (const task of tasks) {
    task.pretty = !options.jsonl;
    if (options.url !== undefined) task.url = options.url;
  }
  return run(tasks, options);
}

function usageError(message: string): number {
  process.stderr.write(`extract: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** Expands directories (recursively, sorted) into .md/.html files; a missing path stays, to be reported as failed. */
function collectTasks(inputs: string[], place: PlaceOptions): FileTask[] {
  const tasks: FileTask[] = [];
  for (const input of inputs) {
    const isDirectory = statSync(input, { throwIfNoEntry: false })?.isDirectory() === true;
    const files = isDirectory
      ? readdirSync(input, { recursive: true, encoding: 'utf8' })
          .filter((name) => /\.(md|html?)$/i.test(name))
          .sort()
          .map((name) => resolve(input, name))
          .filter((path) => statSync(path).isFile())
      : [resolve(input)];
    for (const path of files) {
      const file = displayPath(path);
      const url = mirrorUrlForPath(path, { ...place, checkoutDir: isDirectory ? input : '.' });
      tasks.push({ index: tasks.length, file, url, pretty: false });
    }
  }
  return tasks;
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

async function run(tasks: FileTask[], options: Options): Promise<number> {
  const started = Date.now();
  const counts = { article: 0, none: 0, error: 0 };
  const progress = new Progress(tasks.length, options.progress, started);
  const emit = (result: FileResult): void => {
    counts[result.outcome]++;
    if (result.error !== undefined) process.stderr.write(`extract: ${tasks[result.index]?.file}: ${result.error}\n`);
    process.stdout.write(`${result.json}\n`);
    progress.tick(counts.article + counts.none + counts.error);
  };

  const workerCount = Math.min(options.workers, Math.ceil(tasks.length / BATCH));
  const workerModule = await bundleWorkerModule();
  if (workerCount <= 1) {
    const { processFile } = (await import(workerModule.href)) as typeof import('./lib/extract-worker.ts');
    for (const task of tasks) emit(processFile(task));
  } else {
    await runInWorkers(workerModule, tasks, workerCount, emit);
  }

  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `extract: ${tasks.length} files (${counts.article} articles, ${counts.none} without an article, ${counts.error} failed) ` +
      `in ${seconds.toFixed(1)} s, ${(tasks.length / Math.max(seconds, 0.001)).toFixed(0)} files/s\n`,
  );
  return counts.error > 0 ? 1 : 0;
}

const WORKER_BUNDLE = fileURLToPath(new URL('../node_modules/.cache/mirror-reader/extract-worker.mjs', import.meta.url));

/**
 * Bundles the worker module with the renderer and the core it imports into one ES module, with
 * esbuild (the compiler tsx runs on). Loaded through tsx's loader hooks as hundreds of modules,
 * they took each thread about 2 s of CPU before its first file; the bundle loads in a tenth of
 * that. It is rebuilt on every run (a third of a second), written aside and then renamed, so that
 * concurrent runs never load a half-written file.
 */
async function bundleWorkerModule(): Promise<URL> {
  const written = `${WORKER_BUNDLE}.${process.pid}`;
  await build({
    entryPoints: [fileURLToPath(new URL('./lib/extract-worker.ts', import.meta.url))],
    outfile: written,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    // linkedom's optional <canvas> support: without the package it uses its own shim.
    external: ['canvas'],
  });
  renameSync(written, WORKER_BUNDLE);
  return pathToFileURL(WORKER_BUNDLE);
}

/** Hands out batches to the workers as they finish and emits results in input order. */
function runInWorkers(workerModule: URL, tasks: FileTask[], workerCount: number, emit: (result: FileResult) => void): Promise<void> {
  return new Promise((resolveAll, reject) => {
    const waiting = new Map<number, FileResult>();
    let nextToEmit = 0;
    let nextToSend = 0;
    const workers: Worker[] = [];
    const stopAll = (): Promise<number[]> => Promise.all(workers.map((worker) => worker.terminate()));
    for (let count = 0; count < workerCount; count++) {
      const worker = new Worker(workerModule, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let outstanding = 0;
      // Keep a second batch queued behind the one being worked on, so a worker never waits for the main thread.
      const topUp = (): void => {
        while (outstanding <= BATCH && nextToSend < tasks.length) {
          const batch = tasks.slice(nextToSend, nextToSend + BATCH);
          worker.postMessage(batch);
          nextToSend += batch.length;
          outstanding += batch.length;
        }
      };
      worker.on('message', (result: FileResult) => {
        outstanding--;
        waiting.set(result.index, result);
        for (let ready = waiting.get(nextToEmit); ready !== undefined; ready = waiting.get(nextToEmit)) {
          waiting.delete(nextToEmit++);
          emit(ready);
        }
        topUp();
        if (nextToEmit === tasks.length) void stopAll().then(() => resolveAll());
      });
      worker.on('error', (error) => void stopAll().then(() => reject(error)));
      workers.push(worker);
      topUp();
    }
  });
}

/** Progress on stderr every PROGRESS_EVERY_FILES files or once a second, when enabled. */
class Progress {
  private lastShown = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly started: number,
  ) {}

  tick(done: number): void {
    if (!this.enabled || done === this.total) return;
    const now = Date.now();
    if (done % PROGRESS_EVERY_FILES !== 0 && now - this.lastShown < PROGRESS_EVERY_MS) return;
    this.lastShown = now;
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    process.stderr.write(`extract: ${done}/${this.total} files, ${rate.toFixed(0)} files/s\n`);
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
