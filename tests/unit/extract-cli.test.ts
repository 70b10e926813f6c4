/** `npm run extract` as a user runs it: output shapes, page URLs, failures and the exit status. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderGitHubPage } from '../../scripts/lib/github-render.ts';
import { mirrorUrlForPath } from '../../scripts/lib/mirror-path.ts';
import { extractMarkdown } from '../../scripts/lib/pipeline.ts';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import type { Article } from '../../src/core/types.ts';

const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/extract', import.meta.url));
const EPOCH = join(FIXTURES, 'epochtimes-2020.md');
const EPOCH_URL = 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/nsc418/n12000001.md';
const scratch = mkdtempSync(join(tmpdir(), 'mirror-reader-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function extractCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: REPO_DIR, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function withoutTimestamp(article: Article | null): Omit<Article, 'extractedAt'> | null {
  if (article === null) return null;
  const { extractedAt: _ignored, ...rest } = article;
  return rest;
}

interface Line {
  file: string;
  article?: Article | null;
  error?: string;
}

const jsonLines = (stdout: string): Line[] => stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);

describe('npm run extract', () => {
  it('prints usage with --help', () => {
    const run = extractCli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run extract/);
    expect(run.stdout).toContain('--jsonl');
  });

  it('rejects a call without files as a usage error', () => {
    const run = extractCli();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no FILE or DIR given');
  });

  it('prints one article, pretty and with Chinese unescaped, equal to the in-process extraction', () => {
    const run = extractCli('--url', EPOCH_URL, EPOCH);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\n  "title": "组图：某国外长在港口城市举行会谈"');
    const printed = JSON.parse(run.stdout) as Article;
    expect(articleSchemaErrors(printed)).toEqual([]);
    expect(withoutTimestamp(printed)).toEqual(withoutTimestamp(extractMarkdown(readFileSync(EPOCH, 'utf8'), EPOCH_URL).article));
    expect(run.stderr).toMatch(/1 files \(1 articles, 0 without an article, 0 failed\)/);
  });

  it('reads a directory with worker threads, in order, and reports bad files without stopping', () => {
    const dir = join(scratch, 'many');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    const names = Array.from({ length: 24 }, (_, index) => `page-${String(index).padStart(2, '0')}.md`);
    for (const name of names) copyFileSync(EPOCH, join(dir, name));
    writeFileSync(join(dir, 'nested', 'not-an-article.md'), '# 只是一个说明文件\n');
    writeFileSync(join(dir, 'ignored.txt'), 'not read');
    const missing = join(scratch, 'missing.md');

    const run = extractCli('--jsonl', '--workers', '2', dir, missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.md: no such file');
    const lines = jsonLines(run.stdout);
    expect(lines.slice(0, -1).map((line) => line.file.split('/').slice(-2).join('/'))).toEqual([
      'nested/not-an-article.md',
      ...names.map((name) => `many/${name}`),
    ]);
    expect(lines[0]?.article).toBeNull();
    for (const line of lines.slice(1, -1)) expect(articleSchemaErrors(line.article)).toEqual([]);
    expect(lines[lines.length - 1]).toEqual({ file: missing, error: 'no such file' });
  });

  it('places a checkout given with --repo/--ref, and a saved GitHub page by its own URL', () => {
    const checkout = join(scratch, 'checkout');
    mkdirSync(join(checkout, 'pages', 'nsc418'), { recursive: true });
    copyFileSync(EPOCH, join(checkout, 'pages', 'nsc418', 'n12000001.md'));
    const savedPage = join(scratch, 'saved.html');
    writeFileSync(savedPage, renderGitHubPage(readFileSync(EPOCH, 'utf8'), { url: 'https://github.com/someone/news/blob/main/pages/nsc418/n12000001.md' }));

    const fromCheckout = jsonLines(extractCli('--jsonl', '--repo', 'someone/mirror', '--ref', 'gh-pages', checkout).stdout);
    expect(fromCheckout[0]?.article?.url).toBe('https://github.com/someone/mirror/blob/gh-pages/pages/nsc418/n12000001.md');
    expect(fromCheckout[0]?.article?.mirror).toEqual({ repo: 'someone/mirror', ref: 'gh-pages', path: 'pages/nsc418/n12000001.md' });

    const fromPage = JSON.parse(extractCli(savedPage).stdout) as Article;
    expect(articleSchemaErrors(fromPage)).toEqual([]);
    expect(fromPage.url).toBe('https://github.com/someone/news/blob/main/pages/nsc418/n12000001.md');
    expect(fromPage.figures).toHaveLength(2);
  });
});

describe('mirrorUrlForPath', () => {
  it.each([
    ['corpus/bulk/zydd999__banned-news2/zydd999__banned-news2__pages__nf4514__n12417693.md', 'https://github.com/zydd999/banned-news2/blob/master/pages/nf4514/n12417693.md'],
    ['x/bigcaibao__banned-news__pages__z__yoerrvp__4557370.md', 'https://github.com/bigcaibao/banned-news/blob/master/pages/z__yoerrvp/4557370.md'],
    ['x/bigcaibao__banned-news__pages__zivymejqv___4554635.md', 'https://github.com/bigcaibao/banned-news/blob/master/pages/zivymejqv_/4554635.md'],
    ['/srv/gfw-breaker__mh-news/pages/245/352581.md', 'https://github.com/gfw-breaker/mh-news/blob/master/pages/245/352581.md'],
  ])('%s', (path, url) => {
    expect(mirrorUrlForPath(path)).toBe(url);
  });

  it('gives a file URL to a file with no known place', () => {
    expect(mirrorUrlForPath('/tmp/notes/article.md')).toBe('file:///tmp/notes/article.md');
  });

  it('reads paths relative to a checkout given with --repo', () => {
    expect(mirrorUrlForPath('/srv/co/pages/p1/1.md', { repo: 'o/r', ref: 'main', checkoutDir: '/srv/co' })).toBe('https://github.com/o/r/blob/main/pages/p1/1.md');
  });
});
