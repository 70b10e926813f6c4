/**
 * URL checks for page-derived data. The popup is a privileged page, so it only links to https: URLs
 * and only loads images GitHub itself serves (camo proxy, raw content): no request from the popup
 * reaches a host the page would not have contacted anyway.
 */

const GITHUB_IMAGE_HOST = /^(?:github\.com|(?:[a-z0-9-]+\.)*githubusercontent\.com)$/;

function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return null;
  }
}

/** The URL to put in an href, or null when the text must be shown as plain text. */
export function safeLinkUrl(raw: string | null): string | null {
  if (!raw) return null;
  const url = parseUrl(raw);
  return url?.protocol === 'https:' ? url.href : null;
}

/** The thumbnail to load for a figure's `displaySrc` (relative to the page URL), or null for none. */
export function thumbnailUrl(displaySrc: string, pageUrl: string): string | null {
  const base = parseUrl(pageUrl);
  if (!displaySrc || base?.protocol !== 'https:') return null;
  const url = parseUrl(displaySrc, base.href);
  return url?.protocol === 'https:' && GITHUB_IMAGE_HOST.test(url.hostname) ? url.href : null;
}
