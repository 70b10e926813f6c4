/** Vitest wiring: one browser per test file, launched before its first test and closed after its last. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, targetBrowser, type BrowserSession, type LaunchOptions } from './index.ts';

/**
 * Launches the run's browser (targetBrowser()) for this file. Returns a getter, valid inside tests.
 * After each test the tabs it opened are closed and the request log is emptied.
 */
export function useBrowser(options: LaunchOptions = {}): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launch(targetBrowser(), options);
  });
  afterEach(async () => {
    await session?.resetTest();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error(`${targetBrowser()} is not running (did beforeAll fail?)`);
    return session;
  };
}
