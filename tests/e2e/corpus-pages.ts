/** The corpus pages as e2e tests serve them: each file at its real github.com blob URL (MANIFEST.tsv). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../shared.ts';

export const CORPUS = join(SHARED_DIR, 'corpus');

export interface Gold {
  file: string;
  isArticle: boolean;
  mustShow?: string[];
  mustHide?: string[];
}

export interface CorpusPage {
  file: string;
  url: string;
  view: 'blob' | 'home';
  markdown: string;
}

/** MANIFEST.tsv: corpus file → its blob URL on github.com (the mirrors' branch is master). */
export function manifestUrls(): Map<string, string> {
  const [header, ...rows] = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = header?.split('\t') ?? [];
  const [fileColumn, repoColumn, pathColumn] = ['file', 'repo', 'path'].map((name) => columns.indexOf(name));
  const urls = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split('\t');
    const [file, repo, path] = [cells[fileColumn ?? -1], cells[repoColumn ?? -1], cells[pathColumn ?? -1]];
    // new URL() percent-encodes the path the way the browser requests it (some paths are Chinese).
    if (file && repo && path) urls.set(file, new URL(`https://github.com/${repo}/blob/master/${path}`).href);
  }
  return urls;
}

export function readGold(folder: string): Gold[] {
  const root = join(CORPUS, 'gold', folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(root, name), 'utf8')) as Gold);
}

export function corpusPage(file: string, urls: Map<string, string>, view: CorpusPage['view'] = 'blob'): CorpusPage {
  const blobUrl = urls.get(file);
  if (!blobUrl) throw new Error(`${file} is not in MANIFEST.tsv`);
  // A README is also what the repository's home page shows.
  const url = view === 'home' ? blobUrl.replace(/\/blob\/master\/README\.md$/, '') : blobUrl;
  return { file, url, view, markdown: readFileSync(join(CORPUS, file), 'utf8') };
}
