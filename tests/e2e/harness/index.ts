/**
 * The e2e harness, one API for both browsers (documented in tests/e2e/README.md):
 *   const session = await launch('firefox');
 *   session.servePage('https://github.com/o/r/blob/main/pages/c/n1.md', markdown);
 *   const page = await session.open('https://github.com/o/r/blob/main/pages/c/n1.md');
 * In vitest files use `useBrowser()` from ./vitest.ts instead of launching by hand.
 */
import { BROWSER_NAMES, type BrowserName } from '../../../scripts/lib/browsers.ts';
import { ChromiumSession } from './chromium.ts';
import { FirefoxSession } from './firefox.ts';
import type { BrowserSession, LaunchOptions } from './session.ts';

export type { BrowserName } from '../../../scripts/lib/browsers.ts';
export { BrowserSession, type E2EPage, type LaunchOptions } from './session.ts';
export type { RequestRecord } from './routes.ts';
export { readPaints, recordPaints, visibleTexts, type PaintRecord } from './probes.ts';

/** The browser an e2e run targets: $E2E_BROWSER (set per vitest project by tests/e2e/vitest.config.ts), default chromium. */
export function targetBrowser(): BrowserName {
  const name = process.env.E2E_BROWSER ?? 'chromium';
  if (!BROWSER_NAMES.includes(name as BrowserName)) throw new Error(`E2E_BROWSER must be one of ${BROWSER_NAMES.join(', ')}, not ${name}`);
  return name as BrowserName;
}

export async function launch(name: BrowserName = targetBrowser(), options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'firefox' ? FirefoxSession.launch(options) : ChromiumSession.launch(options);
}
