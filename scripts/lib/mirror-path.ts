/**
 * Where a mirror file lives on github.com, worked out from its path alone (kept apart from the
 * pipeline so that the CLI's main thread does not load the renderer).
 */
import { basename, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PlaceOptions {
  /** OWNER/REPO of a mirror checkout; file paths are then taken relative to `checkoutDir`. */
  repo?: string;
  ref?: string;
  checkoutDir?: string;
}

/** Owners have no `_`; the id (after the last `__`) has none either; the channel between may hold `__` (`z__yoerrvp`). */
const FLAT_NAME = /^(?<owner>[^_]+)__(?<repo>.+?)__pages__(?<channel>.+)__(?<id>[^_]+\.md)$/;
const NESTED_PATH = /(?:^|\/)(?<owner>[^/_]+)__(?<repo>[^/]+)\/(?:[^/]+\/)*?(?<path>pages\/[^/]+\/[^/]+\.md)$/;

/**
 * The github.com blob URL of a mirror file, worked out from where it lies:
 *  - `--repo OWNER/REPO [--ref REF]`: the path relative to the checkout directory;
 *  - corpus-style flat names `OWNER__REPO__pages__<channel>__<id>.md` (channels may hold `__`);
 *  - `…/OWNER__REPO/…/pages/<channel>/<id>.md` inside a checkout directory named OWNER__REPO;
 * ref `master`, as in every mirror repository. Anything else gets a file:// URL (no mirror location).
 */
export function mirrorUrlForPath(path: string, options: PlaceOptions = {}): string {
  const absolute = resolve(path);
  if (options.repo !== undefined) {
    const inside = relative(resolve(options.checkoutDir ?? '.'), absolute).split(sep).join('/');
    if (!inside.startsWith('../')) return blobUrl(options.repo, options.ref ?? 'master', inside);
  }
  const flat = FLAT_NAME.exec(basename(absolute))?.groups;
  if (flat) return blobUrl(`${flat.owner}/${flat.repo}`, 'master', `pages/${flat.channel}/${flat.id}`);
  const nested = NESTED_PATH.exec(absolute.split(sep).join('/'))?.groups;
  if (nested) return blobUrl(`${nested.owner}/${nested.repo}`, 'master', nested.path!);
  return pathToFileURL(absolute).href;
}

function blobUrl(repo: string, ref: string, path: string): string {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${repo}/blob/${encodeURIComponent(ref)}/${encodedPath}`;
}
