/**
 * The CLI builds its DOM straight from the renderer's tree (scripts/lib/hast-dom.ts); it must be the DOM
 * that parsing the rendered HTML gives, node for node, on every corpus file (../shared).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../scripts/lib/dom.ts';
import { corpusFileUrl, articleHtml, parseGitHubUrl, renderArticleTree } from '../../scripts/lib/github-render.ts';
import { documentWithBody } from '../../scripts/lib/hast-dom.ts';
import { HAS_SHARED, SHARED_DIR, SKIP_REASON } from '../shared.ts';

const CORPUS = join(SHARED_DIR, 'corpus');

function markdownFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

describe.skipIf(!HAS_SHARED)(HAS_SHARED ? 'DOM built from the rendered tree' : `DOM built from the rendered tree (skipped: ${SKIP_REASON})`, () => {
  it('equals the DOM parsed from the rendered HTML on every corpus file, or declines', () => {
    const files = markdownFiles(CORPUS);
    let built = 0;
    const different: string[] = [];
    for (const path of files) {
      const tree = renderArticleTree(readFileSync(path, 'utf8'), parseGitHubUrl(corpusFileUrl(path)));
      const direct = documentWithBody(tree);
      if (direct === null) continue;
      built++;
      if (direct.body.innerHTML !== parseBody(articleHtml(tree)).body.innerHTML) different.push(path);
    }
    expect(different).toEqual([]);
    // Declining is the fallback for trees linkedom would parse differently; it must stay the exception.
    expect(built).toBeGreaterThan(files.length * 0.9);
  });
});
