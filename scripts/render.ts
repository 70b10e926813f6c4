/**
 * Renders a mirror Markdown file as the page github.com would serve for it, on stdout.
 *
 *   npm run render -- FILE.md [--url https://github.com/OWNER/REPO/blob/REF/PATH] [--view blob|home]
 *
 * Without --url the URL is guessed from corpus-style file names
 * (`<owner>__<repo>__pages__<channel>__<id>.md`), else https://github.com/local/mirror/blob/main/<name>.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusFileUrl, parseGitHubUrl, renderGitHubPage } from './lib/github-render.ts';

const USAGE = 'usage: npm run render -- FILE.md [--url https://github.com/OWNER/REPO/blob/REF/PATH] [--view blob|home]';

function fail(message: string): never {
  process.stderr.write(`render: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, view: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) fail('expected exactly one Markdown file');
  const view = parsed.values.view;
  if (view !== undefined && view !== 'blob' && view !== 'home') fail(`--view must be blob or home, not ${JSON.stringify(view)}`);

  let markdown: string;
  try {
    markdown = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  const url = parsed.values.url ?? corpusFileUrl(file);
  try {
    parseGitHubUrl(url);
  } catch (error) {
    fail((error as Error).message);
  }
  process.stdout.write(renderGitHubPage(markdown, { url, view }));
}

main();
