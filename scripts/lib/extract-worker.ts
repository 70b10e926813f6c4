/**
 * One file of `npm run extract`: read, extract, serialise. Runs in the worker threads of
 * scripts/extract.ts (and in-process for a single file); the JSON text is built here so that the main
 * thread only writes it out.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractMarkdown, extractSavedPage } from './pipeline.ts';

export interface FileTask {
  index: number;
  /** The path as shown in the output. */
  file: string;
  /** The URL the page is read at (derived from the path, or given with --url). */
  url: string;
  pretty: boolean;
}

export interface FileResult {
  index: number;
  /** The output record, serialised: `{"file","article"}` / `{"file","error"}`, or the bare article when pretty. */
  json: string;
  outcome: 'article' | 'none' | 'error';
  error?: string;
}

export function processFile(task: FileTask): FileResult {
  const { index, file, url, pretty } = task;
  try {
    const text = readFileSync(file, 'utf8');
    const { article } = /\.html?$/i.test(file) ? extractSavedPage(text, url) : extractMarkdown(text, url);
    const json = pretty ? JSON.stringify(article, null, 2) : JSON.stringify({ file, article });
    return { index, json, outcome: article === null ? 'none' : 'article' };
  } catch (cause) {
    const error = describeError(cause);
    const record = { file, error };
    return { index, json: pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record), outcome: 'error', error };
  }
}

function describeError(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
    return cause.message;
  }
  return String(cause);
}

// Worker side: tasks arrive in batches, results go back one by one.
parentPort?.on('message', (tasks: FileTask[]) => {
  for (const task of tasks) parentPort?.postMessage(processFile(task));
});
