/**
 * The offline internet both browsers see: pages registered at their real URLs, GitHub's camo image
 * proxy answered locally, everything else aborted. Every request the page sends is logged, so tests
 * can count them (e.g. camo requests for the tracking pixel).
 */
import { renderGitHubPage, type PageView } from '../../../scripts/lib/github-render.ts';
import { TINY_PNG } from './png.ts';

export const CAMO_ORIGIN = 'https://camo.githubusercontent.com';

export interface Reply {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * One request the page sent. `served`: answered from a registered page or by the camo stand-in;
 * `aborted`: nothing registered for it (the harness never goes to the network); `blocked`: the
 * browser or the extension cancelled it (e.g. a declarativeNetRequest rule) before it got an answer.
 */
export interface RequestRecord {
  url: string;
  /** For a camo request, the image URL GitHub proxied (hex in the camo path); else null. */
  proxiedUrl: string | null;
  outcome: 'served' | 'aborted' | 'blocked';
}

/** Answers camo requests; gets the original image URL. */
export type CamoImage = (proxiedUrl: string | null) => Buffer;

export class Routes {
  readonly requests: RequestRecord[] = [];
  readonly #replies = new Map<string, Reply>();

  constructor(private readonly camoImage: CamoImage = () => TINY_PNG) {}

  /** Answers `url` (its #fragment ignored; the query string counts) with `body`. Replaces an earlier registration. */
  serve(url: string, body: string | Buffer, contentType = 'text/html; charset=utf-8'): void {
    this.#replies.set(withoutFragment(url), { status: 200, contentType, body: Buffer.from(body) });
  }

  /** Serves `markdown` as GitHub renders it at `url` (blob view, or the repository home page with it as README). */
  servePage(url: string, markdown: string, view?: PageView): void {
    this.serve(url, renderGitHubPage(markdown, { url, ...(view ? { view } : {}) }));
  }

  /** The reply for a request about to be sent, or null to abort it. */
  reply(url: string): Reply | null {
    if (url.startsWith(`${CAMO_ORIGIN}/`)) {
      return { status: 200, contentType: 'image/png', body: this.camoImage(proxiedUrl(url)) };
    }
    return this.#replies.get(withoutFragment(url)) ?? null;
  }

  /** Logs a request; the record may still be corrected (a reply that never arrived becomes `blocked`). */
  record(url: string, outcome: RequestRecord['outcome']): RequestRecord {
    const record: RequestRecord = { url, proxiedUrl: proxiedUrl(url), outcome };
    this.requests.push(record);
    return record;
  }
}

/** The original image URL of a camo URL (`/<digest>/<hex of url>`), or null for any other URL. */
export function proxiedUrl(url: string): string | null {
  if (!url.startsWith(`${CAMO_ORIGIN}/`)) return null;
  const hex = new URL(url).pathname.split('/')[2] ?? '';
  return /^(?:[0-9a-f]{2})+$/i.test(hex) ? Buffer.from(hex, 'hex').toString('utf8') : null;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
