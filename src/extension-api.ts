/**
 * The extension APIs that the content script and the shared settings use, reached without
 * webextension-polyfill: the content script runs on every github.com page, where the polyfill would be
 * 3 KB of its gzipped size. Firefox's `browser` and Chrome's MV3 `chrome` both return promises for these
 * calls; message listeners answer through `sendResponse`, which both browsers support. The popup and the
 * background keep the polyfill for the rest.
 */
import type { Storage } from 'webextension-polyfill';

/** A message listener as both browsers call it natively: it answers through `sendResponse`, returning true when that comes later. */
export type MessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => true | undefined;

export interface ExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  storage: Pick<Storage.Static, 'local' | 'onChanged'>;
}

/** Looked up on each call, so tests can put a fake `browser` in place before using the module. */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: Partial<ExtensionApi>; chrome?: ExtensionApi };
  // Where the browser has no `browser` namespace, an element with id="browser" answers to that name: it has no `storage`.
  const api = typeof scope.browser?.storage === 'object' ? (scope.browser as ExtensionApi) : scope.chrome;
  if (!api) throw new Error('Mirror Reader: no extension API in this context');
  return api;
}
