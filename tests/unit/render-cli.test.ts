import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = 'tests/fixtures/render/mirror-article.md';

function render(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/render.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run render', () => {
  it('prints the blob page of a Markdown file for the given URL', () => {
    const { status, stdout } = render(FIXTURE, '--url', 'https://github.com/example-org/mirror/blob/master/pages/nsc418/n900001.md');
    expect(status).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain('<title>mirror/pages/nsc418/n900001.md at master · example-org/mirror</title>');
    expect(stdout).toContain('<article class="markdown-body entry-content container-lg" itemprop="text">');
  });

  it('prints the repository home with --view home', () => {
    const { status, stdout } = render(FIXTURE, '--url', 'https://github.com/example-org/mirror', '--view', 'home');
    expect(status).toBe(0);
    expect(stdout).toContain('partial-name="repos-overview"');
  });

  it('derives a URL from corpus-style file names when --url is missing', () => {
    const { status, stdout } = render(FIXTURE);
    expect(status).toBe(0);
    expect(stdout).toContain('initial-path="/local/mirror/blob/main/mirror-article.md"');
  });

  it.each([
    ['a missing file', ['no/such/file.md'], /cannot read no\/such\/file\.md: ENOENT/],
    ['a URL outside github.com', [FIXTURE, '--url', 'https://example.com/o/r'], /Not a github\.com URL/],
    ['an unknown view', [FIXTURE, '--view', 'raw'], /--view must be blob or home/],
    ['no file at all', [], /expected exactly one Markdown file/],
  ])('exits with 2 and says why for %s', (_name, args, message) => {
    const { status, stdout, stderr } = render(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run render');
  });
});
